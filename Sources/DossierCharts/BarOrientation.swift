// BarOrientation: whether bars stand up from a date axis or run right from a column of labels.

import DossierDisplay

/// Which way a bar chart's bars run.
public enum BarOrientation: String, Hashable, Sendable, CaseIterable {
    /// Bars stand up from a horizontal axis, labels under them.
    case vertical
    /// Bars run right from a column of labels, one row each.
    case horizontal

    /// Returns `.horizontal` when the labels would not sit level and whole under vertical bars
    /// in a chart `width` wide (on one line, or on two for up to 12 bars), and there are few
    /// enough bars (at most 40) for a row each; `.vertical` otherwise. It is decided before
    /// any text is shaped, from an average character width of 0.55 em (Noto Sans), so that
    /// a document can size the figure; the chart then fits its labels exactly.
    public static func suited(to labels: [String], width: Length, style: ChartStyle) -> BarOrientation {
        let n = labels.count
        guard n > 1 && n <= 40 else { return .vertical }
        let em = style.labelSize
        let character = em * 0.55
        let plot: Length = width - em * 4
        let room: Length = plot / Double(n) - em * 0.75
        func measure(_ s: Substring) -> Length { character * Double(s.count) }
        let fits = labels.allSatisfy { label in
            let whole: Length = measure(Substring(label))
            if whole <= room { return true }
            guard n <= 12 else { return false }
            let longestWord = label.split(separator: " ").map(measure).max() ?? .zero
            let twoLines: Length = room * 1.8
            return longestWord <= room && whole <= twoLines
        }
        return fits ? .vertical : .horizontal
    }
}
