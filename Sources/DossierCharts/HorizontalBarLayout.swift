// HorizontalBarLayout: places a horizontal bar chart's labels, rows, value axis and legend in its box.

import DossierDisplay

/// One drawing of a horizontal `BarChart` into a box: a column of labels, a row per bar, the
/// value axis at the bottom.
struct HorizontalBarLayout {
    let content: BarChartContent
    let size: Size
    let shaper: any TextShaper

    /// A label in the left column: its lines, for the row it names.
    private struct RowLabel {
        var row: Int
        var lines: [ShapedLine]
    }

    func items() throws -> [FrameItem] {
        let (frame, text) = try content.frame(in: size, shaper: shaper, legendPointingRight: true)
        let style = content.style
        let em = style.labelSize
        let bars = content.bars
        let sums = bars.map { ChartAggregation.sum($0.values) }
        let lowerBounds = sums.map(\.isLowerBound)

        // The rows fill the band above the tick labels.
        let tickBand = text.lineHeight + em * 0.4
        let plotTop = frame.top
        let plotBottom = frame.bottom - tickBand
        let pitch = (plotBottom - plotTop) / Double(bars.count)
        guard pitch >= .pt(1), plotBottom - plotTop >= text.lineHeight else {
            throw ChartError.boxTooSmall(given: size, reason:
                "\(bars.count) rows need at least \(bars.count) pt of height, not \(max(.zero, plotBottom - plotTop))")
        }
        let labels = try fitLabels(text: text, pitch: pitch, maxWidth: size.width * 0.38)
        let labelWidth = labels.flatMap { $0.lines.map(\.width) }.max() ?? .zero
        let plotLeft = labelWidth + em * 0.5

        // Value labels sit past the ends of the bars, so the plot stops short of the box.
        let showValues = style.valueLabels && pitch >= text.lineHeight * 0.95
        let valueLines = showValues
            ? try zip(sums, lowerBounds).map { try text.line(ChartMarks.valueText($0.0.best, lowerBound: $0.1, style: style)) }
            : nil
        let arrowRoom = lowerBounds.contains(true) ? ChartMarks.arrowLength(style) : .zero
        let valueRoom = (valueLines?.map(\.width).max()).map { $0 + em * 0.4 } ?? .zero
        let dataMax = sums.map { max($0.best, $0.highEstimate) }.max() ?? 0
        var scale = NiceScale.forMaximum(dataMax, targetIntervals: 1)
        var ticks: [(value: Double, line: ShapedLine)] = []
        var plotRight = size.width
        for intervals in stride(from: 5, through: 1, by: -1) {
            let candidate = NiceScale.forMaximum(dataMax, targetIntervals: intervals)
            let lines = try candidate.ticks.map { ($0, try text.line(ChartNumberFormat.string($0, style.wording.format))) }
            let lastHalf = (lines.last?.1.width ?? .zero) / 2
            let right = size.width - max(arrowRoom + valueRoom, lastHalf)
            let width = right - plotLeft
            guard width > em * 2 else { continue }
            let spacing = width / Double(candidate.intervals)
            let widest = lines.map(\.1.width).max() ?? .zero
            scale = candidate; ticks = lines; plotRight = right
            if spacing >= widest + em * 0.8 { break }
        }
        guard plotRight - plotLeft > em * 2, !ticks.isEmpty else {
            throw ChartError.boxTooSmall(given: size, reason: "the labels leave no room for the bars")
        }
        let plot = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
        func x(_ v: Double) -> Length { plot.minX + plot.width * (v / scale.max) }
        func rowCenter(_ i: Int) -> Length { plot.minY + pitch * (Double(i) + 0.5) }

        var shapes: [FrameItem] = []
        var texts: [FrameItem] = []
        for (value, line) in ticks {
            if value > 0 {
                shapes.append(.shape(Shape(path: .line(from: Point(x: x(value), y: plot.minY), to: Point(x: x(value), y: plot.maxY)),
                                           stroke: Stroke(color: style.gridColor, width: style.gridLineWidth))))
            }
            texts.append(.text(ChartText.item(line, centeredAt: x(value), baseline: plot.maxY + em * 0.4 + text.ascent)))
        }

        let thickness = min(pitch * style.barWidthRatio, style.maxBarWidth)
        for (i, bar) in bars.enumerated() {
            let y0 = rowCenter(i) - thickness / 2
            var base = 0.0
            var boundaries: [Length] = []
            for (value, series) in zip(bar.values, content.series) where value.best > 0 {
                let rect = Rect(x: x(base), y: y0, width: x(base + value.best) - x(base), height: thickness)
                var segment = ChartMarks.segment(rect, series: series, disputed: value.disputed, style: style)
                if rect.height < ChartMarks.thinBar && !value.disputed { segment.stroke = nil }
                shapes.append(.shape(segment))
                if base > 0 { boundaries.append(x(base)) }
                base += value.best
            }
            if style.mode == .color && thickness >= .pt(3) {
                for b in boundaries {
                    shapes.append(.shape(Shape(path: .line(from: Point(x: b, y: y0), to: Point(x: b, y: y0 + thickness)),
                                               stroke: Stroke(color: .white, width: .pt(0.5)))))
                }
            }
            let sum = sums[i]
            if sum.isRange {
                shapes += ChartMarks.horizontalWhisker(y: rowCenter(i), low: x(sum.lowEstimate), high: x(sum.highEstimate),
                                                       barWidth: thickness, style: style).map(FrameItem.shape)
            }
            var end = x(max(sum.best, sum.highEstimate))
            if sum.isLowerBound {
                // The arrow goes on from the end of the bar, or of its whisker, so the two do not cross.
                shapes += ChartMarks.openEnd(at: Point(x: end, y: rowCenter(i)), pointingRight: true,
                                             barWidth: thickness, style: style).map(FrameItem.shape)
                end = end + ChartMarks.arrowLength(style)
            }
            if let line = valueLines?[i] {
                texts.append(.text(ChartText.item(line, startingAt: end + em * 0.4,
                                                  baseline: rowCenter(i) + (text.ascent - text.descent) / 2)))
            }
        }
        shapes.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: plot.minY), to: Point(x: plot.minX, y: plot.maxY)),
                                   stroke: Stroke(color: style.axisColor, width: style.axisLineWidth))))

        let skipped = labels.count < bars.count
        for label in labels {
            let block = text.ascent + text.leading * Double(label.lines.count - 1) + text.descent
            let top = rowCenter(label.row) - block / 2
            for (j, line) in label.lines.enumerated() {
                texts.append(.text(ChartText.item(line, endingAt: plot.minX - em * 0.5,
                                                  baseline: top + text.ascent + text.leading * Double(j))))
            }
            if skipped {
                // With only some rows labelled, a tick shows which row each label belongs to.
                shapes.append(.shape(ChartMarks.rule(y: rowCenter(label.row), from: plot.minX - em * 0.3, to: plot.minX,
                                                     color: style.axisColor, width: style.axisLineWidth)))
            }
        }
        return frame.items + shapes + texts
    }

    /// Sets the labels of the rows: "2013 (12 events)" on one line where it fits, else label
    /// and count on two lines, else the label alone (wrapped, then cut short with "…"). Rows
    /// too thin for a line are labelled every k-th.
    private func fitLabels(text: ChartText, pitch: Length, maxWidth: Length) throws -> [RowLabel] {
        let em = content.style.labelSize
        let gap = em * 0.2
        let bars = content.bars
        let every = pitch >= text.lineHeight + gap ? 1 : Int(((text.lineHeight + gap) / pitch).rounded(.up))
        let twoLines = every == 1 && pitch >= text.leading + text.lineHeight + gap
        var out: [RowLabel] = []
        for i in stride(from: 0, to: bars.count, by: every) {
            let label = bars[i].label.collapsingWhitespace
            let detail = bars[i].eventCount.map { ChartAggregation.countText($0, content.style.wording) }
            var lines: [ShapedLine]?
            if let detail {
                lines = try text.oneLine("\(label) (\(detail))", width: maxWidth).map { [$0] }
                if lines == nil, twoLines, let a = try text.oneLine(label, width: maxWidth),
                   let b = try text.oneLine(detail, width: maxWidth) {
                    lines = [a, b]
                }
            }
            if lines == nil, !label.isEmpty {
                lines = try text.oneLine(label, width: maxWidth).map { [$0] }
                    ?? (twoLines ? try text.wrapped(label, width: maxWidth) : nil)
                    ?? (twoLines ? try text.abbreviated(label, width: maxWidth)?.lines
                        : try text.truncated(label, width: maxWidth, minKept: 1).map { [$0.line] })
            }
            if let lines, !lines.isEmpty { out.append(RowLabel(row: i, lines: lines)) }
        }
        return out
    }
}
