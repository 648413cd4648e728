// StackedBarLayout: places a stacked bar chart's title, legend, axis, bars and labels in its box.

import DossierDisplay

/// One drawing of a `StackedBarChart` into a box: decides the plot area, scale and labels.
struct StackedBarLayout {
    let chart: StackedBarChart
    let size: Size
    let shaper: any TextShaper

    /// A bar's stack: the sum of its values, of their low and high estimates, and its flags.
    private struct Stack {
        var best: Double
        var low: Double
        var high: Double
        var lowerBound: Bool
        var isRange: Bool { low != best || high != best }
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
    }

    func items() throws -> [FrameItem] {
        try chart.validate()
        guard size.width > .zero, size.height > .zero, size.width.isFinite, size.height.isFinite else {
            throw ChartError.boxTooSmall(given: size, reason: "it has no area")
        }
        let style = chart.style
        let text = ChartText(shaper: shaper, style: style.labelTextStyle)
        let em = style.labelSize
        var top = Length.zero, bottom = size.height
        var frame: [FrameItem] = []

        if let title = chart.title?.collapsingWhitespace, !title.isEmpty {
            let titleText = ChartText(shaper: shaper, style: style.titleTextStyle)
            let (ascent, descent) = try titleText.metrics()
            let lines = try titleText.wrapped(title, width: size.width)
                ?? titleText.abbreviated(title, width: size.width)?.lines ?? []
            for (j, line) in lines.enumerated() {
                frame.append(.text(ChartText.item(line, startingAt: .zero,
                                                  baseline: top + ascent + titleText.leading * Double(j))))
            }
            if !lines.isEmpty { top += ascent + titleText.leading * Double(lines.count - 1) + descent + em * 0.8 }
        }

        if style.legendPosition != .hidden {
            var entries = chart.series.map {
                ChartLegend.Entry(name: $0.name, fill: $0.paint(in: style), outline: $0.outline(in: style))
            }
            if chart.bars.contains(where: { $0.values.contains(where: \.disputed) }) {
                entries.append(ChartMarks.disputedLegendEntry(style))
            }
            let legend = try ChartLegend.layout(entries, width: size.width, text: text)
            if style.legendPosition == .top {
                frame += legend.items.offsetBy(dx: .zero, dy: top)
                top += legend.height + em * 0.8
            } else {
                bottom -= legend.height
                frame += legend.items.offsetBy(dx: .zero, dy: bottom)
                bottom -= em * 0.8
            }
        }

        let (ascent, descent) = try text.metrics()
        let lineHeight = ascent + descent
        if let axisTitle = chart.axisTitle?.collapsingWhitespace, !axisTitle.isEmpty,
           let line = try text.oneLine(axisTitle, width: size.width)
            ?? text.truncated(axisTitle, width: size.width, minKept: 1)?.line {
            frame.append(.text(ChartText.item(line, startingAt: .zero, baseline: top + ascent)))
            top += lineHeight + em * 0.3
        }

        let stacks = chart.bars.map { bar in
            Stack(best: bar.values.map(\.best).reduce(0, +), low: bar.values.map(\.lowEstimate).reduce(0, +),
                  high: bar.values.map(\.highEstimate).reduce(0, +),
                  lowerBound: bar.values.contains { $0.isLowerBound && ($0.best > 0 || $0.highEstimate > 0) })
        }
        let geometry = try settle(top: top, bottom: bottom, stacks: stacks, text: text, lineHeight: lineHeight)
        return frame + draw(geometry, stacks: stacks, ascent: ascent, descent: descent)
    }

    /// Finds a plot area whose category labels fit under it. Labels, tick labels and the plot
    /// depend on one another, so this repeats until the reserved label height holds (in
    /// practice after one or two passes).
    private func settle(top: Length, bottom: Length, stacks: [Stack], text: ChartText,
                        lineHeight: Length) throws -> Geometry {
        let style = chart.style
        let em = style.labelSize
        let dataMax = stacks.map { max($0.best, $0.high) }.max() ?? 0
        let valueTexts = stacks.map { ChartMarks.valueText($0.best, lowerBound: $0.lowerBound) }
        var reserved = lineHeight
        var showValues = style.valueLabels
        var result: Geometry?
        for pass in 0..<4 {
            let valueBand = showValues ? lineHeight + em * 0.25 : .zero
            let plotTop = top + max(valueBand, lineHeight / 2)
            let labelGap = lineHeight / 2 + em * 0.3
            let plotBottom = bottom - reserved - labelGap
            let plotHeight = plotBottom - plotTop
            guard plotHeight >= lineHeight * 1.5 else {
                throw ChartError.boxTooSmall(given: size, reason: "the plot would be \(max(.zero, plotHeight)) tall")
            }
            // Ticks at least 1.8 lines apart, and no more than five intervals, as people count them.
            let room = plotHeight / (lineHeight * 1.8)
            let intervals = room.isFinite ? min(5, max(1, Int(min(room, 5)))) : 5
            let scale = NiceScale.forMaximum(dataMax, targetIntervals: intervals)
            let ticks = try scale.ticks.map { ($0, try text.line(ChartNumberFormat.string($0))) }
            let tickWidth = ticks.map(\.1.width).max() ?? .zero
            let plotLeft = tickWidth + em * 0.5
            let plotWidth = size.width - plotLeft
            let slot = plotWidth / Double(chart.bars.count)
            guard slot >= .pt(1) else {
                throw ChartError.boxTooSmall(given: size, reason:
                    "\(chart.bars.count) bars need a plot at least \(chart.bars.count) pt wide, not \(max(.zero, plotWidth))")
            }
            let centers = chart.bars.indices.map { plotLeft + slot * (Double($0) + 0.5) }
            var labels = try AxisLabelPlan.make(labels: chart.bars.map(\.label), centers: centers, slot: slot,
                                                minX: .zero, maxX: size.width, text: text)
            var valueLines: [ShapedLine]?
            if showValues {
                let lines = try valueTexts.map { try text.line($0) }
                if lines.allSatisfy({ $0.width <= slot - em * 0.2 }) { valueLines = lines }
            }
            let settled = labels.height <= reserved && (valueLines != nil) == showValues
            if !settled && pass < 3 {
                reserved = max(reserved, labels.height)
                showValues = valueLines != nil
                continue
            }
            if labels.height > reserved { labels = AxisLabelPlan(strategy: .none, labels: [], leading: text.leading,
                                                                  ascent: labels.ascent, descent: labels.descent) }
            result = Geometry(plot: Rect(x: plotLeft, y: plotTop, width: plotWidth, height: plotHeight),
                              scale: scale, ticks: ticks, slot: slot, centers: centers, labels: labels,
                              labelTop: plotBottom + labelGap, valueLines: valueLines)
            break
        }
        guard let result else { throw ChartError.boxTooSmall(given: size, reason: "the labels do not settle") }
        return result
    }

    /// Returns the plot's items: grid, bars, whiskers, baseline, then all text.
    private func draw(_ g: Geometry, stacks: [Stack], ascent: Length, descent: Length) -> [FrameItem] {
        let style = chart.style
        let em = style.labelSize
        let plot = g.plot
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

        let barWidth = min(g.slot * style.barWidthRatio, style.maxBarWidth)
        for (i, bar) in chart.bars.enumerated() {
            let x0 = g.centers[i] - barWidth / 2
            var base = 0.0
            var boundaries: [Length] = []
            for (value, series) in zip(bar.values, chart.series) where value.best > 0 {
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
            let stack = stacks[i]
            if stack.isRange {
                shapes.append(.shape(ChartMarks.whisker(x: g.centers[i], low: y(stack.low), high: y(stack.high),
                                                        barWidth: barWidth, style: style)))
            }
            if let line = g.valueLines?[i] {
                let anchor = min(y(stack.best), y(stack.high)) - em * 0.25
                texts.append(.text(ChartText.item(line, centeredAt: g.centers[i], baseline: anchor - descent)))
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
        return shapes + texts
    }
}
