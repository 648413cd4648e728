// AxisLabelPlan: fits category labels under bars without overlap: one line, two lines,
// abbreviated with "…", then every k-th bar.

import DossierDisplay

/// Where the labels under a row of bars go, and how they were made to fit.
struct AxisLabelPlan {
    /// How the labels were made to fit, in the order they are tried.
    enum Strategy: Hashable {
        /// Every label whole on one line.
        case oneLine
        /// Every label whole, on up to two lines.
        case twoLines
        /// Every label on up to two lines, cut short with "…" where needed.
        case abbreviated
        /// Only bars 0, k, 2k… labelled, each with up to k bars' width.
        case everyKth(Int)
        /// No labels fit at all.
        case none
    }

    /// One placed label: its lines and the left edge and width of its ink.
    struct Label {
        var index: Int
        var lines: [ShapedLine]
        var minX: Length
        var width: Length
    }

    var strategy: Strategy
    var labels: [Label]
    var leading: Length
    var ascent: Length
    var descent: Length

    /// The most lines any label uses.
    var lineCount: Int { labels.map(\.lines.count).max() ?? 0 }

    /// The height from the top of the first line to the bottom of the last.
    var height: Length { lineCount == 0 ? .zero : ascent + leading * Double(lineCount - 1) + descent }

    /// The indices of the labelled bars.
    var labelledIndices: [Int] { labels.filter { !$0.lines.isEmpty }.map(\.index) }

    /// Returns the labels as text items, each line centred on its label's ink, the first
    /// line's top at `top`.
    func items(top: Length) -> [TextItem] {
        labels.flatMap { label in
            label.lines.enumerated().map { j, line in
                ChartText.item(line, centeredAt: label.minX + label.width / 2,
                               baseline: top + ascent + leading * Double(j))
            }
        }
    }

    /// Returns the plan for `labels` under bars centred at `centers`, `slot` apart, keeping the
    /// ink between `minX` and `maxX`.
    static func make(labels rawLabels: [String], centers: [Length], slot: Length, minX: Length, maxX: Length,
                     text: ChartText) throws -> AxisLabelPlan {
        let labels = rawLabels.map(\.collapsingWhitespace)
        let (ascent, descent) = try text.metrics()
        let gap = text.style.size * 0.75
        var fitter = Fitter(labels: labels, centers: centers, minX: minX, maxX: maxX, text: text,
                            minGap: text.style.size * 0.25)
        func plan(_ strategy: Strategy, _ placed: [Label]) -> AxisLabelPlan {
            AxisLabelPlan(strategy: strategy, labels: placed, leading: text.leading, ascent: ascent, descent: descent)
        }
        let all = Array(labels.indices)
        let forms: [(Form, Strategy)] = [(.oneLine, .oneLine), (.twoLines, .twoLines), (.abbreviated, .abbreviated)]
        for (form, strategy) in forms {
            if let placed = try fitter.fit(all, form: form, width: slot - gap) { return plan(strategy, placed) }
        }
        // Rotating labels by 45° would come before abbreviating, but the display list cannot
        // rotate text (TextItem has no transform), so that step is skipped.
        if labels.count > 1 {
            // Whole labels under every k-th bar read better than cut ones under every other bar,
            // so a cut is taken only if whole labels would need more than twice as large a k.
            var cut: (k: Int, labels: [Label])?
            for k in 2...labels.count {
                if let cut, k > 2 * cut.k { return plan(.everyKth(cut.k), cut.labels) }
                let width = slot * Double(k) - gap
                guard width > .zero, width.isFinite else { continue }
                // Starting at the first bar, a wide label is pushed inward by the box's edge and
                // runs into the next; starting where it needs no push avoids that.
                let inward = Int(((width / 2 - (centers[0] - minX)) / slot).rounded(.up))
                let starts = inward > 0 && inward < k ? [0, inward] : [0]
                let forms: [Form] = cut == nil ? [.oneLine, .twoLines, .abbreviated] : [.oneLine, .twoLines]
                search: for form in forms {
                    for start in starts {
                        let indices = Array(stride(from: start, to: labels.count, by: k))
                        guard let placed = try fitter.fit(indices, form: form, width: width) else { continue }
                        if form != .abbreviated { return plan(.everyKth(k), placed) }
                        cut = (k, placed)
                        break search
                    }
                }
            }
            if let cut { return plan(.everyKth(cut.k), cut.labels) }
        }
        return plan(.none, [])
    }

    /// How one label is set.
    enum Form { case oneLine, twoLines, abbreviated }

    /// Sets and places labels, remembering what each label needs so that the every-k-th search
    /// does not shape the same text again and again.
    private struct Fitter {
        let labels: [String]
        let centers: [Length]
        let minX: Length
        let maxX: Length
        let text: ChartText
        let minGap: Length
        var wholeLines: [Int: ShapedLine] = [:]
        var longestWords: [Int: Length] = [:]
        var shortestCuts: [Int: Length] = [:]

        init(labels: [String], centers: [Length], minX: Length, maxX: Length, text: ChartText, minGap: Length) {
            self.labels = labels; self.centers = centers; self.minX = minX; self.maxX = maxX
            self.text = text; self.minGap = minGap
        }

        /// Returns the labels at `indices` set in `form` within `width` and placed without
        /// overlap inside the bounds; nil if any does not fit.
        mutating func fit(_ indices: [Int], form: Form, width: Length) throws -> [Label]? {
            guard width > .zero else { return nil }
            var placed: [Label] = []
            for i in indices {
                guard let lines = try set(i, form: form, width: width) else { return nil }
                let inkWidth = lines.map(\.width).max() ?? .zero
                guard inkWidth <= maxX - minX else { return nil }
                // Labels near the ends may reach past the plot; slide them back inside the box.
                let left = Swift.min(Swift.max(centers[i] - inkWidth / 2, minX), maxX - inkWidth)
                if let previous = placed.last(where: { !$0.lines.isEmpty }), !lines.isEmpty,
                   previous.minX + previous.width + minGap > left {
                    return nil
                }
                placed.append(Label(index: i, lines: lines, minX: left, width: inkWidth))
            }
            return placed
        }

        private mutating func set(_ i: Int, form: Form, width: Length) throws -> [ShapedLine]? {
            let label = labels[i]
            if label.isEmpty { return [] }
            let whole = try wholeLine(i)
            if whole.width <= width { return [whole] }
            switch form {
            case .oneLine:
                return nil
            case .twoLines:
                guard try longestWord(i) <= width, whole.width <= width * 2.2 else { return nil }
                return try text.wrapped(label, width: width)
            case .abbreviated:
                // An abbreviation must keep enough to tell bars apart: "8 Apri…" helps a reader,
                // "Att…" under every bar does not.
                let minKept = Swift.max(3, label.count / 2)
                guard try shortestCut(i) <= width * 2.2,
                      let cut = try text.abbreviated(label, width: width), cut.kept >= minKept else { return nil }
                return cut.lines
            }
        }

        private mutating func wholeLine(_ i: Int) throws -> ShapedLine {
            if let l = wholeLines[i] { return l }
            let l = try text.line(labels[i])
            wholeLines[i] = l
            return l
        }

        private mutating func longestWord(_ i: Int) throws -> Length {
            if let w = longestWords[i] { return w }
            let w = try labels[i].split(separator: " ").map { try text.line(String($0)).width }.max() ?? .zero
            longestWords[i] = w
            return w
        }

        /// The width of the least an abbreviation must keep, on one line: two lines of less
        /// than half of it cannot hold it, so the label need not be shaped to find out.
        private mutating func shortestCut(_ i: Int) throws -> Length {
            if let w = shortestCuts[i] { return w }
            let label = labels[i]
            let w = try text.line(String(label.prefix(Swift.max(3, label.count / 2)))).width
            shortestCuts[i] = w
            return w
        }
    }
}
