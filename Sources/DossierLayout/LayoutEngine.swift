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

    /// A second shaper on the same fonts, for measuring every other block of the body on a second
    /// thread (`WorkAhead`); nil measures on one thread. The pages are the same either way.
    public var measuringShaper: (any TextShaper)?
    /// Called once the measuring passes are done, before the pages are laid out for writing: what
    /// `measuringShaper` keeps can go.
    public var onMeasured: (() -> Void)?

    /// Whether a body whose text refers to no page number is laid out once, not measured first:
    /// pages are handed on as they are cut, without what needs the page count or later pages
    /// (running lines showing the count, the contents' page numbers), and once the last is cut, a
    /// page holding what each one lacks follows (`Page.overlays`), to be drawn over it. For a
    /// writer that merges them (the PDF writer); off, every page is handed on whole.
    public var overlaysNumbers = false

    /// Whether `layout` measures `document`'s body before laying it out for writing.
    public func measuresFirst(_ document: Document) -> Bool {
        !overlaysNumbers || document.body.contains(where: \.containsPageReference)
    }

    /// Lays out a document, handing each finished page to `emit` in order.
    ///
    /// The body is laid out in passes, each collecting blocks one at a time and cutting pages as
    /// they fill, so no pass holds more than a page or so of boxes. The first passes only measure:
    /// they learn where each anchor lands and how many pages there are. The contents' geometry does
    /// not depend on its numbers (their column is reserved), so one measuring pass settles them;
    /// page references in running text can move text, so a body holding one is measured until its
    /// numbers stop changing (at most `maximumPasses` times). The last pass lays out the same pages
    /// again, now with every number known, and hands each on as soon as it is finished. With
    /// `overlaysNumbers` and no page reference, there is no measuring pass: the one pass leaves
    /// out what needs numbers not known yet and hands on an overlay for each page at the end.
    public func layout(_ document: Document, emit: (Page) throws -> Void) throws -> LayoutSummary {
        var context = LayoutContext(shaper: shaper, spec: document.layout, language: document.metadata.language,
                                    linkColor: document.layout.accent)
        var entries = ContentsEntry.entries(in: document.body, separator: document.layout.detailSeparator)
        if document.layout.notes == .endnotes, document.body.contains(where: \.containsFootnote) {
            entries.append(ContentsEntry(title: [.text(document.layout.notesTitle)], anchor: "notes", level: 1))
        }
        if let levels = document.layout.contentsLevels { entries.removeAll { !levels.contains($0.level) } }

        var coverFlow: [PageFlow] = []
        if !document.cover.isEmpty {
            let items = try context.collect(document.cover, entries: entries, pages: PageNumbers())
            coverFlow = Paginator(height: document.layout.page.textHeight, firstPageNumber: 1).distribute(items)
        }
        let coverCount = coverFlow.count
        let start = BodyStart(firstPage: coverCount + 1, footnote: context.footnotes.next, endnotes: context.endnotes.notes)
        let referencesPages = document.body.contains(where: \.containsPageReference)

        var numbers = PageNumbers()
        var bodyCount = 0
        var passes = 0
        var warnings: [String] = []
        let measures = measuresFirst(document)
        while measures {
            passes += 1
            let (found, count) = try bodyPass(document, context: context, start: start, entries: entries,
                                              numbers: numbers, measuring: true, reportsShaping: passes == 1) { _ in }
            progress?(.laidOut(pages: coverCount + count, pass: passes))
            let settled = found == numbers.byAnchor
            numbers.byAnchor = found; bodyCount = count
            if !referencesPages || settled { break }
            if passes >= Self.maximumPasses {
                warnings.append("the contents' page numbers did not settle after \(passes) passes; they may be off")
                break
            }
        }

        if measures { onMeasured?() } else { passes = 1 }
        context.deferredNumbers = !measures

        // The pages are laid out once more and finished one at a time; laid out once, what
        // needs the page count waits in `overlays` for the end (and `total` is not known yet).
        let total = coverCount + bodyCount
        var section = ""
        var written = 0
        var overlays: [PageOverlay] = []
        // A page is handed on when the next is finished, so the last one is known for certain
        // and closes the document's structure element.
        var pending: Page?
        func finish(_ flow: PageFlow, cover: Bool) throws {
            // The running section is the one current at the top of the page: headings that open
            // the page count, the first body text stops the search; the last heading on the
            // page carries over to the next.
            var shown = section
            for placed in flow.boxes {
                if let s = placed.box.section { shown = s } else if !placed.box.keepWithNext { break }
            }
            section = flow.boxes.last(where: { $0.box.section != nil })?.box.section ?? section
            written += 1
            let facts = PageFacts(number: written, total: total, section: shown, title: document.metadata.title)
            let runningLines = !flow.isBlank
            var page = try context.finalize(flow, facts: facts, runningLines: runningLines, cover: cover, totalLater: !measures)
            if !measures, let overlay = context.overlay(of: flow, facts: facts, runningLines: runningLines, cover: cover) {
                overlays.append(overlay)
            }
            if written == 1 { page.items.insert(.structure(.begin(.document)), at: 0) }
            if let previous = pending { try emit(previous) }
            pending = page
        }
        for flow in coverFlow { try finish(flow, cover: true) }
        coverFlow = []
        let (found, count) = try bodyPass(document, context: context, start: start, entries: entries,
                                          numbers: numbers, measuring: false, reportsShaping: !measures) { flow in
            try finish(flow, cover: false)
        }
        if measures, count != bodyCount || found != numbers.byAnchor {
            warnings.append("the last pass did not lay out the pages the measuring passes did; page numbers may be off")
        }
        if !measures {
            numbers.byAnchor = found
            progress?(.laidOut(pages: written, pass: passes))
        }
        // The document's structure element ends on the last page handed on, overlay or not.
        var last = pending
        for overlay in overlays {
            if let page = last { try emit(page) }
            last = try context.overlayPage(overlay, total: written, pages: numbers)
        }
        if var last {
            last.items.append(.structure(.end(.document)))
            try emit(last)
        }
        return LayoutSummary(pageCount: written, anchors: numbers.byAnchor, passes: passes, warnings: warnings)
    }

    /// Where the body starts: its first page number, and the notes the cover has taken.
    private struct BodyStart {
        var firstPage: Int
        var footnote: Int
        var endnotes: [Int: [Inline]]
    }

    /// Lays out the body once: collects each block with the page numbers known so far, cuts pages
    /// as they fill and hands each to `page`. Returns where each anchor landed and how many pages
    /// the body took. A `measuring` pass skips what only drawing needs (figures' contents).
    private func bodyPass(_ document: Document, context base: LayoutContext, start: BodyStart,
                          entries: [ContentsEntry], numbers: PageNumbers, measuring: Bool, reportsShaping: Bool,
                          page: (PageFlow) throws -> Void) throws -> (anchors: [String: Int], count: Int) {
        var context = base
        context.footnotes.next = start.footnote
        context.endnotes.notes = start.endnotes
        context.pages = numbers
        context.measuring = measuring
        var paginator = Paginator(height: document.layout.page.textHeight, firstPageNumber: start.firstPage)
        var anchors: [String: Int] = [:]
        var count = 0
        func take() throws {
            for flow in paginator.takePages() {
                Self.record(anchorsIn: flow, page: start.firstPage + count, into: &anchors)
                count += 1
                try page(flow)
            }
        }
        let blockCount = document.body.count
        // A measuring pass's lines are only measured, never drawn: the second shaper collects the
        // odd-numbered blocks on a thread of its own and the same pages are cut. Footnote numbers
        // run through the blocks in order, so a body with footnotes stays on one thread.
        var ahead: WorkAhead<[FlowItem]>?
        if measuring, let measuringShaper, blockCount >= 4, !document.body.contains(where: \.containsFootnote) {
            var second = LayoutContext(shaper: measuringShaper, spec: base.spec, language: base.language, linkColor: base.linkColor)
            second.pages = numbers
            second.measuring = true
            let blocks = document.body
            ahead = WorkAhead(count: blockCount / 2, name: "dossier measuring") { [second] k in
                var items: [FlowItem] = []
                try second.collect(blocks[2 * k + 1], into: &items, entries: entries, pages: numbers)
                return items
            }
        }
        defer { ahead?.stop() }
        var items: [FlowItem] = []
        for (i, block) in document.body.enumerated() {
            if reportsShaping, (i + 1) % 50 == 0 { progress?(.shaped(i + 1, of: blockCount)) }
            items.removeAll(keepingCapacity: true)
            if i % 2 == 1, let collected = try ahead?.take(i / 2) {
                items = collected
            } else {
                try context.collect(block, into: &items, entries: entries, pages: numbers)
            }
            paginator.add(items)
            try take()
        }
        items = []
        try context.collectEndnotes(into: &items)
        paginator.add(items)
        paginator.finish()
        try take()
        return (anchors, count)
    }

    /// Records the destinations on a page that have not landed on an earlier one.
    private static func record(anchorsIn flow: PageFlow, page: Int, into anchors: inout [String: Int]) {
        for placed in flow.boxes {
            for item in placed.box.items {
                if case .destination(let d) = item, anchors[d.name] == nil { anchors[d.name] = page }
            }
        }
    }

    /// Lays out a document and returns all its pages (for tests and small documents).
    public func layout(_ document: Document) throws -> LayoutResult {
        var pages: [Page] = []
        let summary = try layout(document) { pages.append($0) }
        return LayoutResult(pages: pages, anchors: summary.anchors, passes: summary.passes, warnings: summary.warnings)
    }
}
