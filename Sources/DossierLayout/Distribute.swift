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

/// Cuts flow items into pages of a given text height.
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

    func distribute(_ flow: [FlowItem]) -> [PageFlow] {
        var items = flow
        var pages: [PageFlow] = []
        var current: [PlacedBox] = []
        var carried: [FlowBox] = []
        var y = Length.zero
        var pendingSpace = Length.zero

        func finishPage() {
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
            pages.append(PageFlow(boxes: current, notes: shown))
            current = []; y = .zero; pendingSpace = .zero
        }
        func place(_ box: FlowBox, item: Int?) {
            let top = current.isEmpty ? Length.zero : y + pendingSpace
            current.append(PlacedBox(box: box, y: top, item: item))
            y = top + box.height
            pendingSpace = .zero
        }
        func fits(_ box: FlowBox) -> Bool {
            let top = current.isEmpty ? Length.zero : y + pendingSpace
            let notes = reservedForNotes(carried: carried, placed: current.map(\.box) + [box])
            return top + box.height + notes <= height + Self.tolerance
        }

        var i = 0
        while i < items.count {
            switch items[i] {
            case .space(let s):
                if !current.isEmpty { pendingSpace = max(pendingSpace, s) }
                i += 1
            case .pageBreak(let recto):
                finishPage()
                if recto && (firstPageNumber + pages.count) % 2 == 0 {
                    pages.append(PageFlow(isBlank: true))
                }
                i += 1
            case .box(let box):
                if current.isEmpty {
                    for header in box.repeatedHeader { place(header, item: nil) }
                }
                if fits(box) {
                    place(box, item: i)
                    i += 1
                    continue
                }
                let top = current.isEmpty ? Length.zero : y + pendingSpace
                let onlyHeaders = current.allSatisfy { $0.item == nil }
                if current.isEmpty && !carried.isEmpty && !box.footnotes.isEmpty {
                    // Notes continued from before leave no room for a new note to start here:
                    // give them a page of their own, then try again.
                    pages.append(PageFlow(notes: drain(&carried)))
                    continue
                }
                if onlyHeaders {
                    // Taller than an empty page: split it, or let it stand alone.
                    let room = height - top - reservedForNotes(carried: carried, placed: current.map(\.box))
                    if let (first, rest) = box.split?(room) {
                        place(first, item: i)
                        items[i] = .box(rest)
                    } else {
                        place(box, item: i)
                        i += 1
                    }
                    finishPage()
                    continue
                }
                if let restart = lastLegalBreak(current) {
                    if restart < current.count, let item = current[restart].item {
                        i = item
                        current.removeSubrange(restart...)
                        y = current.last.map { $0.y + $0.box.height } ?? .zero
                    }
                    finishPage()
                    continue
                }
                // Nowhere to break by the rules: split here if it can, else break before the box.
                if box.height > height, let (first, rest) = box.split?(height - top) {
                    place(first, item: i)
                    items[i] = .box(rest)
                }
                finishPage()
            }
        }
        finishPage()
        // Footnotes still waiting go on pages of their own.
        while !carried.isEmpty { pages.append(PageFlow(notes: drain(&carried))) }
        return pages
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
