// InlineBreaks: where a paragraph's lines end — total fit for justified text, first fit for ragged text.

import DossierDisplay

/// One line of a paragraph as a range of its items.
struct InlineLine {
    /// The items the line holds (glue and penalties after the previous break are not in it).
    var items: Range<Int>
    /// The piece whose hyphen ends the line, if it ends at a hyphenation point.
    var hyphen: Int?
    /// Whether the line is stretched or shrunk to the measure: not the last line of the paragraph
    /// or one before a forced break.
    var justified: Bool
}

enum InlineBreaks {
    /// Breaks `paragraph` into lines. Justified text is broken by total fit (Knuth–Plass), which
    /// weighs every line of the paragraph; ragged text (start, centre, end) by first fit, which
    /// fills each line as far as it goes, so a label or a cell wraps where a reader expects.
    static func lines(of paragraph: InlineItems, format: ParagraphFormat, settings: LineBreakSettings) -> [InlineLine] {
        let width = format.width.points, indent = format.firstLineIndent.points
        let lineWidth: (Int) -> Double = { $0 == 0 ? max(0, width - indent) : width }
        let items = paragraph.items
        let positions: [Int]
        if format.alignment == .justify, width.isFinite {
            positions = LineBreaker.breaks(items, lineWidth: lineWidth, settings: settings).map(\.position)
        } else {
            positions = firstFit(items, lineWidth: lineWidth)
        }
        var lines: [InlineLine] = []
        var start = 0
        for position in positions {
            let end = min(position, items.count)
            var hyphen: Int?
            var forced = end >= items.count
            if end < items.count {
                if case .hyphen(let piece) = paragraph.marks[end] { hyphen = piece }
                if case .penalty(_, let cost, _) = items[end], cost <= BreakItem.forced { forced = true }
            }
            lines.append(InlineLine(items: start..<max(start, end), hyphen: hyphen,
                                    justified: !forced && format.alignment == .justify && width.isFinite))
            start = nextBox(after: end, in: items)
        }
        return lines
    }

    /// The first box after a break at `position`: glue and penalties there are dropped.
    static func nextBox(after position: Int, in items: [BreakItem]) -> Int {
        var i = position + 1
        while i < items.count, !items[i].isBox { i += 1 }
        return min(i, items.count)
    }

    /// Greedy breaking: each line takes as much as fits, breaking at the last legal break before
    /// the measure is exceeded (or at the first one after it, when nothing fits). Returns the
    /// break positions, the last one the paragraph's final forced break. Linear in the items:
    /// each is read at most twice.
    static func firstFit(_ items: [BreakItem], lineWidth: (Int) -> Double) -> [Int] {
        var breaks: [Int] = []
        var start = 0
        while start < items.count {
            let measure = lineWidth(breaks.count) + 0.0001
            var width = 0.0
            var candidate: Int?
            var i = start
            var end = items.count
            while i < items.count {
                switch items[i] {
                case .box(let w):
                    width += w
                case .glue(let w, _, _):
                    if i > 0, items[i - 1].isBox {
                        if width <= measure { candidate = i } else { end = candidate ?? i; break }
                    }
                    width += w
                case .penalty(let w, let cost, _):
                    guard cost < BreakItem.forbidden else { break }
                    if width + w <= measure {
                        candidate = i
                        if cost <= BreakItem.forced { end = i; break }
                    } else {
                        end = candidate ?? i
                        break
                    }
                }
                if end < items.count { break }
                i += 1
            }
            breaks.append(end)
            start = nextBox(after: end, in: items)
        }
        return breaks
    }
}
