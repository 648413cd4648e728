// HorizontalBarChart: one row per event (or period), its series stacked left to right, for long labels.

import DossierDisplay

/// A horizontal stacked bar chart: rows top to bottom in order, labels level in a column on
/// the left, a value axis from zero along the bottom. Long labels stay whole and readable.
public struct HorizontalBarChart: Chart, Hashable {
    /// The bars, top to bottom.
    public var bars: [ChartBar]
    /// The series, left of the stack first.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String
    /// A label above the chart: "People".
    public var axisTitle: String?
    /// The span the bars cover, for the alt text: "2009–2013".
    public var period: String?
    /// What one bar stands for, for the alt text ("event"; an "s" makes the plural).
    public var barNoun: String
    /// The word before a bar's label in the alt text: "on 1 September 2013", "in 2013".
    public var labelPreposition: String
    /// Where the figures come from, for the caption or the foot of an exported chart.
    public var sourceNote: String?

    public init(bars: [ChartBar], series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String = "casualties") {
        self.bars = bars; self.series = series; self.style = style; self.title = title
        self.subject = subject; self.axisTitle = nil; self.period = nil
        self.barNoun = "event"; self.labelPreposition = "on"
    }

    /// Creates the chart of an aggregation: its bars, with the nouns and span its alt text needs.
    public init(_ aggregation: ChartAggregation, series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String = "casualties") {
        self.init(bars: aggregation.bars, series: series, style: style, title: title, subject: subject)
        period = aggregation.span
        barNoun = aggregation.period.noun
        labelPreposition = aggregation.period.preposition
    }

    var content: BarChartContent {
        BarChartContent(bars: bars, series: series, style: style, title: title, subject: subject, axisTitle: axisTitle,
                        period: period, barNoun: barNoun, labelPreposition: labelPreposition,
                        kindName: "Horizontal stacked bar chart")
    }

    /// Returns the chart's text alternative, as for a vertical chart.
    public var altText: String { content.altText }

    /// The data as rows of text, the header first.
    public var dataTable: [[String]] { content.dataTable }

    /// Returns the height at which `bars` rows each get about two lines' height: the legend,
    /// the axis and (if `titled`) a title line included.
    public static func naturalHeight(bars: Int, style: ChartStyle, titled: Bool = false) -> Length {
        let em = style.labelSize
        var height = em * 2.1 * Double(max(1, bars)) + em * 5
        if titled { height += style.titleSize * 1.4 + em * 0.8 }
        return height
    }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        try HorizontalBarLayout(content: content, size: size, shaper: shaper).items()
    }
}
