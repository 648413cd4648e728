// GroupedBarChart: vertical bars, one group per event (or period), the series side by side.

import DossierDisplay

/// A vertical grouped bar chart: one group per event with a bar per series, so that the
/// categories can be compared across events from a common baseline.
public struct GroupedBarChart: Chart, Hashable {
    /// The groups, left to right.
    public var bars: [ChartBar]
    /// The series, left to right within a group.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String
    /// A label above the value axis: "People".
    public var axisTitle: String?
    /// The span the groups cover, for the alt text: "2009–2013".
    public var period: String?
    /// What one group stands for, for the alt text ("event"; an "s" makes the plural).
    public var barNoun: String
    /// The word before a group's label in the alt text: "on 1 September 2013", "in 2013".
    public var labelPreposition: String
    /// Where the figures come from, for the caption or the foot of an exported chart.
    public var sourceNote: String?

    public init(bars: [ChartBar], series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String = "casualties") {
        self.bars = bars; self.series = series; self.style = style; self.title = title
        self.subject = subject; self.axisTitle = nil; self.period = nil
        self.barNoun = "event"; self.labelPreposition = "on"
    }

    /// Creates the chart of an aggregation: its groups, with the nouns and span its alt text needs.
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
                        kindName: "Grouped bar chart")
    }

    /// Returns the chart's text alternative, as for a stacked chart.
    public var altText: String { content.altText }

    /// The data as rows of text, the header first.
    public var dataTable: [[String]] { content.dataTable }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        try VerticalBarLayout(content: content, grouped: true, size: size, shaper: shaper).items()
    }
}
