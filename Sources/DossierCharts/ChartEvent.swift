// ChartEvent: one dated event with one figure per series, before it becomes a bar or a circle.

// Events are dated in `Day`s, so whoever draws charts gets the calendar with them.
@_exported import DossierCalendar

/// One event as the charts see it: when it happened, what to call it, and its figures.
public struct ChartEvent: Hashable, Sendable {
    /// The first day of the event.
    public var start: Day
    /// The last day; equal to `start` for an event of one day.
    public var end: Day
    /// The event's name on an axis and in the alt text: "28–29 July 2009".
    public var label: String
    /// One value per series, in the chart's series order.
    public var values: [ChartValue]
    /// A short note for the alt text: "six women and one man".
    public var note: String?
    /// The full name in the alt text, when `label` is a shortened one ("September 2013" for "Sep 2013").
    public var altLabel: String?
    /// How many events it sums, when it stands for a period rather than one event.
    public var eventCount: Int?

    public init(start: Day, end: Day? = nil, label: String, values: [ChartValue], note: String? = nil,
                altLabel: String? = nil, eventCount: Int? = nil) {
        self.start = start; self.end = end ?? start; self.label = label; self.values = values; self.note = note
        self.altLabel = altLabel; self.eventCount = eventCount
    }

    /// The day halfway through the event, where a date axis places it.
    public var middleDayNumber: Double { Double(start.dayNumber + end.dayNumber) / 2 }

    /// The event as one bar of a bar chart.
    public var bar: ChartBar {
        ChartBar(label: label, values: values, note: note, altLabel: altLabel, eventCount: eventCount)
    }

    /// Throws unless the dates exist and the end is not before the start.
    func validate() throws {
        // Four-digit years only: the axis labels and the alt text print years as written.
        for (name, day) in [("start", start), ("end", end)] where !day.isValid || !(1...9999).contains(day.year) {
            throw ChartError.invalidEvent(label, reason: "its \(name) date \(day) is not a day of the calendar")
        }
        guard end >= start else {
            throw ChartError.invalidEvent(label, reason: "it ends (\(end)) before it starts (\(start))")
        }
    }
}
