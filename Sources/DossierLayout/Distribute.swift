// Distribute: the second phase of flow layout. It cuts the vertical list into pages: a box that
// does not fit moves to the next page together with everything it is kept with, boxes taller than
// a page split, and table headers repeat at the top of continued tables.

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
    /// A page left blank so the next chapter starts on a right-hand page.
    var isBlank = false
}

/// Cuts flow items into pages of a given text height.
struct Paginator {
    /// The height of the text block.
    let height: Length
    /// The physical number of the first page produced, for right-hand-page breaks.
    let firstPageNumber: Int

    private static let tolerance = Length.pt(0.01)

    func distribute(_ flow: [FlowItem]) -> [PageFlow] {
        var items = flow
        var pages: [PageFlow] = []
        var current: [PlacedBox] = []
        var y = Length.zero
        var pendingSpace = Length.zero

        func finishPage() {
            guard !current.isEmpty else { return }
            pages.append(PageFlow(boxes: current))
            current = []; y = .zero; pendingSpace = .zero
        }
        func place(_ box: FlowBox, item: Int?) {
            let top = current.isEmpty ? Length.zero : y + pendingSpace
            current.append(PlacedBox(box: box, y: top, item: item))
            y = top + box.height
            pendingSpace = .zero
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
                let top = current.isEmpty ? Length.zero : y + pendingSpace
                if top + box.height <= height + Self.tolerance {
                    place(box, item: i)
                    i += 1
                    continue
                }
                let onlyHeaders = current.allSatisfy { $0.item == nil }
                if onlyHeaders {
                    // Taller than an empty page: split it, or let it stand alone.
                    if let (first, rest) = box.split?(height - top) {
                        place(first, item: i)
                        items[i] = .box(rest)
                    } else {
                        place(box, item: i)
                        i += 1
                    }
                    finishPage()
                    continue
                }
                if let restart = lastLegalBreak(current, before: box) {
                    if restart < current.count, let item = current[restart].item {
                        i = item
                        current.removeSubrange(restart...)
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
        return pages
    }

    /// The index in `placed` where the page may legally end (everything from it moves on), or
    /// `placed.count` to break before `next`; nil when the rules allow no break on this page.
    private func lastLegalBreak(_ placed: [PlacedBox], before next: FlowBox) -> Int? {
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
