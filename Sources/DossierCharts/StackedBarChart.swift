// StackedBarChart: vertical bars, one per event (or period), each stacked from its series' values.

import DossierDisplay

/// A vertical stacked bar chart: one bar per event, series stacked bottom to top in order, a
/// value axis from zero with round ticks, a legend, and labels that never overlap.
public struct StackedBarChart: Chart, Hashable {
    /// The bars, left to right.
    public var bars: [ChartBar]
    /// The series, bottom of the stack first.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String
    /// A label above the value axis: "People".
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
                        kindName: "Stacked bar chart")
    }

    /// Returns the chart's text alternative: every bar's figures for up to 10 bars, totals and
    /// the largest bar beyond that.
    public var altText: String { content.altText }

    /// The data as rows of text, the header first.
    public var dataTable: [[String]] { content.dataTable }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        try VerticalBarLayout(content: content, grouped: false, size: size, shaper: shaper).items()
    }
}
