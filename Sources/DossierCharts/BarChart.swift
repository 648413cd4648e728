// BarChart: bars of casualties per event (or period), stacked, grouped or laid horizontally.

import DossierDisplay

/// A bar chart: one bar (or group of bars) per event, a value axis from zero with round ticks, a
/// legend, and labels that never overlap. Its arrangement decides how the series stand.
public struct BarChart: Chart, Hashable {
    /// How a bar chart sets its series.
    public enum Arrangement: Hashable, Sendable {
        /// Vertical bars, one per event, the series stacked bottom to top.
        case stacked
        /// Vertical bars, one group per event, the series side by side from a common baseline.
        case grouped
        /// Rows top to bottom, labels level in a column on the left, series stacked left to right:
        /// long labels stay whole and readable.
        case horizontal

        /// The string naming the chart in its alt text: "Stacked bar chart".
        var name: String {
            switch self {
            case .stacked: "alt.kind.stacked"
            case .grouped: "alt.kind.grouped"
            case .horizontal: "alt.kind.horizontal"
            }
        }
    }

    /// How the series stand.
    public var arrangement: Arrangement
    /// The bars, left to right (top to bottom when horizontal).
    public var bars: [ChartBar]
    /// The series, first at the base of a stack or the left of a group.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String?
    /// A label above the value axis: "People".
    public var axisTitle: String?
    /// The span the bars cover, for the alt text: "2009–2013".
    public var period: String?
    /// What one bar stands for, for the alt text ("event"; an "s" makes the plural).
    public var barNoun: String
    /// The word before a bar's label in the alt text: "on 1 September 2013", "in 2013".
    public var labelPreposition: String
    /// What one bar covers: an event, or a period the events are summed over.
    public var barPeriod: ChartAggregation.Period = .event
    /// Where the figures come from, for the caption or the foot of an exported chart.
    public var sourceNote: String?

    public init(_ arrangement: Arrangement, bars: [ChartBar], series: [ChartSeries], style: ChartStyle,
                title: String? = nil, subject: String? = nil) {
        self.arrangement = arrangement; self.bars = bars; self.series = series; self.style = style
        self.title = title; self.subject = subject; self.axisTitle = nil; self.period = nil
        self.barNoun = "event"; self.labelPreposition = "on"
    }

    /// Creates the chart of an aggregation: its bars, with the nouns and span its alt text needs.
    public init(_ arrangement: Arrangement, _ aggregation: ChartAggregation, series: [ChartSeries], style: ChartStyle,
                title: String? = nil, subject: String? = nil) {
        self.init(arrangement, bars: aggregation.bars, series: series, style: style, title: title, subject: subject)
        period = aggregation.span
        barNoun = aggregation.period.noun
        barPeriod = aggregation.period
        labelPreposition = aggregation.period.preposition
    }

    var content: BarChartContent {
        BarChartContent(bars: bars, series: series, style: style, title: title, subject: subject, axisTitle: axisTitle,
                        period: period, barNoun: barNoun, barPeriod: barPeriod, labelPreposition: labelPreposition,
                        kindName: arrangement.name)
    }

    /// Returns the chart's text alternative: every bar's figures for up to 10 bars, totals and
    /// the largest bar beyond that.
    public var altText: String { content.altText }

    /// The data as rows of text, the header first.
    public var dataTable: [[String]] { content.dataTable }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        switch arrangement {
        case .stacked: try VerticalBarLayout(content: content, grouped: false, size: size, shaper: shaper).items()
        case .grouped: try VerticalBarLayout(content: content, grouped: true, size: size, shaper: shaper).items()
        case .horizontal: try HorizontalBarLayout(content: content, size: size, shaper: shaper).items()
        }
    }
}
