// TableColumns: column widths from the cells' content (CSS 2.1 §17.5.2.2, automatic table layout),
// so no column is narrower than its longest word and no table is wider than its measure.

import DossierDisplay
import DossierDocument

/// What sizing a column needs to know: how it was asked to be sized, and the narrowest and widest
/// its content can be set (the longest word, and every cell on one line), padding included.
struct ColumnExtent: Sendable, Hashable {
    var width: ColumnWidth
    var minimum: Length
    var maximum: Length
}

enum TableColumns {
    /// The widths of columns that share `total`, or nil when even their minimums do not fit.
    ///
    /// Where the layout as asked fits (content columns as wide as their widest cell, up to half the
    /// table; fractions sharing what is left, none below its longest word), it is kept. Otherwise
    /// fixed columns keep their width and the rest grow from their minimum towards their maximum
    /// in proportion to the difference, as browsers do; room left over goes to fraction columns.
    static func widths(_ columns: [ColumnExtent], total: Length) -> [Length]? {
        if let asked = asked(columns, total: total) { return asked }
        var widths = columns.map { column -> Length in
            if case .fixed(let width) = column.width { return width }
            return column.minimum
        }
        let flexible = columns.indices.filter { if case .fixed = columns[$0].width { false } else { true } }
        let available = total - widths.reduce(.zero, +)
        guard available >= -Length.pt(0.01) else { return nil }
        let wanted = flexible.reduce(Length.zero) { $0 + columns[$1].maximum - columns[$1].minimum }
        if wanted > .zero {
            let share = min(1, available / wanted)
            for i in flexible { widths[i] = columns[i].minimum + (columns[i].maximum - columns[i].minimum) * share }
        }
        let left = total - widths.reduce(.zero, +)
        let fractions = flexible.filter { if case .fraction = columns[$0].width { true } else { false } }
        let weights = fractions.map { i -> Double in if case .fraction(let f) = columns[i].width { max(f, 0) } else { 0 } }
        let weightSum = weights.reduce(0, +)
        if left > .pt(0.01), weightSum > 0 {
            for (i, weight) in zip(fractions, weights) { widths[i] += left * (weight / weightSum) }
        }
        return widths
    }

    /// The widths as the table asks for them, if they fit and leave every column its longest word.
    private static func asked(_ columns: [ColumnExtent], total: Length) -> [Length]? {
        var widths = [Length](repeating: .zero, count: columns.count)
        var left = total
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let width): widths[i] = width
            case .content: widths[i] = min(column.maximum, total * 0.5)
            case .fraction: continue
            }
            left -= widths[i]
        }
        let shares = columns.reduce(0.0) { if case .fraction(let f) = $1.width { $0 + f } else { $0 } }
        for (i, column) in columns.enumerated() {
            if case .fraction(let f) = column.width { widths[i] = max(.pt(12), left * (f / max(shares, 0.0001))) }
        }
        let fits = widths.reduce(.zero, +) <= total + .pt(0.01)
        let roomy = zip(columns, widths).allSatisfy { column, width in
            if case .fixed = column.width { return true }
            return width >= column.minimum - .pt(0.01)
        }
        return fits && roomy ? widths : nil
    }

    /// Groups of column indices that each fit `total` beside the first column, which every group
    /// repeats so each part of a split table still says which row is which.
    static func groups(_ columns: [ColumnExtent], total: Length) -> [[Int]] {
        guard columns.count > 1 else { return [Array(columns.indices)] }
        func narrowest(_ i: Int) -> Length {
            if case .fixed(let width) = columns[i].width { return width }
            return columns[i].minimum
        }
        let first = narrowest(0)
        var groups: [[Int]] = []
        var current: [Int] = [0], used = first
        for i in 1..<columns.count {
            if current.count > 1 && used + narrowest(i) > total {
                groups.append(current)
                current = [0]; used = first
            }
            current.append(i); used += narrowest(i)
        }
        groups.append(current)
        return groups
    }
}

extension LayoutContext {
    /// The narrowest and widest each column's content can be set in `style`, padding included.
    /// A word is never split below a fraction of the measure: a long address breaks instead.
    func columnExtents(_ table: Table, total: Length, style: TableStyle) throws -> [ColumnExtent] {
        let extra = style.padding * 2 + .pt(0.5)
        return try table.columns.enumerated().map { i, column in
            if case .fixed(let width) = column.width { return ColumnExtent(width: column.width, minimum: width, maximum: width) }
            var longestWord = Length.zero, widest = Length.zero
            for (rows, font) in [(table.header, style.header.font), (table.rows, style.body.font)] {
                for row in rows where i < row.count {
                    let text = styledText(row[i].content, base: font)
                    widest = max(widest, try shaper.measure(text))
                    // The word with the most characters stands for the widest word: one measurement a cell.
                    let word = text.plainText.split(whereSeparator: { $0 == " " || $0 == "\n" })
                        .max { $0.count < $1.count }
                    if let word, !word.isEmpty {
                        longestWord = max(longestWord, try shaper.measure(StyledText(String(word), style: font)))
                    }
                }
            }
            let minimum = min(longestWord, total * 0.4) + extra
            return ColumnExtent(width: column.width, minimum: minimum, maximum: max(widest + extra, minimum))
        }
    }
}
