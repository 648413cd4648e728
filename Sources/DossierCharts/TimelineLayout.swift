// TimelineLayout: places a timeline's legend, date axis, circles, stems and labels in its box.

import DossierDisplay

/// One drawing of a `TimelineChart` into a box: picks the date ticks, sizes the circles and
/// places each label where it collides with nothing, largest events first.
struct TimelineLayout {
    let chart: TimelineChart
    let size: Size
    let shaper: any TextShaper

    func items() throws -> [FrameItem] {
        let events = chart.sortedEvents
        try validate(events)
        let style = chart.style
        let em = style.labelSize
        let text = try ChartText(shaper: shaper, style: style.labelTextStyle)
        let totals = events.map { ChartAggregation.sum($0.values) }
        let (fill, ink) = paints(style)

        let names = chart.series.map { ChartAltText.word($0.name) }
        let circleEntry = ChartLegend.Entry(name: style.wording.text("chart.circle_area", ["categories": style.wording.list(names)]), fill: nil, outline: nil) { box in
            [Shape(path: .circle(center: Point(x: box.minX + box.width / 2, y: box.minY + box.height / 2),
                                 radius: box.width / 2 - style.outlineWidth / 2),
                   fill: .color(fill), stroke: Stroke(color: ink, width: style.outlineWidth))]
        }
        var legend = [circleEntry]
        if totals.contains(where: { $0.disputed }) {
            legend.append(ChartLegend.Entry(name: style.wording.text("chart.disputed"), fill: nil, outline: nil) { box in
                [Shape(path: .circle(center: Point(x: box.minX + box.width / 2, y: box.minY + box.height / 2),
                                     radius: box.width / 2 - style.whiskerWidth / 2),
                       fill: .color(.white), stroke: Self.disputedStroke(style))]
            })
        }
        let frame = try ChartFrame.layout(title: chart.title, legend: legend, axisTitle: nil, style: style,
                                          size: size, shaper: shaper, text: text)

        let tickMark = em * 0.3
        let axisY = frame.bottom - text.lineHeight - tickMark - em * 0.2
        let band = axisY - frame.top
        guard band >= text.lineHeight * 3 else {
            throw ChartError.boxTooSmall(given: size, reason: "the timeline would be \(max(.zero, band)) tall")
        }
        // Circles take up to about 60 % of the height, the rest is for their labels.
        let roomiest = min(band * 0.3, size.width / 12)
        let first = events[0].start, last = events.map(\.end).max()!
        var chosen: (scale: DateScale, lines: [ShapedLine], inset: Length)?
        for scale in DateScale.candidates(from: first, to: last) {
            let lines = try scale.ticks.indices.map { try text.line(scale.label(at: $0, style.wording.format)) }
            let widest = lines.map(\.width).max() ?? .zero
            let inset = max(roomiest + style.outlineWidth, widest / 2)
            let spacing = (size.width - inset * 2) / Double(max(1, scale.ticks.count - 1))
            chosen = (scale, lines, inset)
            if spacing >= widest + em * 0.8 { break }
        }
        guard let (scale, tickLines, inset) = chosen, size.width - inset * 2 > em * 2 else {
            throw ChartError.boxTooSmall(given: size, reason: "the date axis leaves no room for the events")
        }
        let axisLeft = inset, axisRight = size.width - inset
        func x(_ dayNumber: Double) -> Length { axisLeft + (axisRight - axisLeft) * scale.fraction(dayNumber) }
        // Small circles float a third of the way up on their stems, leaving the labels room
        // above them without a gap of empty paper.
        // With many events the largest circle is no wider than the usual distance between
        // neighbours, so that circles overlap only where events crowd together.
        let xs = events.map { x($0.middleDayNumber) }
        let gaps = zip(xs, xs.dropFirst()).map { $1 - $0 }.filter { $0 > .pt(0.01) }.sorted()
        let maxRadius = gaps.isEmpty ? roomiest : min(roomiest, max(em * 0.5, gaps[gaps.count / 2] * 0.5))
        let laneY = axisY - max(em * 0.6 + maxRadius, band * 0.3)
        let largest = totals.map(\.best).max() ?? 0
        let marks = zip(events, totals).map { event, total -> TimelineMark in
            // Area, not radius, is proportional to the total; the smallest keep a visible dot.
            let r = largest > 0 && total.best > 0 ? max(.pt(0.75), maxRadius * (total.best / largest).squareRoot()) : .zero
            return TimelineMark(event: event, total: total, x: x(event.middleDayNumber), radius: r, disputed: total.disputed)
        }

        var shapes: [FrameItem] = []
        var texts: [FrameItem] = []
        shapes.append(.shape(ChartMarks.rule(y: axisY, from: axisLeft, to: axisRight, color: style.axisColor,
                                             width: style.axisLineWidth)))
        for (i, tick) in scale.ticks.enumerated() {
            let tx = x(Double(tick.dayNumber))
            shapes.append(.shape(Shape(path: .line(from: Point(x: tx, y: axisY), to: Point(x: tx, y: axisY + tickMark)),
                                       stroke: Stroke(color: style.axisColor, width: style.axisLineWidth))))
            texts.append(.text(ChartText.item(tickLines[i], centeredAt: tx,
                                              baseline: axisY + tickMark + em * 0.2 + text.ascent)))
        }
        for m in marks {
            shapes.append(.shape(Shape(path: .line(from: Point(x: m.x, y: laneY + m.radius), to: Point(x: m.x, y: axisY)),
                                       stroke: Stroke(color: style.axisColor, width: style.gridLineWidth))))
        }
        // The largest first, so that smaller circles are drawn over them and stay visible.
        for m in marks.sorted(by: { $0.radius > $1.radius }) {
            let center = Point(x: m.x, y: laneY)
            if m.radius > .zero {
                shapes.append(.shape(Shape(path: .circle(center: center, radius: m.radius), fill: .color(fill),
                                           stroke: m.disputed ? Self.disputedStroke(style)
                                               : Stroke(color: ink, width: min(style.outlineWidth * 1.5, m.radius)))))
            } else {
                shapes.append(.shape(Shape(path: .circle(center: center, radius: em * 0.2),
                                           stroke: Stroke(color: style.axisColor, width: style.gridLineWidth))))
            }
        }
        let (leaders, labels) = try placeLabels(marks, laneY: laneY, top: frame.top, text: text)
        shapes += leaders.map(FrameItem.shape)
        texts += labels.map(FrameItem.text)
        return frame.items + shapes + texts
    }

    /// Places each event's label (its name over its total) above its circle, or higher up with a
    /// leader line, largest events first; a label that fits nowhere is left out (the alt text
    /// and the data table still carry it).
    private func placeLabels(_ marks: [TimelineMark], laneY: Length, top: Length, text: ChartText) throws
        -> (leaders: [Shape], labels: [TextItem]) {
        let style = chart.style
        let em = style.labelSize
        let gap = em * 0.35
        let circles = marks.map { m in
            Rect(x: m.x - m.radius, y: laneY - m.radius, width: m.radius * 2, height: m.radius * 2)
        }
        var boxes: [Rect] = []
        var stems: [Rect] = []
        var leaders: [Shape] = []
        var labels: [TextItem] = []
        let order = marks.indices.sorted { (marks[$0].total.best, -$0) > (marks[$1].total.best, -$1) }
        for i in order {
            let m = marks[i]
            var figure = ChartMarks.valueText(m.total.best, lowerBound: m.total.isLowerBound, style: style)
            if let n = m.event.eventCount {
                figure = style.wording.text("chart.figure_in", ["figure": figure, "events": ChartAggregation.countText(n, style.wording)])
            }
            let maxWidth = size.width * 0.45
            guard let name = try text.oneLine(m.event.label.collapsingWhitespace, width: maxWidth)
                    ?? text.truncated(m.event.label.collapsingWhitespace, width: maxWidth, minKept: 3)?.line,
                  let value = try text.oneLine(figure, width: size.width) else { continue }
            let width = max(name.width, value.width)
            let height = text.ascent + text.leading + text.descent
            let left = min(max(m.x - width / 2, .zero), size.width - width)
            let circleTop = laneY - m.radius
            var level = 0
            while true {
                let bottom = circleTop - gap - (height + gap) * Double(level)
                guard bottom - height >= top else { break }
                let box = Rect(x: left, y: bottom - height, width: width, height: height)
                let padded = Rect(x: box.minX - em * 0.2, y: box.minY - em * 0.1, width: box.width + em * 0.4,
                                  height: box.height + em * 0.2)
                let stem = level == 0 ? nil : Rect(x: m.x - .pt(0.3), y: bottom, width: .pt(0.6), height: circleTop - bottom)
                let clear = !(boxes + stems + circles).contains { $0.intersects(padded) }
                    && !(stem.map { s in boxes.contains { $0.intersects(s) } } ?? false)
                if clear {
                    boxes.append(box)
                    if let stem {
                        stems.append(stem)
                        leaders.append(Shape(path: .line(from: Point(x: m.x, y: bottom + em * 0.1), to: Point(x: m.x, y: circleTop)),
                                             stroke: Stroke(color: style.axisColor, width: style.gridLineWidth)))
                    }
                    let center = box.minX + width / 2
                    labels.append(ChartText.item(name, centeredAt: center, baseline: box.minY + text.ascent))
                    labels.append(ChartText.item(value, centeredAt: center, baseline: box.minY + text.ascent + text.leading))
                    break
                }
                level += 1
            }
        }
        return (leaders, labels)
    }

    /// The circles' fill and outline: Okabe–Ito blue, see-through, in colour; grey and black in print.
    private func paints(_ style: ChartStyle) -> (fill: Color, ink: Color) {
        switch style.mode {
        case .color:
            var fill = Palette.blue
            fill.alpha = 0.3
            return (fill, Palette.blue)
        case .print:
            return (Color(red: 0.5, green: 0.5, blue: 0.5, alpha: 0.25), .black)
        }
    }

    static func disputedStroke(_ style: ChartStyle) -> Stroke {
        Stroke(color: style.textColor, width: style.whiskerWidth, dash: [style.labelSize * 0.3, style.labelSize * 0.2])
    }

    /// "killed, injured and abducted".
    static func list(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words.last!
    }

    /// Throws unless every event can be drawn.
    private func validate(_ events: [ChartEvent]) throws {
        guard !events.isEmpty else { throw ChartError.noEvents }
        guard !chart.series.isEmpty else { throw ChartError.noSeries }
        try chart.style.validate()
        for e in events {
            try e.validate()
            guard e.values.count == chart.series.count else {
                throw ChartError.valueCountMismatch(bar: e.label, expected: chart.series.count, found: e.values.count)
            }
            for (value, s) in zip(e.values, chart.series) { try value.validate(bar: e.label, series: s.name) }
        }
        try ChartError.checkArea(of: size)
    }
}

/// One event on a timeline's axis: where, how large, and its total.
private struct TimelineMark {
    var event: ChartEvent
    var total: ChartValue
    var x: Length
    var radius: Length
    var disputed: Bool
}
