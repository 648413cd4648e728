// Collect: the first phase of flow layout. Blocks are shaped once and turned into the vertical
// list of boxes, spaces and breaks that pagination cuts into pages.

import DossierDisplay
import DossierDocument

/// Deferred blocks made otherwise than promised: a fault of the program, not of the records.
enum DeferredBlocksError: Error, CustomStringConvertible {
    case notAsPromised

    var description: String {
        "blocks made for the layout differ from what the document promised of them (contents headings, notes, page references)"
    }
}

/// Page numbers known from the previous pass, for the contents.
struct PageNumbers {
    var byAnchor: [String: Int] = [:]
}

extension LayoutContext {
    /// Collects blocks into flow items. `contents` is the list of contents entries with page numbers.
    func collect(_ blocks: [Block], entries: [ContentsEntry], pages: PageNumbers) throws -> [FlowItem] {
        var out: [FlowItem] = []
        for block in blocks { try collect(block, into: &out, entries: entries, pages: pages) }
        return out
    }

    func collect(_ block: Block, into out: inout [FlowItem], entries: [ContentsEntry], pages: PageNumbers) throws {
        switch block {
        case .heading(let h): try collectHeading(h, into: &out)
        case .paragraph(let p):
            let style = spec.style(p.style)
            try collectParagraph(p.content, style: style, language: p.language, role: .paragraph, into: &out,
                                 anchor: p.anchor)
        case .quote(let q): try collectQuote(q, into: &out)
        case .list(let l): try collectList(l, into: &out, depth: 0)
        case .table(let t): try collectTable(t, into: &out)
        case .figure(let f): try collectFigure(f, into: &out)
        case .spacer(let s): out.append(.space(s))
        case .pageBreak(let b): out.append(.pageBreak(recto: b == .recto))
        case .contents(let c): try collectContents(c, entries: entries, pages: pages, into: &out)
        case .keepTogether(let blocks):
            var inner: [FlowItem] = []
            for b in blocks { try collect(b, into: &inner, entries: entries, pages: pages) }
            out += Self.kept(inner)
        case .section(let blocks):
            var inner: [FlowItem] = []
            for b in blocks { try collect(b, into: &inner, entries: entries, pages: pages) }
            out += Self.wrapped(inner, role: .section)
        case .deferred(let promised):
            let blocks = promised.blocks()
            // The contents and the choice of passes were settled on what was promised.
            guard ContentsEntry.entries(in: blocks).map(\.anchor) == ContentsEntry.entries(in: [block]).map(\.anchor),
                  blocks.contains(where: \.containsFootnote) == promised.containsFootnote,
                  blocks.contains(where: \.containsPageReference) == promised.containsPageReference else {
                throw DeferredBlocksError.notAsPromised
            }
            for b in blocks { try collect(b, into: &out, entries: entries, pages: pages) }
        }
    }

    /// Links every box to the next so the run stays on one page when it fits.
    static func kept(_ items: [FlowItem]) -> [FlowItem] {
        guard let last = items.lastIndex(where: { if case .box = $0 { true } else { false } }) else { return items }
        return items.enumerated().map { i, item in
            if case .box(var b) = item, i < last { b.keepWithNext = true; return .box(b) }
            return item
        }
    }

    /// Puts a structure element around the boxes: its start in the first box, its end in the last.
    static func wrapped(_ items: [FlowItem], role: StructureRole, alt: String? = nil) -> [FlowItem] {
        var items = items
        guard let first = items.firstIndex(where: { if case .box = $0 { true } else { false } }),
              let last = items.lastIndex(where: { if case .box = $0 { true } else { false } }) else { return items }
        if case .box(var b) = items[first] { b.items.insert(.structure(.begin(role, alt: alt)), at: 0); items[first] = .box(b) }
        if case .box(var b) = items[last] { b.items.append(.structure(.end(role))); items[last] = .box(b) }
        return items
    }

    /// Adds space before, keeping the largest of adjacent spaces.
    static func addSpace(_ length: Length, to out: inout [FlowItem]) {
        guard length > .zero else { return }
        if case .space(let s) = out.last { out[out.count - 1] = .space(max(s, length)) } else { out.append(.space(length)) }
    }

    // MARK: Paragraphs

    /// Boxes for the lines of a shaped paragraph, linked for widows and orphans.
    func lineBoxes(_ paragraph: ShapedParagraph, x: Length, role: StructureRole?, keepWithNext: Bool = false,
                   alt: String? = nil) -> [FlowBox] {
        let n = paragraph.lines.count
        var boxes: [FlowBox] = paragraph.lines.enumerated().map { i, line in
            // A break after line i leaves i+1 lines behind and n-i-1 lines ahead.
            let orphan = i + 1 < spec.orphans, widow = n - i - 1 < spec.widows
            return FlowBox(height: paragraph.leading, items: lineItems(line, leading: paragraph.leading, x: x),
                           keepWithNext: i < n - 1 && (orphan || widow))
        }
        guard !boxes.isEmpty else { return [] }
        if let role {
            boxes[0].items.insert(.structure(.begin(role, alt: alt)), at: 0)
            boxes[n - 1].items.append(.structure(.end(role)))
        }
        boxes[n - 1].keepWithNext = keepWithNext
        return boxes
    }

    /// Where a paragraph's box starts from the left: after its start indent, or in a right-to-left
    /// document after its end indent (the start is on the right).
    func startX(_ style: ParagraphStyle) -> Length { spec.rightToLeft ? style.indentEnd : style.indentStart }

    func collectParagraph(_ content: [Inline], style: ParagraphStyle, language: String?, role: StructureRole?,
                          into out: inout [FlowItem], alignment: TextAlignment? = nil, anchor: String? = nil) throws {
        let width = measure - style.indentStart - style.indentEnd
        var notes: [PendingFootnote] = []
        let shaped = try shape(content, style: style, width: width, language: language, alignment: alignment,
                               notes: &notes)
        Self.addSpace(style.spaceBefore, to: &out)
        var boxes = lineBoxes(shaped, x: startX(style), role: role, keepWithNext: style.keepWithNext)
        if role != nil, let language, language != self.language, !boxes.isEmpty {
            boxes[0].items.insert(.structure(.language(language)), at: 1)
        }
        try attach(notes, to: &boxes, lines: shaped.lines)
        if let anchor, !boxes.isEmpty {
            boxes[0].items.insert(.destination(DestinationItem(name: anchor, point: .zero)), at: 0)
        }
        out += boxes.map(FlowItem.box)
        Self.addSpace(style.spaceAfter, to: &out)
    }

    func collectHeading(_ h: Heading, into out: inout [FlowItem]) throws {
        let style = spec.style(h.style)
        let shaped = try shape(h.content, style: style, width: measure - style.indentStart - style.indentEnd)
        let role: StructureRole = h.level <= 1 ? .heading1 : h.level == 2 ? .heading2 : .heading3
        var boxes = lineBoxes(shaped, x: startX(style), role: role, keepWithNext: true)
        guard !boxes.isEmpty else { return }
        for i in boxes.indices { boxes[i].keepWithNext = true }
        if let anchor = h.anchor {
            let outline = h.outlineLevel.map { OutlineEntry(title: h.content.plainText, level: $0) }
            boxes[0].items.insert(.destination(DestinationItem(name: anchor, point: .zero, outline: outline)), at: 0)
        }
        if h.setsSection { boxes[0].section = h.content.plainText }
        Self.addSpace(style.spaceBefore, to: &out)
        out += boxes.map(FlowItem.box)
        Self.addSpace(style.spaceAfter, to: &out)
    }

    // MARK: Quotes and lists

    /// A quotation; `depth` counts the quotations around it, each indenting it further.
    func collectQuote(_ q: BlockQuote, into out: inout [FlowItem], depth: Int = 0) throws {
        let quoteStyle = spec.style("quote"), attributionStyle = spec.style("attribution")
        let indent = Length.pt(16) * Double(depth)
        var inner: [FlowItem] = []
        for (i, block) in q.blocks.enumerated() {
            switch block {
            case .paragraph(let p):
                var style = quoteStyle
                style.indentStart = style.indentStart + indent
                style.spaceBefore = i > 0 ? .pt(4) : .zero
                style.spaceAfter = .zero
                try collectParagraph(p.content, style: style, language: p.language, role: .paragraph, into: &inner)
            case .quote(let nested): try collectQuote(nested, into: &inner, depth: depth + 1)
            // A list's style is the quote's, so it is indented from the quote's margin.
            case .list(let list): try collectList(list, into: &inner, depth: depth)
            default: try collect(block, into: &inner, entries: [], pages: PageNumbers())
            }
        }
        if !q.attribution.isEmpty {
            // The attribution stays with the quote's last lines.
            if let last = inner.lastIndex(where: { if case .box = $0 { true } else { false } }),
               case .box(var b) = inner[last] { b.keepWithNext = true; inner[last] = .box(b) }
            var style = attributionStyle
            style.spaceBefore = .pt(2)
            try collectParagraph(q.attribution, style: style, language: nil, role: .paragraph, into: &inner)
        }
        // A short quote (up to five lines) is kept together.
        let boxes = inner.filter { if case .box = $0 { true } else { false } }.count
        if boxes <= 6 { inner = Self.kept(inner) }
        Self.addSpace(quoteStyle.spaceBefore, to: &out)
        out += Self.wrapped(inner, role: .blockQuote)
        Self.addSpace(attributionStyle.spaceAfter, to: &out)
    }

    func collectList(_ list: ListBlock, into out: inout [FlowItem], depth: Int) throws {
        let base = spec.style(list.style)
        // Past eight levels the indent stops growing, so however deep a list nests its text keeps a measure.
        let indent = Length.pt(16) * Double(min(depth, 7) + 1)
        var inner: [FlowItem] = []
        for (n, item) in list.items.enumerated() {
            let label = list.ordered ? "\(n + 1)." : (depth % 2 == 0 ? "•" : "–")
            var itemItems: [FlowItem] = []
            for (k, block) in item.enumerated() {
                switch block {
                case .paragraph(let p):
                    var style = spec.style(p.style)
                    style.indentStart = base.indentStart + indent
                    style.spaceBefore = .zero
                    style.spaceAfter = k == item.count - 1 ? .pt(3) : style.spaceAfter
                    try collectParagraph(p.content, style: style, language: p.language, role: .listBody, into: &itemItems)
                case .list(let sub):
                    try collectList(sub, into: &itemItems, depth: depth + 1)
                default:
                    try collect(block, into: &itemItems, entries: [], pages: PageNumbers())
                }
            }
            // The label sits on the first line of the item's first box.
            if let first = itemItems.firstIndex(where: { if case .box = $0 { true } else { false } }),
               case .box(var b) = itemItems[first],
               let line = b.items.lazy.compactMap({ if case .text(let t) = $0 { t } else { nil } }).first {
                let shapedLabel = try shaper.shapeLine(StyledText(label, style: base.font))
                let x = spec.rightToLeft ? measure - base.indentStart - indent + .pt(5)
                    : base.indentStart + indent - shapedLabel.width - .pt(5)
                b.items.insert(contentsOf: [.structure(.begin(.label)),
                                            .text(TextItem(origin: Point(x: x, y: line.origin.y), line: shapedLabel)),
                                            .structure(.end(.label))], at: 0)
                itemItems[first] = .box(b)
            }
            inner += Self.wrapped(itemItems, role: .listItem)
        }
        Self.addSpace(base.spaceBefore, to: &out)
        out += Self.wrapped(inner, role: .list)
        Self.addSpace(base.spaceAfter, to: &out)
    }

    // MARK: Figures

    func collectFigure(_ figure: Figure, into out: inout [FlowItem]) throws {
        let width = min(figure.width ?? measure, measure)
        let captionStyle = spec.style("caption")
        let caption = figure.caption.isEmpty ? nil : try shape(figure.caption, style: captionStyle, width: width)
        // A figure never outgrows the text block: its height is capped, caption included.
        let captionHeight = (caption?.height ?? .zero) + (caption == nil ? .zero : captionStyle.spaceBefore)
        let height = min(figure.height, spec.page.textHeight - captionHeight - .pt(1))
        let x = (measure - width) / 2
        // A figure's height is fixed: a measuring pass need not draw it.
        let drawn = measuring ? [] : try figure.drawing.draw(size: Size(width: width, height: height), shaper: shaper)
        var box = FlowBox(height: height, items: [.structure(.begin(.figure, alt: figure.drawing.altText))]
                          + drawn.offsetBy(dx: x, dy: .zero) + [.structure(.end(.figure))])
        var items: [FlowItem] = []
        if let caption {
            box.keepWithNext = true
            items.append(.box(box))
            items.append(.space(captionStyle.spaceBefore))
            items += lineBoxes(caption, x: x, role: .caption).map(FlowItem.box)
        } else {
            items.append(.box(box))
        }
        Self.addSpace(.pt(8), to: &out)
        out += Self.kept(items)
        Self.addSpace(captionStyle.spaceAfter, to: &out)
    }
}
