// BarChartContent: what the bar charts share: bars, series, style, and the words of their alt text and data table.

import DossierDisplay
import DossierLocale

/// The data and words of a bar chart, whatever its orientation or arrangement.
struct BarChartContent {
    var bars: [ChartBar]
    var series: [ChartSeries]
    var style: ChartStyle
    var title: String?
    /// What the values count, if the chart names it (else "casualties" in the chart's language).
    var subject: String?
    var axisTitle: String?
    var period: String?
    var barNoun: String
    var barPeriod: ChartAggregation.Period
    var labelPreposition: String
    /// The string naming the chart's kind in alt text ("Stacked bar chart").
    var kindName: String

    /// Returns the text alternative: every bar's figures for up to 10 bars, totals and the
    /// largest bar beyond that.
    var altText: String {
        let words = style.wording, end = words.text("sentence.end")
        var text = ""
        if let title = title?.collapsingWhitespace, !title.isEmpty {
            text += title + (title.last.map { ".!?:".contains($0) } == true ? " " : ". ")
        }
        text += words.text("alt.chart", ["kind": words.text(kindName), "subject": subject ?? words.text("alt.casualties"),
                                         "bars": count(bars.count)])
        if let period, !period.isEmpty { text += words.text("list.separator") + period }
        guard !bars.isEmpty else { return text + end }
        if bars.count <= 10 {
            return text + ": " + bars.map(describe).joined(separator: words.text("list.semicolon")) + end
        }
        let totals = series.indices.map { s in
            let values = bars.compactMap { $0.values.indices.contains(s) ? $0.values[s] : nil }
            return ChartAltText.figure(
                best: values.map(\.best).reduce(0, +), low: values.map(\.lowEstimate).reduce(0, +),
                high: values.map(\.highEstimate).reduce(0, +), lowerBound: values.contains { $0.isLowerBound },
                disputed: false, noun: ChartAltText.word(series[s].name), words)
        }
        text += end + " " + words.text("alt.in_total", ["totals": totals.joined(separator: words.text("list.separator"))])
        let events = bars.compactMap(\.eventCount)
        if events.count == bars.count {
            text += " " + words.text("alt.periods_hold", ["bars": count(bars.count),
                                                          "events": words.count("alt.count.event", events.reduce(0, +))])
        }
        let sums = bars.map { $0.values.map(\.best).reduce(0, +) }
        if let largest = sums.indices.max(by: { sums[$0] < sums[$1] }), sums[largest] > 0 {
            let bar = bars[largest]
            let floor = bar.values.contains { $0.isLowerBound && $0.best > 0 }
            let number = ChartNumberFormat.string(sums[largest], words.format)
            text += " " + words.text("alt.largest", ["figure": floor ? words.text("figure.at_least", ["n": number]) : number,
                                                     "place": place(bar), "figures": figures(bar)])
        }
        return text
    }

    /// Returns "3 events", "12 months", "3 two-year periods".
    private func count(_ n: Int) -> String {
        let words = style.wording
        switch barPeriod {
        case .years: return words.count("alt.count.years", n, ["period": barPeriod.noun(words)])
        default: return words.count("alt.count." + barPeriod.noun, n)
        }
    }

    /// Returns one bar's figures and place: "11 killed, 36 abducted on 28–29 July 2009".
    private func describe(_ bar: ChartBar) -> String {
        var text = figures(bar) + place(bar)
        if let note = bar.note?.collapsingWhitespace, !note.isEmpty { text += " (" + note + ")" }
        return text
    }

    /// Returns a bar's non-zero figures: "11 killed, 36 abducted".
    private func figures(_ bar: ChartBar) -> String {
        let parts = zip(bar.values, series).filter { $0.0.best > 0 || $0.0.highEstimate > 0 }
            .map { ChartAltText.figure($0.0, series: $0.1, style.wording) }
        return parts.isEmpty ? style.wording.text("alt.none") : parts.joined(separator: style.wording.text("list.separator"))
    }

    /// Returns where the bar stands, with its preposition: " on 28–29 July 2009".
    private func place(_ bar: ChartBar) -> String {
        let name = (bar.altLabel ?? bar.label).collapsingWhitespace
        guard !name.isEmpty else { return "" }
        return " " + (labelPreposition.isEmpty ? name : style.wording.text("alt." + labelPreposition, ["label": name]))
    }

    /// Returns the data as rows: a header (the bars' noun, "Events" for periods, each series,
    /// "Total"), then one row per bar.
    var dataTable: [[String]] {
        let counts = !bars.isEmpty && bars.allSatisfy { $0.eventCount != nil }
        let words = style.wording
        let first = barPeriod.heading(words)
        var rows = [[first] + (counts ? [words.text("chart.events")] : []) + series.map(\.name) + [words.text("table.total")]]
        for bar in bars {
            var row = [(bar.altLabel ?? bar.label).collapsingWhitespace]
            if counts { row.append(ChartNumberFormat.string(Double(bar.eventCount ?? 0), words.format)) }
            row += bar.values.map { ChartAltText.cell($0, words) }
            row.append(ChartAltText.cell(ChartAggregation.sum(bar.values).withoutDispute, words))
            rows.append(row)
        }
        return rows
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
            if let n = bar.eventCount, n < 0 {
                throw ChartError.invalidValue(bar: bar.label, series: "event count", reason: "\(n) is negative")
            }
        }
    }

    /// The bars' values, all of them, for legends that explain marks only when they occur.
    var allValues: [ChartValue] { bars.flatMap(\.values) }

    /// Checks the bars and the box, then lays out what surrounds every bar chart's plot: the
    /// title, the legend (its marks pointing right for rows of bars) and the axis title. Returns
    /// that frame and the text the plot's labels are set in.
    func frame(in size: Size, shaper: any TextShaper, legendPointingRight: Bool = false) throws -> (ChartFrame, ChartText) {
        try validate()
        try ChartError.checkArea(of: size)
        let text = try ChartText(shaper: shaper, style: style.labelTextStyle)
        let legend = ChartMarks.legendEntries(series: series, values: allValues, style: style, pointingRight: legendPointingRight)
        let frame = try ChartFrame.layout(title: title, legend: legend, axisTitle: axisTitle,
                                          style: style, size: size, shaper: shaper, text: text)
        return (frame, text)
    }
}

extension ChartValue {
    /// The value without its dispute mark, for totals that are not themselves disputed.
    var withoutDispute: ChartValue { var v = self; v.disputed = false; return v }
}
