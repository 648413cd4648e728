// Distribute: the second phase of flow layout. It cuts the vertical list into pages: a box that
// does not fit moves to the next page together with everything it is kept with, boxes taller than
// a page split, table headers repeat at the top of continued tables, and footnotes go to the foot
// of the page of their call, continuing on the next page when they do not fit.

import DossierDisplay

/// A box at a vertical position in the text block.
struct PlacedBox: Sendable {
    var box: FlowBox
    var y: Length
    /// The index of the flow item it came from; nil for repeated headers.
    var item: Int?
}

/// The boxes of one page, before running heads and page numbers.
struct PageFlow: Sendable {
    var boxes: [PlacedBox] = []
    /// Footnote lines at the foot of the page, top to bottom.
    var notes: [FlowBox] = []
    /// A page left blank so the next chapter starts on a right-hand page.
    var isBlank = false
}

/// Cuts flow items into pages of a given text height. It works as the items arrive: `add` takes
/// the next items and finishes every page they fill, `finish` ends the flow; finished pages wait
/// in `pages` until the caller takes them. Only the items of the page being filled are kept, so
/// a document is paginated in memory that follows its longest page, not its length.
struct Paginator {
    /// The height of the text block.
    let height: Length
    /// The physical number of the first page produced, for right-hand-page breaks.
    let firstPageNumber: Int
    /// The space between the text and the footnotes, where the separator rule sits.
    static let noteSeparation = Length.pt(12)
    /// The most of a page that footnotes continued from the previous page may claim.
    static let carriedShare = 0.3

    private static let tolerance = Length.pt(0.01)

    /// Pages finished and not yet taken.
    private(set) var pages: [PageFlow] = []
    /// How many pages have been finished, taken or not.
    private(set) var pageCount = 0

    // The items not yet settled on a page; `items[next]` is the next to place. Items before
    // `start` are settled and dropped from time to time. A placed box remembers its item's
    // number (`start` + index), so that a page can give back boxes that must move on.
    private var items: [FlowItem] = []
    private var start = 0
    private var next = 0
    private var current: [PlacedBox] = []
    private var carried: [FlowBox] = []
    private var y = Length.zero
    private var pendingSpace = Length.zero

    init(height: Length, firstPageNumber: Int) {
        self.height = height; self.firstPageNumber = firstPageNumber
    }

    /// Cuts a whole flow into pages.
    func distribute(_ flow: [FlowItem]) -> [PageFlow] {
        var paginator = Paginator(height: height, firstPageNumber: firstPageNumber)
        paginator.add(flow)
        paginator.finish()
        return paginator.takePages()
    }

    /// Returns the pages finished so far and forgets them.
    mutating func takePages() -> [PageFlow] {
        defer { pages = [] }
        return pages
    }

    /// Takes the next items of the flow and lays out as far as they go.
    mutating func add(_ flow: [FlowItem]) {
        items += flow
        run()
    }

    /// Ends the flow: the last page, and pages for footnotes still waiting.
    mutating func finish() {
        finishPage()
        while !carried.isEmpty { append(PageFlow(notes: drain(&carried))) }
    }

    private mutating func append(_ page: PageFlow) {
        pages.append(page); pageCount += 1
    }

    private mutating func finishPage() {
        guard !current.isEmpty else { return }
        let stream = carried + current.flatMap { $0.box.footnotes.flatMap { $0 } }
        var shown: [FlowBox] = []
        if !stream.isEmpty {
            var room = height - y - Self.noteSeparation
            for line in stream {
                guard line.height <= room + Self.tolerance else { break }
                shown.append(line); room -= line.height
            }
        }
        carried = Array(stream.dropFirst(shown.count))
        append(PageFlow(boxes: current, notes: shown))
        current = []; y = .zero; pendingSpace = .zero
        // Nothing before the next item can come back: let it go.
        if next - start > 256 { items.removeFirst(next - start); start = next }
    }

    private mutating func place(_ box: FlowBox, item: Int?) {
        let top = current.isEmpty ? Length.zero : y + pendingSpace
        current.append(PlacedBox(box: box, y: top, item: item))
        y = top + box.height
        pendingSpace = .zero
    }

    private func fits(_ box: FlowBox) -> Bool {
        let top = current.isEmpty ? Length.zero : y + pendingSpace
        let notes = reservedForNotes(carried: carried, placed: current.map(\.box) + [box])
        return top + box.height + notes <= height + Self.tolerance
    }

    private mutating func run() {
        while next - start < items.count {
            let i = next
            switch items[i - start] {
            case .space(let s):
                if !current.isEmpty { pendingSpace = max(pendingSpace, s) }
                next += 1
            case .pageBreak(let recto):
                finishPage()
                if recto && (firstPageNumber + pageCount) % 2 == 0 {
                    append(PageFlow(isBlank: true))
                }
                next += 1
            case .box(let box):
                if current.isEmpty {
                    for header in box.repeatedHeader { place(header, item: nil) }
                }
                if fits(box) {
                    place(box, item: i)
                    next += 1
                    continue
                }
                let top = current.isEmpty ? Length.zero : y + pendingSpace
                let onlyHeaders = current.allSatisfy { $0.item == nil }
                if current.isEmpty && !carried.isEmpty && !box.footnotes.isEmpty {
                    // Notes continued from before leave no room for a new note to start here:
                    // give them a page of their own, then try again.
                    append(PageFlow(notes: drain(&carried)))
                    continue
                }
                if onlyHeaders {
                    // Taller than an empty page: split it, or let it stand alone.
                    let room = height - top - reservedForNotes(carried: carried, placed: current.map(\.box))
                    if let (first, rest) = box.split?(room) {
                        place(first, item: i)
                        items[i - start] = .box(rest)
                    } else {
                        place(box, item: i)
                        next += 1
                    }
                    finishPage()
                    continue
                }
                if let restart = lastLegalBreak(current) {
                    if restart < current.count, let item = current[restart].item {
                        next = item
                        current.removeSubrange(restart...)
                        y = current.last.map { $0.y + $0.box.height } ?? .zero
                    }
                    finishPage()
                    continue
                }
                // Nowhere to break by the rules: split here if it can, else break before the box.
                if box.height > height, let (first, rest) = box.split?(height - top) {
                    place(first, item: i)
                    items[i - start] = .box(rest)
                }
                finishPage()
            }
        }
    }

    /// Takes as many note lines as fill a page (at least one) from the front of `lines`.
    private func drain(_ lines: inout [FlowBox]) -> [FlowBox] {
        var room = height, count = 0
        while count < lines.count, lines[count].height <= room + Self.tolerance { room -= lines[count].height; count += 1 }
        count = max(count, 1)
        defer { lines.removeFirst(min(count, lines.count)) }
        return Array(lines.prefix(count))
    }

    /// The height the foot of the page must keep for notes: everything up to the first line of the
    /// last note called on the page (a note starts on the page of its call), or a share of the
    /// page for notes continued from before; plus the separation.
    private func reservedForNotes(carried: [FlowBox], placed: [FlowBox]) -> Length {
        let called = placed.flatMap(\.footnotes)
        let carriedHeight = carried.reduce(Length.zero) { $0 + $1.height }
        var required: Length
        if let last = called.last {
            let before = called.dropLast().flatMap { $0 }.reduce(Length.zero) { $0 + $1.height }
            required = carriedHeight + before + (last.first?.height ?? .zero)
        } else {
            required = min(carriedHeight, height * Self.carriedShare)
        }
        return required > .zero ? required + Self.noteSeparation : .zero
    }

    /// The index in `placed` where the page may legally end (everything from it moves on), or
    /// `placed.count` to break before the next box; nil when the rules allow no break on this page.
    private func lastLegalBreak(_ placed: [PlacedBox]) -> Int? {
        if let last = placed.last, !last.box.keepWithNext { return placed.count }
        var p = placed.count - 1
        while p >= 1 {
            if placed[p].item != nil, !placed[p - 1].box.keepWithNext,
               placed[..<p].contains(where: { $0.item != nil }) {
                return p
            }
            p -= 1
        }
        return nil
    }
}
