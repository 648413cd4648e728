// BundlePages: the pages a hearing bundle adds after the dossier: cover sheets, imported exhibit pages
// (scaled into the text block, so stamps and running head stay clear of them) and blank versos.
// Input: the layout, a shaper and what the build found out about each exhibit; output: `Page`s.

import DossierDisplay
import DossierDocument

/// Why the bundle's pages could not be laid out.
public enum BundleError: Error, Sendable, CustomStringConvertible {
    case indexDoesNotSettle
    public var description: String { "the exhibit index does not settle on a number of pages" }
}

/// Lays out the bundle's own pages in the dossier's layout, each with its Bates number and label.
public struct BundlePages: Sendable {
    let spec: LayoutSpec
    let shaper: any TextShaper
    /// The dossier's title and label, for its row of the index.
    let dossierTitle: String
    let dossierLabel: String?
    /// The exhibits, in filing order.
    public let exhibits: [BundleExhibit]

    public init(spec: LayoutSpec, shaper: any TextShaper, dossierTitle: String, exhibits: [BundleExhibit]) {
        self.spec = spec; self.shaper = shaper; self.dossierTitle = dossierTitle
        self.dossierLabel = spec.exhibit; self.exhibits = exhibits
    }

    /// The destination of the dossier's first page, which its row of the index links to.
    public static let dossierDestination = "bundle-dossier"
    /// The destination of the index's first page.
    public static let indexDestination = "exhibit-index"

    /// The first and last Bates numbers of a range of pages, if the layout numbers pages.
    public func batesLabels(_ pages: ClosedRange<Int>) -> (first: String, last: String)? {
        spec.bates.map { ($0.label(page: pages.lowerBound), $0.label(page: pages.upperBound)) }
    }

    var stamps: PageStamps { PageStamps(spec: spec, shaper: shaper) }
    var sans: String { spec.sans }
    var grey: Color { Color(grey: 0.4) }
    var rule: Color { Color(grey: 0.55) }

    /// Plans the bundle after a dossier of `dossierPages` pages and lays out its index, which may take
    /// more than one page: the plan is redone until the index's length settles (at most four times).
    public func plan(dossierPages: Int) throws -> (plan: BundlePlan, index: [Page]) {
        var count = 1
        for _ in 0..<4 {
            let plan = BundlePlan(dossierPages: dossierPages, indexPages: count, exhibitPages: exhibits.map(\.pageCount),
                                  recto: spec.rectoChapters)
            let pages = try indexPages(plan)
            if pages.count == count { return (plan, pages) }
            count = pages.count
        }
        throw BundleError.indexDoesNotSettle
    }

    /// A page of the bundle after the dossier, as the plan places it; index pages come from `plan`'s.
    public func page(_ content: BundlePlan.Content, number: Int, plan: BundlePlan, index: [Page],
                     pageSize: (Int, Int) throws -> Size) throws -> Page {
        switch content {
        case .index(let i): return index[i]
        case .cover(let exhibit): return try cover(exhibit, number: number, plan: plan)
        case .exhibit(let exhibit, let page): return try importedPage(exhibit, page: page, size: pageSize(exhibit, page), number: number)
        case .blank(let exhibit): return try blank(number: number, label: exhibit.map { exhibits[$0].label })
        }
    }

    /// The cover sheet of exhibit `number`: its label large, its title, and the facts a clerk checks.
    func cover(_ exhibit: Int, number: Int, plan: BundlePlan) throws -> Page {
        let entry = exhibits[exhibit], part = plan.parts[exhibit]
        let frame = spec.page.textFrame(page: number)
        let center = frame.minX + frame.width / 2
        var items: [FrameItem] = [.destination(DestinationItem(name: BundleExhibit.destination(exhibit), point: Point(x: frame.minX, y: frame.minY),
                                                              outline: OutlineEntry(title: "\(entry.label): \(entry.title)", level: 1)))]
        var y = frame.minY + frame.height * 0.2
        let label = TextStyle(family: sans, size: .pt(30), bold: true, letterSpacing: .pt(1.5))
        items += [.structure(.begin(.heading1))]
        y += try place(entry.label.uppercased(), style: label, in: frame, top: y, alignment: .center, into: &items)
        items += [.structure(.end(.heading1))]
        y += .pt(14)
        items.append(.shape(Shape(path: .line(from: Point(x: center - .pt(36), y: y), to: Point(x: center + .pt(36), y: y)),
                                  stroke: Stroke(color: .black, width: .pt(1.2)))))
        y += .pt(22)
        items += [.structure(.begin(.paragraph))]
        y += try place(entry.title, style: TextStyle(family: spec.serif, size: .pt(16)), in: Rect(x: frame.minX + frame.width * 0.08, y: frame.minY, width: frame.width * 0.84, height: frame.height), top: y,
                       alignment: .center, leading: .pt(21), into: &items)
        items += [.structure(.end(.paragraph))]
        let bates = spec.bates
        let facts: [(String, String)] = [
            (BundleWords.source, entry.source ?? BundleWords.noLabel),
            (BundleWords.batesRange, bates.map { BundleWords.range($0.label(page: part.range.lowerBound), $0.label(page: part.range.upperBound)) }
                ?? BundleWords.noLabel),
            (BundleWords.pageCount, BundleWords.pages(entry.pageCount)),
            (BundleWords.bundlePages, BundleWords.range(String(part.range.lowerBound), String(part.range.upperBound))),
            (BundleWords.file, entry.file),
            (BundleWords.sha256, entry.sha256),
        ]
        y = max(y + .pt(40), frame.minY + frame.height * 0.55)
        y += try factsTable(facts, in: frame, top: y, into: &items)
        y += .pt(14)
        items += [.structure(.begin(.paragraph))]
        _ = try place(BundleWords.reproduction, style: TextStyle(family: spec.serif, size: .pt(9), italic: true, color: grey),
                      in: frame, top: y, leading: .pt(12), into: &items)
        items += [.structure(.end(.paragraph))]
        items += try stamps.items(page: number, label: entry.label).asFurniture
        return Page(size: spec.page.size, items: items, number: number)
    }

    /// Label–value lines in a thin frame: the label column in grey, values wrapped beside it.
    private func factsTable(_ facts: [(String, String)], in frame: Rect, top: Length, into items: inout [FrameItem]) throws -> Length {
        let keyStyle = TextStyle(family: sans, size: .pt(8.5), bold: true, color: grey)
        let valueStyle = TextStyle(family: sans, size: .pt(9))
        let padding = Length.pt(10)
        let keyWidth = try facts.map { try shaper.measure(StyledText($0.0, style: keyStyle)) }.max() ?? .zero
        let valueX = frame.minX + padding + keyWidth + .pt(14)
        let valueFrame = Rect(x: valueX, y: frame.minY, width: frame.maxX - padding - valueX, height: frame.height)
        var y = top + padding
        for (key, value) in facts {
            items.append(.structure(.begin(.paragraph)))
            let keyHeight = try place(key, style: keyStyle, in: Rect(x: frame.minX + padding, y: frame.minY, width: keyWidth, height: frame.height),
                                      top: y, leading: .pt(12.5), into: &items)
            let valueHeight = try place(value, style: valueStyle, in: valueFrame, top: y, leading: .pt(12.5), into: &items)
            items.append(.structure(.end(.paragraph)))
            y += max(keyHeight, valueHeight) + .pt(5)
        }
        y += padding - .pt(5)
        items.append(.shape(Shape(path: .rect(Rect(x: frame.minX, y: top, width: frame.width, height: y - top)),
                                  stroke: Stroke(color: rule, width: .pt(0.6)))))
        return y - top
    }

    /// Page `page` of exhibit `exhibit`, scaled to fit the text block (never up, never cropped, never
    /// turned), centred, within a hairline that shows its edge; its label and a running head above.
    func importedPage(_ exhibit: Int, page: Int, size: Size, number: Int) throws -> Page {
        let entry = exhibits[exhibit]
        let frame = spec.page.textFrame(page: number)
        var content: [FrameItem] = []
        if size.width > .zero, size.height > .zero {
            let scale = min(1, frame.width / size.width, frame.height / size.height)
            let width = size.width * scale, height = size.height * scale
            let rect = Rect(x: frame.minX + (frame.width - width) / 2, y: frame.minY + (frame.height - height) / 2, width: width, height: height)
            content.append(.importedPage(ImportedPageItem(file: entry.path, page: page, rect: rect)))
            content.append(.shape(Shape(path: .rect(rect), stroke: Stroke(color: Color(grey: 0.7), width: .pt(0.5)))))
        }
        var furniture: [FrameItem] = []
        let head = spec.header
        let headFrame = try stamps.headerFrame(frame, label: entry.label)
        let running = BundleWords.exhibitPage(label: entry.label, page: page + 1, of: entry.pageCount)
        let line = try shaper.shapeLine(StyledText(running, style: head.style.font))
        if line.width <= headFrame.width {
            furniture.append(.text(TextItem(origin: Point(x: headFrame.minX, y: head.baselineFromEdge), line: line)))
        }
        furniture = try (furniture + stamps.items(page: number, label: entry.label)).asFurniture
        // The exhibit is one Figure from its first page to its last; the running head and stamps of
        // those two pages are drawn outside it (the Figure stays open across the pages between).
        let first = page == 0, last = page == entry.pageCount - 1
        var items = first ? furniture + [.structure(.begin(.figure, alt: "\(entry.label): \(entry.title)"))] + content : content
        if last { items.append(.structure(.end(.figure))) }
        if !first { items = last ? items + furniture : furniture + items }
        return Page(size: spec.page.size, items: items, number: number)
    }

    /// A blank verso, saying so, with its Bates number (and the label of the exhibit it belongs to).
    func blank(number: Int, label: String?) throws -> Page {
        let frame = spec.page.textFrame(page: number)
        var items: [FrameItem] = []
        let style = TextStyle(family: spec.serif, size: .pt(10), italic: true, color: grey)
        _ = try place(BundleWords.blankPage, style: style, in: frame, top: frame.minY + frame.height / 2, alignment: .center, into: &items)
        items += try stamps.items(page: number, label: label).asFurniture
        return Page(size: spec.page.size, items: items, number: number)
    }

    /// Sets `text` in `frame`'s width from `top`, appending its lines; returns the height used.
    @discardableResult
    func place(_ text: String, style: TextStyle, in frame: Rect, top: Length, alignment: TextAlignment = .start,
               leading: Length? = nil, link: LinkTarget? = nil, into items: inout [FrameItem]) throws -> Length {
        let leading = leading ?? style.size * 1.25
        let shaped = try shaper.shape(StyledText(text, style: style, link: link),
                                      format: ParagraphFormat(width: frame.width, alignment: alignment, leading: leading))
        var y = top
        for (i, line) in shaped.lines.enumerated() {
            let baseline = i == 0 ? top + line.ascent : y + leading
            items.append(.text(TextItem(origin: Point(x: frame.minX, y: baseline), line: line)))
            y = baseline
        }
        guard let last = shaped.lines.last else { return .zero }
        return y + last.descent - top
    }
}
