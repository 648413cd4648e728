// LayoutEngine: documents in, pages out. Blocks are collected once; the contents are collected
// again and the flow redistributed until page numbers settle (at most five passes).

import DossierDisplay
import DossierDocument

/// The pages of a laid-out document, with what the layout learned on the way.
public struct LayoutResult: Sendable {
    public var pages: [Page]
    /// The page number of every anchor (heading destination).
    public var anchors: [String: Int]
    /// How many passes the contents needed to settle.
    public var passes: Int
    /// Problems that did not stop the layout.
    public var warnings: [String]
}

/// What a streamed layout learned, once every page has been handed on.
public struct LayoutSummary: Sendable {
    public var pageCount: Int
    /// The page number of every anchor (heading destination).
    public var anchors: [String: Int]
    /// How many passes the contents needed to settle.
    public var passes: Int
    /// Problems that did not stop the layout.
    public var warnings: [String]
}

/// How far a layout has got, for progress displays.
public enum LayoutProgress: Sendable {
    /// Blocks shaped so far, of all blocks.
    case shaped(Int, of: Int)
    /// Pages laid out in a pass.
    case laidOut(pages: Int, pass: Int)
}

/// Lays out documents with a text shaper.
public final class LayoutEngine {
    /// The most passes the contents may take to settle before a warning.
    public static let maximumPasses = 5

    private let shaper: any TextShaper

    /// Told how far the layout has got.
    public var progress: (@Sendable (LayoutProgress) -> Void)?

    /// Creates an engine that measures and breaks text with `shaper`.
    public init(shaper: any TextShaper) { self.shaper = shaper }

    /// Lays out a document, handing each finished page to `emit` in order.
    public func layout(_ document: Document, emit: (Page) throws -> Void) throws -> LayoutSummary {
        var context = LayoutContext(shaper: shaper, spec: document.layout, language: document.metadata.language,
                                    linkColor: document.layout.accent)
        var entries = ContentsEntry.entries(in: document.body, separator: document.layout.detailSeparator)
        if document.layout.notes == .endnotes, document.body.contains(where: \.containsFootnote) {
            entries.append(ContentsEntry(title: [.text(document.layout.notesTitle)], anchor: "notes", level: 1))
        }

        var coverFlow: [PageFlow] = []
        if !document.cover.isEmpty {
            let items = try context.collect(document.cover, entries: entries, pages: PageNumbers())
            coverFlow = Paginator(height: document.layout.page.textHeight, firstPageNumber: 1).distribute(items)
        }
        let firstBodyPage = coverFlow.count + 1
        let coverCount = coverFlow.count

        // Everything but the contents and page references is shaped once, here.
        enum Segment { case fixed([FlowItem]), contents(Contents), dynamic(Block, firstFootnote: Int) }
        let blockCount = document.body.count
        var shapedCount = 0
        var segments: [Segment] = try document.body.map { block in
            shapedCount += 1
            if shapedCount % 50 == 0 { progress?(.shaped(shapedCount, of: blockCount)) }
            if case .contents(let c) = block { return .contents(c) }
            if block.containsPageReference {
                let first = context.footnotes.next
                _ = try context.collect([block], entries: entries, pages: PageNumbers())
                return .dynamic(block, firstFootnote: first)
            }
            return .fixed(try context.collect([block], entries: entries, pages: PageNumbers()))
        }
        let needsSettling = segments.contains {
            switch $0 { case .fixed: false; case .contents, .dynamic: true }
        }

        var numbers = PageNumbers()
        var bodyFlow: [PageFlow] = []
        var passes = 0
        var warnings: [String] = []
        while true {
            passes += 1
            var flow: [FlowItem] = []
            for segment in segments {
                switch segment {
                case .fixed(let items): flow += items
                case .contents(let c): try context.collectContents(c, entries: entries, pages: numbers, into: &flow)
                case .dynamic(let block, let first):
                    context.pages = numbers
                    let resume = context.footnotes.next
                    context.footnotes.next = first
                    flow += try context.collect([block], entries: entries, pages: numbers)
                    context.footnotes.next = resume
                }
            }
            try context.collectEndnotes(into: &flow)
            bodyFlow = Paginator(height: document.layout.page.textHeight, firstPageNumber: firstBodyPage)
                .distribute(flow)
            progress?(.laidOut(pages: coverFlow.count + bodyFlow.count, pass: passes))
            let found = Self.anchors(in: bodyFlow, firstPage: firstBodyPage)
            if !needsSettling || found == numbers.byAnchor { numbers.byAnchor = found; break }
            numbers.byAnchor = found
            if passes >= Self.maximumPasses {
                warnings.append("the contents' page numbers did not settle after \(passes) passes; they may be off")
                break
            }
        }

        // Pages are finished and handed on one at a time; each page's boxes are let go once it
        // is, so a writer that streams keeps only the pages still to come.
        segments = []
        var pageFlows = coverFlow + bodyFlow
        coverFlow = []; bodyFlow = []
        let total = pageFlows.count
        var section = ""
        for i in pageFlows.indices {
            let flow = pageFlows[i]
            pageFlows[i] = PageFlow()
            let number = i + 1
            // The running section is the one current at the top of the page: headings that open
            // the page count, the first body text stops the search; the last heading on the
            // page carries over to the next.
            var shown = section
            for placed in flow.boxes {
                if let s = placed.box.section { shown = s } else if !placed.box.keepWithNext { break }
            }
            section = flow.boxes.last(where: { $0.box.section != nil })?.box.section ?? section
            let facts = PageFacts(number: number, total: total, section: shown, title: document.metadata.title)
            var page = try context.finalize(flow, facts: facts, runningLines: i >= coverCount && !flow.isBlank)
            if i == 0 { page.items.insert(.structure(.begin(.document)), at: 0) }
            if i == total - 1 { page.items.append(.structure(.end(.document))) }
            try emit(page)
        }
        return LayoutSummary(pageCount: total, anchors: numbers.byAnchor, passes: passes, warnings: warnings)
    }

    /// Lays out a document and returns all its pages (for tests and small documents).
    public func layout(_ document: Document) throws -> LayoutResult {
        var pages: [Page] = []
        let summary = try layout(document) { pages.append($0) }
        return LayoutResult(pages: pages, anchors: summary.anchors, passes: summary.passes, warnings: summary.warnings)
    }

    /// The page each destination landed on.
    static func anchors(in flow: [PageFlow], firstPage: Int) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, page) in flow.enumerated() {
            for placed in page.boxes {
                for item in placed.box.items {
                    if case .destination(let d) = item, out[d.name] == nil { out[d.name] = firstPage + i }
                }
            }
        }
        return out
    }
}
