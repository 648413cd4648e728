// StackedBarChart: vertical bars, one per event, each stacked from its series' values.

import DossierDisplay

/// A vertical stacked bar chart: one bar per event, series stacked bottom to top in order, a
/// value axis from zero with round ticks, a legend, and labels that never overlap.
public struct StackedBarChart: Drawing, Hashable {
    /// The bars, left to right.
    public var bars: [ChartBar]
    /// The series, bottom of the stack first.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String
    /// A label above the value axis: "People".
    public var axisTitle: String?
    /// The span the bars cover, for the alt text: "July 2009 to September 2013".
    public var period: String?
    /// What one bar stands for, for the alt text ("event"; an "s" makes the plural).
    public var barNoun: String
    /// The word before a bar's label in the alt text: "on 1 September 2013", "in 2013".
    public var labelPreposition: String

    public init(bars: [ChartBar], series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String = "casualties") {
        self.bars = bars; self.series = series; self.style = style; self.title = title
        self.subject = subject; self.axisTitle = nil; self.period = nil
        self.barNoun = "event"; self.labelPreposition = "on"
    }

    /// Returns the chart's text alternative: every bar's figures for up to 10 bars, totals and
    /// the largest bar beyond that.
    public var altText: String {
        var text = ""
        if let title = title?.collapsingWhitespace, !title.isEmpty {
            text += title + (title.last.map { ".!?:".contains($0) } == true ? " " : ". ")
        }
        text += "Stacked bar chart of \(subject) for \(ChartAltText.count(bars.count, barNoun))"
        if let period, !period.isEmpty { text += ", \(period)" }
        guard !bars.isEmpty else { return text + "." }
        if bars.count <= 10 {
            return text + ": " + bars.map(describe).joined(separator: "; ") + "."
        }
        let totals = series.indices.map { s in
            let values = bars.compactMap { $0.values.indices.contains(s) ? $0.values[s] : nil }
            return ChartAltText.figure(
                best: values.map(\.best).reduce(0, +), low: values.map(\.lowEstimate).reduce(0, +),
                high: values.map(\.highEstimate).reduce(0, +), lowerBound: values.contains { $0.isLowerBound },
                disputed: false, noun: ChartAltText.word(series[s].name))
        }
        text += ". In total: " + totals.joined(separator: ", ") + "."
        let sums = bars.map { $0.values.map(\.best).reduce(0, +) }
        if let largest = sums.indices.max(by: { sums[$0] < sums[$1] }), sums[largest] > 0 {
            let bar = bars[largest]
            let floor = bar.values.contains { $0.isLowerBound && $0.best > 0 }
            text += " Largest: " + (floor ? "at least " : "") + ChartNumberFormat.string(sums[largest])
                + place(bar) + ": " + figures(bar) + "."
        }
        return text
    }

    /// Returns one bar's figures and place: "11 killed, 36 abducted on 28–29 July 2009".
    private func describe(_ bar: ChartBar) -> String {
        var text = figures(bar) + place(bar)
        if let note = bar.note?.collapsingWhitespace, !note.isEmpty { text += " (\(note))" }
        return text
    }

    /// Returns a bar's non-zero figures: "11 killed, 36 abducted".
    private func figures(_ bar: ChartBar) -> String {
        let parts = zip(bar.values, series).filter { $0.0.best > 0 || $0.0.highEstimate > 0 }
            .map { ChartAltText.figure($0.0, series: $0.1) }
        return parts.isEmpty ? "none recorded" : parts.joined(separator: ", ")
    }

    /// Returns where the bar stands, with its preposition: " on 28–29 July 2009".
    private func place(_ bar: ChartBar) -> String {
        let name = (bar.altLabel ?? bar.label).collapsingWhitespace
        guard !name.isEmpty else { return "" }
        return (labelPreposition.isEmpty ? " " : " \(labelPreposition) ") + name
    }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        try StackedBarLayout(chart: self, size: size, shaper: shaper).items()
    }

    /// Throws unless every bar has one drawable value per series.
    func validate() throws {
        guard !bars.isEmpty else { throw ChartError.noBars }
        guard !series.isEmpty else { throw ChartError.noSeries }
        try style.validate()
        for bar in bars {
            guard bar.values.count == series.count else {
                throw ChartError.valueCountMismatch(bar: bar.label, expected: series.count, found: bar.values.count)
            }
            for (value, s) in zip(bar.values, series) { try value.validate(bar: bar.label, series: s.name) }
        }
    }
}
