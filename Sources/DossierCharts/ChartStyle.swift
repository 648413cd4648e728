// ChartStyle: the type, colours, line weights and options shared by every chart of a document.

import DossierDisplay
import DossierLocale

/// How charts look: fonts, colours, line weights and what is labelled.
public struct ChartStyle: Hashable, Sendable {
    /// The font family of every label, by name (one of the bundled families).
    public var fontFamily: String
    /// The size of tick labels, category labels, value labels and the legend.
    public var labelSize: Length
    /// The size of the chart's title (set in bold).
    public var titleSize: Length
    /// The colour of all text and of whiskers.
    public var textColor: Color
    /// The colour of the zero baseline and tick marks.
    public var axisColor: Color
    /// The colour of the horizontal grid lines.
    public var gridColor: Color
    /// Colour fills, or grey levels with hatches for black-and-white copies.
    public var mode: ChartColorMode
    /// Whether each bar carries its value (the stack's total) above it.
    public var valueLabels: Bool
    /// Where the legend goes.
    public var legendPosition: ChartLegendPosition
    /// The width of a bar as a fraction of the space each bar is given.
    public var barWidthRatio: Double
    /// The widest a bar may be, so that one or two bars do not become slabs.
    public var maxBarWidth: Length
    /// The weight of the zero baseline.
    public var axisLineWidth: Length
    /// The weight of grid lines.
    public var gridLineWidth: Length
    /// The weight of bar outlines in print mode.
    public var outlineWidth: Length
    /// The weight of range whiskers.
    public var whiskerWidth: Length
    /// The distance between hatch lines in print mode.
    public var hatchSpacing: Length
    /// The mark before a value label that is a lower bound ("≥350"); the font must have it.
    public var lowerBoundMark: String
    /// The words and number forms of the chart's language (legends, axis months, value labels).
    public var wording: Wording = .english

    public init(fontFamily: String = "Noto Sans", labelSize: Length = .pt(8), titleSize: Length = .pt(10),
                textColor: Color = Color(grey: 0.1), axisColor: Color = Color(grey: 0.2),
                gridColor: Color = Color(grey: 0.85), mode: ChartColorMode = .color, valueLabels: Bool = true,
                legendPosition: ChartLegendPosition = .top, barWidthRatio: Double = 0.62,
                maxBarWidth: Length = .pt(36), axisLineWidth: Length = .pt(0.5),
                gridLineWidth: Length = .pt(0.4), outlineWidth: Length = .pt(0.4),
                whiskerWidth: Length = .pt(0.6), hatchSpacing: Length = .pt(2.5), lowerBoundMark: String = "≥") {
        self.fontFamily = fontFamily; self.labelSize = labelSize; self.titleSize = titleSize
        self.textColor = textColor; self.axisColor = axisColor; self.gridColor = gridColor
        self.mode = mode; self.valueLabels = valueLabels; self.legendPosition = legendPosition
        self.barWidthRatio = barWidthRatio; self.maxBarWidth = maxBarWidth
        self.axisLineWidth = axisLineWidth; self.gridLineWidth = gridLineWidth
        self.outlineWidth = outlineWidth; self.whiskerWidth = whiskerWidth; self.hatchSpacing = hatchSpacing
        self.lowerBoundMark = lowerBoundMark
    }

    /// Returns the house style: 8 pt labels, 10 pt bold title, thin grey grid, colour fills.
    public static func standard(fontFamily: String = "Noto Sans") -> ChartStyle {
        ChartStyle(fontFamily: fontFamily)
    }

    /// Returns the style for small per-event charts (about 7 × 3 cm): 7 pt labels, no legend.
    public static func compact(fontFamily: String = "Noto Sans") -> ChartStyle {
        ChartStyle(fontFamily: fontFamily, labelSize: .pt(7), titleSize: .pt(8), legendPosition: .hidden,
                   maxBarWidth: .pt(30))
    }

    /// Throws unless every size and weight is one a chart can be drawn with.
    func validate() throws {
        func check(_ name: String, _ value: Length, positive: Bool = true) throws {
            let ok = value.isFinite && (positive ? value > .zero : value >= .zero) && value <= .pt(1000)
            if !ok { throw ChartError.invalidStyle("\(name) is \(value); it must be \(positive ? "above" : "at least") 0 pt and at most 1,000 pt") }
        }
        try check("the label size", labelSize)
        try check("the title size", titleSize)
        try check("the largest bar width", maxBarWidth)
        try check("the hatch spacing", hatchSpacing)
        try check("the axis line width", axisLineWidth, positive: false)
        try check("the grid line width", gridLineWidth, positive: false)
        try check("the outline width", outlineWidth, positive: false)
        try check("the whisker width", whiskerWidth, positive: false)
        guard barWidthRatio.isFinite, barWidthRatio > 0, barWidthRatio <= 1 else {
            throw ChartError.invalidStyle("the bar width ratio is \(barWidthRatio); it must be above 0 and at most 1")
        }
    }

    /// The style of tick, category, value and legend labels.
    var labelTextStyle: TextStyle { TextStyle(family: fontFamily, size: labelSize, color: textColor) }
    /// The style of the title.
    var titleTextStyle: TextStyle { TextStyle(family: fontFamily, size: titleSize, bold: true, color: textColor) }
}
