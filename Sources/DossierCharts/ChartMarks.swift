// ChartMarks: the marks both bar charts draw the same way: bar segments, whiskers, value labels.

import DossierDisplay

/// Drawing helpers shared by the bar charts.
enum ChartMarks {
    /// Bars narrower than this get no print outline: on a bar a few points wide the outline
    /// would hide the fill it is meant to frame.
    static let thinBar = Length.pt(4)

    /// Returns a bar segment, dashed-outlined when its figure is disputed.
    static func segment(_ rect: Rect, series: ChartSeries, disputed: Bool, style: ChartStyle) -> Shape {
        var outline = rect.width < thinBar ? nil : series.outline(in: style)
        if disputed {
            outline = Stroke(color: style.textColor, width: style.whiskerWidth,
                             dash: [style.labelSize * 0.3, style.labelSize * 0.2])
        }
        return Shape(path: .rect(rect), fill: series.paint(in: style), stroke: outline)
    }

    /// Returns the legend entry explaining the dashed outline of disputed figures.
    static func disputedLegendEntry(_ style: ChartStyle) -> ChartLegend.Entry {
        ChartLegend.Entry(name: style.wording.text("chart.disputed"), fill: .color(.white),
                          outline: Stroke(color: style.textColor, width: style.whiskerWidth,
                                          dash: [style.labelSize * 0.3, style.labelSize * 0.2]))
    }

    /// Returns a whisker (a vertical line with caps) at `x` from `low` to `high` (page y values):
    /// a white halo, then the line itself, so it stays visible over the darkest fill.
    static func whisker(x: Length, low: Length, high: Length, barWidth: Length, style: ChartStyle) -> [Shape] {
        let half = min(barWidth * 0.5, style.labelSize * 0.75) / 2
        let path = Path([
            .move(Point(x: x, y: low)), .line(Point(x: x, y: high)),
            .move(Point(x: x - half, y: low)), .line(Point(x: x + half, y: low)),
            .move(Point(x: x - half, y: high)), .line(Point(x: x + half, y: high)),
        ])
        let width = min(style.whiskerWidth, barWidth * 0.3)
        return [Shape(path: path, stroke: Stroke(color: .white, width: width * 2.5)),
                Shape(path: path, stroke: Stroke(color: style.textColor, width: width))]
    }

    /// Returns a horizontal whisker at `y` from `low` to `high` (page x values), as `whisker`.
    static func horizontalWhisker(y: Length, low: Length, high: Length, barWidth: Length, style: ChartStyle) -> [Shape] {
        let half = min(barWidth * 0.5, style.labelSize * 0.75) / 2
        let path = Path([
            .move(Point(x: low, y: y)), .line(Point(x: high, y: y)),
            .move(Point(x: low, y: y - half)), .line(Point(x: low, y: y + half)),
            .move(Point(x: high, y: y - half)), .line(Point(x: high, y: y + half)),
        ])
        let width = min(style.whiskerWidth, barWidth * 0.3)
        return [Shape(path: path, stroke: Stroke(color: .white, width: width * 2.5)),
                Shape(path: path, stroke: Stroke(color: style.textColor, width: width))]
    }

    /// Returns a horizontal rule from `x0` to `x1` at `y`.
    static func rule(y: Length, from x0: Length, to x1: Length, color: Color, width: Length) -> Shape {
        Shape(path: .line(from: Point(x: x0, y: y), to: Point(x: x1, y: y)), stroke: Stroke(color: color, width: width))
    }

    /// Returns the label of a figure: "1,234", "≥350".
    static func valueText(_ value: Double, lowerBound: Bool, style: ChartStyle) -> String {
        (lowerBound ? style.lowerBoundMark : "") + ChartNumberFormat.string(value, style.wording.format)
    }

    /// The length of the arrow that marks an open-ended (lower-bound) bar, stem and head.
    static func arrowLength(_ style: ChartStyle) -> Length { style.labelSize * 0.8 }

    /// Returns the arrow that continues an open-ended bar past its end: a stem from `base` (the
    /// end of the bar) and an open head, pointing up (vertical bars) or right (horizontal ones),
    /// haloed like a whisker so it shows over any fill.
    static func openEnd(at base: Point, pointingRight: Bool = false, barWidth: Length, style: ChartStyle) -> [Shape] {
        let length = arrowLength(style)
        let head = max(.pt(1), min(barWidth * 0.45, style.labelSize * 0.35))
        func p(_ along: Length, _ across: Length) -> Point {
            pointingRight ? Point(x: base.x + along, y: base.y + across) : Point(x: base.x + across, y: base.y - along)
        }
        let path = Path([.move(p(.zero, .zero)), .line(p(length, .zero)),
                         .move(p(length - head, -head)), .line(p(length, .zero)), .line(p(length - head, head))])
        let width = min(style.whiskerWidth * 1.2, max(barWidth * 0.3, .pt(0.3)))
        return [Shape(path: path, stroke: Stroke(color: .white, width: width * 2.5)),
                Shape(path: path, stroke: Stroke(color: style.textColor, width: width))]
    }

    /// Returns the legend entries of a bar chart: one swatch per series, then the marks for
    /// disputed figures and lower bounds when any bar has one.
    static func legendEntries(series: [ChartSeries], values: [ChartValue], style: ChartStyle,
                              pointingRight: Bool = false) -> [ChartLegend.Entry] {
        var entries = series.map {
            ChartLegend.Entry(name: $0.name, fill: $0.paint(in: style), outline: $0.outline(in: style))
        }
        if values.contains(where: { $0.disputed && $0.best > 0 }) { entries.append(disputedLegendEntry(style)) }
        if values.contains(where: { $0.isLowerBound && $0.best > 0 }) {
            entries.append(ChartLegend.Entry(name: style.wording.text("chart.lower_bound"), fill: nil, outline: nil) { box in
                // The arrow's halo reaches past its ink; keep all of it inside the swatch's box.
                let halo = min(style.whiskerWidth * 1.2, box.width * 0.3) * 1.25
                let inner = Rect(x: box.minX + halo, y: box.minY + halo, width: box.width - halo * 2,
                                 height: box.height - halo * 2)
                let base = pointingRight ? Point(x: inner.minX, y: inner.minY + inner.height / 2)
                    : Point(x: inner.minX + inner.width / 2, y: inner.maxY)
                var arrowStyle = style
                arrowStyle.labelSize = inner.height / 0.8
                return openEnd(at: base, pointingRight: pointingRight, barWidth: box.width, style: arrowStyle)
            })
        }
        return entries
    }
}
