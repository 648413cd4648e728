// CollectContents: the contents list, one box per entry with dot leaders and a right-aligned page
// number linked to its heading. It is collected again on every pass until page numbers settle.

import DossierDisplay
import DossierDocument

/// Where a contents entry's page number goes: the baseline of its last line, and the end of its
/// title there (its right end left to right, its left end right to left), where the leaders start.
/// Across, from the text block's left edge; down, from the entry's box until the page is
/// finalized, then from the page's top.
struct ContentsNumber: Sendable {
    var anchor: String
    var baseline: Length
    var titleEdge: Length
    var style: TextStyle

    func lowered(by dy: Length) -> ContentsNumber {
        ContentsNumber(anchor: anchor, baseline: baseline + dy, titleEdge: titleEdge, style: style)
    }
}

/// A heading listed in the contents.
struct ContentsEntry: Sendable {
    var title: [Inline]
    var anchor: String
    var level: Int
}

extension ContentsEntry {
    /// The contents entries of blocks, in document order; `separator` stands before a heading's detail.
    static func entries(in blocks: [Block], separator: String = " · ") -> [ContentsEntry] {
        var out: [ContentsEntry] = []
        func add(_ h: Heading) {
            guard h.inContents, let anchor = h.anchor else { return }
            // The detail (a date) tells apart entries with the same title.
            let title = h.contentsDetail.map { h.content + [.text(separator + $0)] } ?? h.content
            out.append(ContentsEntry(title: title, anchor: anchor, level: h.level))
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): add(h)
                case .keepTogether(let inner), .section(let inner): walk(inner)
                case .deferred(let d): d.contentsHeadings.forEach(add)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }
}

extension LayoutContext {
    func collectContents(_ contents: Contents, entries: [ContentsEntry], pages: PageNumbers,
                         into out: inout [FlowItem]) throws {
        try collectHeading(Heading(level: 1, content: [.text(contents.title)], anchor: "contents",
                                   outlineLevel: 1), into: &out)
        let base = spec.style("toc")
        let numberStyle = base.font
        // Room for the widest page number, so titles break the same way on every pass.
        let numberColumn = try shaper.measure(StyledText("0000", style: numberStyle))
        var inner: [FlowItem] = []
        for entry in entries {
            var style = base
            let indent = Length.pt(14) * Double(max(0, entry.level - 2))
            if entry.level <= 1 { style.font = style.font.bolded(); style.spaceBefore = .pt(6) }
            let titleWidth = measure - indent - numberColumn - .pt(12)
            let shaped = try shape(entry.title, style: style, width: titleWidth, alignment: .start)
            // Right to left, the titles hang from the right and the numbers stand at the left.
            let rtl = spec.rightToLeft
            let titleX = rtl ? numberColumn + .pt(12) : indent
            guard let lastLine = shaped.lines.last else { continue }
            var items: [FrameItem] = [.structure(.begin(.contentsItem))]
            for (k, line) in shaped.lines.enumerated() {
                items += lineItems(line, leading: style.leading, x: titleX, top: style.leading * Double(k))
            }
            let lastTop = style.leading * Double(shaped.lines.count - 1)
            let number = ContentsNumber(anchor: entry.anchor, baseline: lastTop + baselineOffset(lastLine, leading: style.leading),
                                        titleEdge: rtl ? titleX + lastLine.x : indent + lastLine.x + lastLine.width,
                                        style: style.font)
            var late: [ContentsNumber] = []
            if deferredNumbers { late.append(number) } else { items += try numberItems(number, pages: pages) }
            let height = style.leading * Double(shaped.lines.count)
            items.append(.link(LinkItem(rect: Rect(x: indent, y: .zero, width: measure - indent, height: height),
                                        target: .destination(entry.anchor))))
            items.append(.structure(.end(.contentsItem)))
            Self.addSpace(style.spaceBefore, to: &inner)
            inner.append(.box(FlowBox(height: height, items: items, lateNumbers: late)))
        }
        out += Self.wrapped(inner, role: .contents)
        Self.addSpace(base.spaceAfter, to: &out)
    }

    /// An entry's page number at the end of its last line, with dot leaders from the title to it.
    func numberItems(_ number: ContentsNumber, pages: PageNumbers) throws -> [FrameItem] {
        let page = pages.byAnchor[number.anchor].map { spec.digits(String($0)) } ?? "–"
        let shaped = try shaper.shapeLine(StyledText(page, style: number.style))
        // Right to left, the titles hang from the right and the numbers stand at the left.
        let rtl = spec.rightToLeft
        let numberX = rtl ? .zero : measure - shaped.width
        let leaders = rtl ? leaderDots(from: shaped.width + .pt(6), to: number.titleEdge - .pt(6), baseline: number.baseline,
                                       color: number.style.color)
            : leaderDots(from: number.titleEdge + .pt(6), to: numberX - .pt(6), baseline: number.baseline, color: number.style.color)
        return [.text(TextItem(origin: Point(x: numberX, y: number.baseline), line: shaped))] + leaders
    }

    /// Dots on a fixed grid measured from the right edge, so leaders line up from entry to entry:
    /// one dotted line, which a PDF writes as one stroke, not a shape per dot.
    func leaderDots(from start: Length, to end: Length, baseline: Length, color: Color) -> [FrameItem] {
        let pitch = Length.pt(4.5), radius = Length.pt(0.45)
        var last = measure
        while last > end { last -= pitch }
        guard last >= start else { return [] }
        var first = last
        while first - pitch >= start { first -= pitch }
        let y = baseline - radius
        // The line runs half a pitch past the last dot, so rounding cannot lose it.
        let line = Path.line(from: Point(x: first, y: y), to: Point(x: last + pitch / 2, y: y))
        return [.shape(Shape(path: line, stroke: .dotted(color: color, diameter: radius * 2, pitch: pitch)))]
    }
}
