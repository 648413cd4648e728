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
        ChartLegend.Entry(name: "Disputed figure", fill: .color(.white),
                          outline: Stroke(color: style.textColor, width: style.whiskerWidth,
                                          dash: [style.labelSize * 0.3, style.labelSize * 0.2]))
    }

    /// Returns a whisker (a vertical line with caps) at `x` from `low` to `high` (page y values).
    static func whisker(x: Length, low: Length, high: Length, barWidth: Length, style: ChartStyle) -> Shape {
        let half = min(barWidth * 0.5, style.labelSize * 0.75) / 2
        return Shape(path: Path([
            .move(Point(x: x, y: low)), .line(Point(x: x, y: high)),
            .move(Point(x: x - half, y: low)), .line(Point(x: x + half, y: low)),
            .move(Point(x: x - half, y: high)), .line(Point(x: x + half, y: high)),
        ]), stroke: Stroke(color: style.textColor, width: min(style.whiskerWidth, barWidth * 0.3)))
    }

    /// Returns a horizontal rule from `x0` to `x1` at `y`.
    static func rule(y: Length, from x0: Length, to x1: Length, color: Color, width: Length) -> Shape {
        Shape(path: .line(from: Point(x: x0, y: y), to: Point(x: x1, y: y)), stroke: Stroke(color: color, width: width))
    }

    /// Returns the label of a figure: "1,234", "≥350".
    static func valueText(_ value: Double, lowerBound: Bool) -> String {
        (lowerBound ? "≥" : "") + ChartNumberFormat.string(value)
    }
}
