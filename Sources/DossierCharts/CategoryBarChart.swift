// CategoryBarChart: a small chart of one event, one bar per category, the largest filling the plot.

import DossierDisplay

/// A small bar chart of one event: one bar per series (killed, injured, abducted), the value
/// above each bar and the series name below a thin baseline. Heights are proportional, the
/// largest figure (or top of range) filling the plot; no value axis. A lower bound gets an
/// arrow past the end of its bar. About 198 × 85 pt.
public struct CategoryBarChart: Drawing, Hashable {
    /// One value per series.
    public var values: [ChartValue]
    /// The series, left to right.
    public var series: [ChartSeries]
    /// How the chart looks (`ChartStyle.compact()` suits the usual size).
    public var style: ChartStyle
    /// The event, for the alt text: "1 September 2013".
    public var event: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String?
    /// The word before the event in the alt text: "on 1 September 2013".
    public var eventPreposition: String

    /// The size the chart is designed for: 7 × 3 cm.
    public static let standardSize = Size(width: .pt(198.4), height: .pt(85))

    public init(values: [ChartValue], series: [ChartSeries], style: ChartStyle = .compact(),
                event: String? = nil, subject: String? = nil) {
        self.values = values; self.series = series; self.style = style; self.event = event
        self.subject = subject; self.eventPreposition = "on"
    }

    /// Returns the chart's text alternative: "Bar chart of casualties on 1 September 2013: 52
    /// killed, at least 350 injured, 7 abducted."
    public var altText: String {
        let words = style.wording, end = words.text("sentence.end")
        var text = words.text("alt.bars_of", ["subject": subject ?? words.text("alt.casualties")])
        if let event = event?.collapsingWhitespace, !event.isEmpty {
            text += " " + (eventPreposition.isEmpty ? event : words.text("alt." + eventPreposition, ["label": event]))
        }
        let parts = zip(values, series).map { ChartAltText.figure($0.0, series: $0.1, words) }
        return text + (parts.isEmpty ? end : ": " + parts.joined(separator: words.text("list.separator")) + end)
    }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        guard !series.isEmpty else { throw ChartError.noSeries }
        try style.validate()
        let label = event ?? "the event"
        guard values.count == series.count else {
            throw ChartError.valueCountMismatch(bar: label, expected: series.count, found: values.count)
        }
        for (value, s) in zip(values, series) { try value.validate(bar: label, series: s.name) }
        try ChartError.checkArea(of: size)

        let em = style.labelSize
        let text = try ChartText(shaper: shaper, style: style.labelTextStyle)
        let slot = size.width / Double(series.count)
        let centers = series.indices.map { slot * (Double($0) + 0.5) }
        let names = try AxisLabelPlan.make(labels: series.map(\.name), centers: centers, slot: slot,
                                           minX: .zero, maxX: size.width, text: text)
        let valueLines = try fittedValueLines(slot: slot, shaper: shaper)
        let valueBand = valueLines.map { $0.map { $0.ascent + $0.descent }.max() ?? .zero } ?? .zero
        let nameGap = em * 0.35
        let arrowRoom = values.contains { $0.isLowerBound && $0.best > 0 } ? ChartMarks.arrowLength(style) : .zero
        let plotTop = valueBand + em * 0.25 + arrowRoom
        let plotBottom = size.height - names.height - nameGap - style.axisLineWidth / 2
        let plotHeight = plotBottom - plotTop
        guard plotHeight >= em else {
            throw ChartError.boxTooSmall(given: size, reason: "the bars would be \(max(.zero, plotHeight)) tall at most")
        }

        let largest = values.map { max($0.best, $0.highEstimate) }.max() ?? 0
        func y(_ v: Double) -> Length { largest > 0 ? plotBottom - plotHeight * (v / largest) : plotBottom }
        let barWidth = min(slot * style.barWidthRatio, style.maxBarWidth)
        var shapes: [FrameItem] = []
        var texts: [FrameItem] = []
        for (i, (value, s)) in zip(values, series).enumerated() {
            if value.best > 0 {
                let rect = Rect(x: centers[i] - barWidth / 2, y: y(value.best), width: barWidth,
                                height: plotBottom - y(value.best))
                shapes.append(.shape(ChartMarks.segment(rect, series: s, disputed: value.disputed, style: style)))
            }
            if value.isRange {
                shapes += ChartMarks.whisker(x: centers[i], low: y(value.lowEstimate), high: y(value.highEstimate),
                                             barWidth: barWidth, style: style).map(FrameItem.shape)
            }
            let top = min(y(value.best), y(value.highEstimate))
            var anchor = top - em * 0.25
            if value.isLowerBound && value.best > 0 {
                shapes += ChartMarks.openEnd(at: Point(x: centers[i], y: top), barWidth: barWidth, style: style)
                    .map(FrameItem.shape)
                anchor = top - ChartMarks.arrowLength(style) - em * 0.25
            }
            if let line = valueLines?[i] {
                texts.append(.text(ChartText.item(line, centeredAt: centers[i], baseline: anchor - line.descent)))
            }
        }
        shapes.append(.shape(ChartMarks.rule(y: plotBottom, from: .zero, to: size.width,
                                             color: style.axisColor, width: style.axisLineWidth)))
        texts += names.items(top: plotBottom + style.axisLineWidth / 2 + nameGap).map(FrameItem.text)
        return shapes + texts
    }

    /// Returns the value labels at the label size, or smaller if they do not fit over their
    /// bars; nil if they do not fit even at 70 %.
    private func fittedValueLines(slot: Length, shaper: any TextShaper) throws -> [ShapedLine]? {
        let texts = values.map { ChartMarks.valueText($0.best, lowerBound: $0.isLowerBound, style: style) }
        for scale in [1.0, 0.85, 0.7] {
            let text = try ChartText(shaper: shaper, style: style.labelTextStyle.sized(style.labelSize * scale))
            let lines = try texts.map { try text.line($0) }
            if lines.allSatisfy({ $0.width <= slot - style.labelSize * 0.2 }) { return lines }
        }
        return nil
    }
}
