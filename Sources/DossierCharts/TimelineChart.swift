// TimelineChart: events on a date axis, each a circle whose area is proportional to its total.

import DossierDisplay

/// A timeline: each event a circle over its date, its area proportional to the event's total
/// (all series added up), joined to the axis by a stem; the largest events labelled with
/// their date and total where the labels do not collide.
public struct TimelineChart: Chart, Hashable {
    /// The events (or periods), in any order.
    public var events: [ChartEvent]
    /// The series whose values add up to each circle's total; their names fill the legend.
    public var series: [ChartSeries]
    /// How the chart looks.
    public var style: ChartStyle
    /// A title drawn at the top left, if any.
    public var title: String?
    /// What the values count, for the alt text: "casualties".
    public var subject: String?
    /// The span the events cover, for the alt text: "2009–2013".
    public var period: String?
    /// What one circle stands for, for the alt text ("event"; an "s" makes the plural).
    /// What one circle covers: an event, or a period the events are summed over.
    public var eventPeriod: ChartAggregation.Period = .event
    public var eventNoun: String
    /// The word before an event's label in the alt text: "on 1 September 2013", "in 2013".
    public var labelPreposition: String
    /// Where the figures come from, for the caption or the foot of an exported chart.
    public var sourceNote: String?

    public init(events: [ChartEvent], series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String? = nil) {
        self.events = events; self.series = series; self.style = style; self.title = title
        self.subject = subject; self.period = nil; self.eventNoun = "event"; self.labelPreposition = "on"
    }

    /// Creates the timeline of an aggregation: a circle per period that has events.
    public init(_ aggregation: ChartAggregation, series: [ChartSeries], style: ChartStyle, title: String? = nil,
                subject: String? = nil) {
        self.init(events: aggregation.groups.filter { ($0.eventCount ?? 1) > 0 }, series: series, style: style,
                  title: title, subject: subject)
        period = aggregation.span
        eventNoun = aggregation.period.noun
        eventPeriod = aggregation.period
        labelPreposition = aggregation.period.preposition
    }

    /// The events in date order.
    var sortedEvents: [ChartEvent] {
        events.enumerated().sorted { ($0.element.start, $0.element.end, $0.offset) < ($1.element.start, $1.element.end, $1.offset) }
            .map(\.element)
    }

    var content: BarChartContent {
        BarChartContent(bars: sortedEvents.map(\.bar), series: series, style: style, title: title, subject: subject,
                        axisTitle: nil, period: period, barNoun: eventNoun, barPeriod: eventPeriod, labelPreposition: labelPreposition,
                        kindName: "alt.kind.timeline")
    }

    /// Returns the chart's text alternative: every event's figures for up to 10 events, totals
    /// and the largest beyond that.
    public var altText: String { content.altText }

    /// The data as rows of text, the header first.
    public var dataTable: [[String]] { content.dataTable }

    /// Draws the chart into a box of `size` with its top-left corner at the origin.
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        try TimelineLayout(chart: self, size: size, shaper: shaper).items()
    }
}
