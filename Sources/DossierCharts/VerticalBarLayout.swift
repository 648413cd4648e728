// VerticalBarLayout: places a vertical bar chart's title, legend, axis, bars and labels in its box.

import DossierDisplay

/// One drawing of a vertical bar chart, stacked or grouped, into a box: decides the plot area,
/// scale and labels.
struct VerticalBarLayout {
    let content: BarChartContent
    /// Whether the series stand side by side rather than on top of one another.
    let grouped: Bool
    let size: Size
    let shaper: any TextShaper

    /// One drawn column: a whole stack, or (grouped) one series' bar of a group.
    private struct Column {
        var bar: Int
        /// The series of a grouped chart's bar; nil for a stack.
        var series: Int?
        var best: Double
        var low: Double
        var high: Double
        var lowerBound: Bool
        var isRange: Bool { low != best || high != best }
        /// The highest point of the column's marks: its bar or its whisker.
        var top: Double { max(best, high) }
    }

    /// The row of event counts under the labels, for bars that stand for periods.
    private struct CountRow {
        var header: ShapedLine
        var lines: [ShapedLine]
        var text: ChartText
        var height: Length { text.lineHeight }
    }

    /// Where the plot sits and what its axes carry, once the sizes of the labels are settled.
    private struct Geometry {
        var plot: Rect
        var scale: NiceScale
        var ticks: [(value: Double, line: ShapedLine)]
        var slot: Length
        var centers: [Length]
        var labels: AxisLabelPlan
        var labelTop: Length
        var valueLines: [ShapedLine]?
        var counts: CountRow?
    }

    func items() throws -> [FrameItem] {
        let (frame, text) = try content.frame(in: size, shaper: shaper)
        let columns = self.columns
        let geometry = try settle(top: frame.top, bottom: frame.bottom, columns: columns, text: text)
        return frame.items + draw(geometry, columns: columns, text: text)
    }

    private var columns: [Column] {
        content.bars.enumerated().flatMap { b, bar -> [Column] in
            if grouped {
                return bar.values.enumerated().map { s, v in
                    Column(bar: b, series: s, best: v.best, low: v.lowEstimate, high: v.highEstimate,
                           lowerBound: v.isLowerBound && v.best > 0)
                }
            }
            let sum = ChartAggregation.sum(bar.values)
            return [Column(bar: b, series: nil, best: sum.best, low: sum.lowEstimate, high: sum.highEstimate,
                           lowerBound: sum.isLowerBound)]
        }
    }

    /// The width of one drawn bar and the distance between the bars of a group, for `slot`.
    private func barWidth(slot: Length) -> (width: Length, pitch: Length) {
        let style = content.style
        guard grouped && content.series.count > 1 else {
            let w = min(slot * style.barWidthRatio, style.maxBarWidth)
            return (w, w)
        }
        let pitch = min(slot * style.barWidthRatio / Double(content.series.count), style.maxBarWidth * 0.6)
        // Bars of a group touch but for a hairline, so that the group reads as one.
        return (pitch - min(pitch * 0.12, .pt(1)), pitch)
    }

    /// The centre of a column's bar.
    private func center(_ c: Column, _ g: Geometry) -> Length {
        guard let s = c.series, grouped else { return g.centers[c.bar] }
        let pitch = barWidth(slot: g.slot).pitch
        return g.centers[c.bar] + pitch * (Double(s) - Double(content.series.count - 1) / 2)
    }

    /// Finds a plot area whose category labels fit under it. Labels, tick labels and the plot
    /// depend on one another, so this repeats until the reserved label height holds (in
    /// practice after one or two passes).
    private func settle(top: Length, bottom: Length, columns: [Column], text: ChartText) throws -> Geometry {
        let style = content.style
        let em = style.labelSize
        let lineHeight = text.lineHeight
        let bars = content.bars
        let dataMax = columns.map(\.top).max() ?? 0
        let arrowRoom = columns.contains { $0.lowerBound } ? ChartMarks.arrowLength(style) : .zero
        let valueTexts = columns.map { ChartMarks.valueText($0.best, lowerBound: $0.lowerBound, style: style) }
        let countTexts = bars.allSatisfy { $0.eventCount != nil }
            ? bars.map { ChartNumberFormat.string(Double($0.eventCount ?? 0), style.wording.format) } : nil
        let countText = try ChartText(shaper: shaper, style: style.labelTextStyle.sized(em * 0.9))
        var reserved = lineHeight
        var showValues = style.valueLabels
        var showCounts = countTexts != nil
        // Room made left of the plot so that the first labels can turn; found once, then kept.
        var turnRoom: Length?
        for pass in 0..<6 {
            let valueBand = showValues ? lineHeight + em * 0.25 : .zero
            let plotTop = top + max(valueBand + arrowRoom, lineHeight / 2)
            let labelGap = lineHeight / 2 + em * 0.3
            let countBand = showCounts ? countText.lineHeight + em * 0.4 : .zero
            let plotBottom = bottom - reserved - labelGap - countBand
            let plotHeight = plotBottom - plotTop
            guard plotHeight >= lineHeight * 1.5 else {
                throw ChartError.boxTooSmall(given: size, reason: "the plot would be \(max(.zero, plotHeight)) tall")
            }
            // Ticks at least 1.8 lines apart, and no more than five intervals, as people count them.
            let room = plotHeight / (lineHeight * 1.8)
            let intervals = room.isFinite ? min(5, max(1, Int(min(room, 5)))) : 5
            let scale = NiceScale.forMaximum(dataMax, targetIntervals: intervals)
            let ticks = try scale.ticks.map { ($0, try text.line(ChartNumberFormat.string($0, style.wording.format))) }
            let header = try countText.line(style.wording.text("chart.events"))
            let gutter = max(ticks.map(\.1.width).max() ?? .zero, showCounts ? header.width : .zero)
            let plotLeft = gutter + em * 0.5 + (turnRoom ?? .zero)
            let plotWidth = size.width - plotLeft
            let slot = plotWidth / Double(bars.count)
            let pitch = barWidth(slot: slot).pitch
            guard slot >= .pt(1), pitch > .zero else {
                throw ChartError.boxTooSmall(given: size, reason:
                    "\(bars.count) bars need a plot at least \(bars.count) pt wide, not \(max(.zero, plotWidth))")
            }
            let centers = bars.indices.map { plotLeft + slot * (Double($0) + 0.5) }
            let maxTurned = (bottom - top) * 0.3
            var labels = try AxisLabelPlan.make(labels: bars.map(\.label), centers: centers, slot: slot,
                                                minX: .zero, maxX: size.width, text: text, maxRotatedHeight: maxTurned)
            if turnRoom == nil, pass < 4, labels.strategy != .oneLine, labels.strategy != .twoLines,
               labels.strategy != .rotated {
                let over = try AxisLabelPlan.rotationOverflow(labels: bars.map(\.label), centers: centers, slot: slot,
                                                              minX: .zero, maxX: size.width, text: text,
                                                              maxRotatedHeight: maxTurned)
                if let over, over < size.width * 0.15 {
                    turnRoom = over + em * 0.2
                    continue
                }
                turnRoom = .zero
            }
            var valueLines: [ShapedLine]?
            if showValues {
                let lines = try valueTexts.map { try text.line($0) }
                let room = grouped ? pitch * 1.05 : slot - em * 0.2
                if lines.allSatisfy({ $0.width <= room }) { valueLines = lines }
            }
            var counts: CountRow?
            if showCounts, let countTexts {
                let lines = try countTexts.map { try countText.line($0) }
                if lines.allSatisfy({ $0.width <= slot - em * 0.15 }) {
                    counts = CountRow(header: header, lines: lines, text: countText)
                }
            }
            let settled = labels.height <= reserved && (valueLines != nil) == showValues && (counts != nil) == showCounts
            if !settled && pass < 5 {
                reserved = max(reserved, labels.height)
                showValues = valueLines != nil
                showCounts = counts != nil
                continue
            }
            if labels.height > reserved { labels = AxisLabelPlan(strategy: .none, labels: [], leading: text.leading,
                                                                  ascent: labels.ascent, descent: labels.descent) }
            if (counts != nil) != showCounts { counts = nil }
            return Geometry(plot: Rect(x: plotLeft, y: plotTop, width: plotWidth, height: plotHeight),
                            scale: scale, ticks: ticks, slot: slot, centers: centers, labels: labels,
                            labelTop: plotBottom + labelGap, valueLines: valueLines, counts: counts)
        }
        throw ChartError.boxTooSmall(given: size, reason: "the labels do not settle")
    }

    /// Returns the plot's items: grid, bars, whiskers, arrows, baseline, then all text.
    private func draw(_ g: Geometry, columns: [Column], text: ChartText) -> [FrameItem] {
        let style = content.style
        let em = style.labelSize
        let plot = g.plot
        let ascent = text.ascent, descent = text.descent
        func y(_ v: Double) -> Length { plot.maxY - plot.height * (v / g.scale.max) }
        var shapes: [FrameItem] = []
        var texts: [FrameItem] = []

        for (value, line) in g.ticks {
            if value > 0 {
                shapes.append(.shape(ChartMarks.rule(y: y(value), from: plot.minX, to: plot.maxX,
                                                     color: style.gridColor, width: style.gridLineWidth)))
            }
            texts.append(.text(ChartText.item(line, endingAt: plot.minX - em * 0.5,
                                              baseline: y(value) + (ascent - descent) / 2)))
        }

        let (barWidth, _) = self.barWidth(slot: g.slot)
        for (i, bar) in content.bars.enumerated() {
            if grouped {
                for (s, (value, series)) in zip(bar.values, content.series).enumerated() where value.best > 0 {
                    let x = center(Column(bar: i, series: s, best: 0, low: 0, high: 0, lowerBound: false), g)
                    let rect = Rect(x: x - barWidth / 2, y: y(value.best), width: barWidth, height: plot.maxY - y(value.best))
                    shapes.append(.shape(ChartMarks.segment(rect, series: series, disputed: value.disputed, style: style)))
                }
                continue
            }
            let x0 = g.centers[i] - barWidth / 2
            var base = 0.0
            var boundaries: [Length] = []
            for (value, series) in zip(bar.values, content.series) where value.best > 0 {
                let rect = Rect(x: x0, y: y(base + value.best), width: barWidth, height: y(base) - y(base + value.best))
                shapes.append(.shape(ChartMarks.segment(rect, series: series, disputed: value.disputed, style: style)))
                if base > 0 { boundaries.append(y(base)) }
                base += value.best
            }
            // In colour, a hairline of white between segments keeps neighbouring hues apart;
            // print mode outlines every segment instead.
            if style.mode == .color && barWidth >= .pt(3) {
                for b in boundaries {
                    shapes.append(.shape(ChartMarks.rule(y: b, from: x0, to: x0 + barWidth, color: .white,
                                                         width: .pt(0.5))))
                }
            }
        }

        for (k, column) in columns.enumerated() {
            let x = center(column, g)
            if column.isRange {
                shapes += ChartMarks.whisker(x: x, low: y(column.low), high: y(column.high),
                                             barWidth: barWidth, style: style).map(FrameItem.shape)
            }
            var anchor = y(column.top)
            if column.lowerBound {
                // The arrow goes on from the top of the bar, or of its whisker, so the two do not cross.
                shapes += ChartMarks.openEnd(at: Point(x: x, y: anchor), barWidth: barWidth, style: style)
                    .map(FrameItem.shape)
                anchor = anchor - ChartMarks.arrowLength(style)
            }
            // A grouped chart's empty bars say nothing; "0" under every one of them would be noise.
            if let line = g.valueLines?[k], !(grouped && column.top == 0) {
                texts.append(.text(ChartText.item(line, centeredAt: x, baseline: anchor - em * 0.25 - descent)))
            }
        }

        shapes.append(.shape(ChartMarks.rule(y: plot.maxY, from: plot.minX, to: plot.maxX,
                                             color: style.axisColor, width: style.axisLineWidth)))
        if case .everyKth = g.labels.strategy {
            // With only some bars labelled, a tick shows which bar each label belongs to.
            for i in g.labels.labelledIndices {
                shapes.append(.shape(Shape(path: .line(from: Point(x: g.centers[i], y: plot.maxY),
                                                       to: Point(x: g.centers[i], y: plot.maxY + em * 0.3)),
                                           stroke: Stroke(color: style.axisColor, width: style.axisLineWidth))))
            }
        }
        texts += g.labels.items(top: g.labelTop).map(FrameItem.text)
        if let counts = g.counts {
            let labelsHeight = max(g.labels.height, text.lineHeight)
            let baseline = g.labelTop + labelsHeight + em * 0.4 + counts.text.ascent
            texts.append(.text(ChartText.item(counts.header, endingAt: plot.minX - em * 0.5, baseline: baseline)))
            for (i, line) in counts.lines.enumerated() {
                texts.append(.text(ChartText.item(line, centeredAt: g.centers[i], baseline: baseline)))
            }
        }
        return shapes + texts
    }
}
