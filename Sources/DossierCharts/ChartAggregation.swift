// ChartAggregation: many events summed per month, quarter, year or span of years, so no chart has too many bars.

import DossierLocale

/// Events grouped for a chart: one group per event up to a threshold, beyond it one per period,
/// the finest period (month, quarter, year, then 2, 5, 10… years) that keeps the number of
/// groups within the threshold. Periods without events are kept, with a count of 0, so that
/// the axis stays an honest time axis.
public struct ChartAggregation: Hashable, Sendable {
    /// How much time one group covers.
    public enum Period: Hashable, Sendable, CustomStringConvertible {
        /// Each event on its own.
        case event
        /// A calendar month.
        case month
        /// A calendar quarter (January–March, …).
        case quarter
        /// A calendar year.
        case year
        /// A span of this many years, starting at a year divisible by it (2000–2004 for 5).
        case years(Int)

        /// What one group stands for, in alt text: "event", "month", "5-year period".
        public var noun: String {
            switch self {
            case .event: "event"
            case .month: "month"
            case .quarter: "quarter"
            case .year: "year"
            case .years(let n): "\(Self.numberWords[n] ?? ChartNumberFormat.string(Double(n)))-year period"
            }
        }

        /// The word before a group's name in alt text: "on 1 September 2013", "in 2013".
        public var preposition: String { self == .event ? "on" : "in" }

        /// The heading of a data table's first column: "Date", "Month", "Year", "Two-year period".
        public func heading(_ wording: Wording) -> String {
            switch self {
            case .years: ChartAltText.capitalized(noun(wording))
            default: wording.text("chart.heading." + noun)
            }
        }

        public var description: String { noun }

        /// What one group stands for, in the words of a caption: "month", "mois", "5-year period".
        public func noun(_ wording: Wording) -> String {
            switch self {
            case .years(let n):
                wording.has("period.years.\(n)") ? wording.text("period.years.\(n)")
                    : wording.text("period.years", ["n": wording.format.count(n)])
            default: wording.text("period." + noun)
            }
        }

        /// Spans of years spelt out in the noun, so that counts read "3 five-year periods".
        private static let numberWords = [2: "two", 5: "five", 10: "ten", 20: "twenty", 50: "fifty"]

        /// The periods tried, finest first, when there are too many events for one bar each.
        static let coarsening: [Period] = [.month, .quarter, .year]
            + [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000].map { .years($0) }

        /// The number identifying the period a day falls in; consecutive periods have consecutive keys.
        func key(_ day: Day) -> Int {
            switch self {
            case .event, .month: day.monthNumber
            case .quarter: day.monthNumber / 3
            case .year: day.year
            case .years(let n): day.year / n
            }
        }

        /// Returns the first and last day of the period with `key`.
        func days(_ key: Int) -> (first: Day, last: Day) {
            switch self {
            case .event, .month: return (Day.firstOfMonth(key), Day.lastOfMonth(key))
            case .quarter: return (Day.firstOfMonth(key * 3), Day.lastOfMonth(key * 3 + 2))
            case .year: return (Day(year: key, month: 1), Day(year: key, month: 12, day: 31))
            case .years(let n): return (Day(year: key * n, month: 1), Day(year: key * n + n - 1, month: 12, day: 31))
            }
        }

        /// Returns the period's name on an axis and in full: ("Sep 2013", "September 2013").
        func names(_ key: Int, _ wording: Wording) -> (short: String, full: String) {
            let (first, last) = days(key)
            let format = wording.format
            let year = format.year(first.year)
            switch self {
            case .event, .month:
                return (format.shortMonthName(first.month) + " " + year, format.month(first))
            case .quarter:
                return (wording.text("period.quarter_short", ["n": format.count(first.month / 3 + 1), "year": year]),
                        wording.text("period.span", ["first": format.monthName(first.month),
                                                     "last": format.month(last)]))
            case .year:
                return (year, year)
            case .years:
                return (year + "–" + format.year(last.year),
                        wording.text("period.span", ["first": year, "last": format.year(last.year)]))
            }
        }
    }

    /// How much time each group covers.
    public var period: Period
    /// The groups in date order: the events themselves, or one summed event per period (its
    /// `eventCount` set, its dates the period's first and last day).
    public var groups: [ChartEvent]
    /// The span of the events' dates in words, for alt text: "2013", "2009–2013".
    public var span: String

    /// The groups as bars.
    public var bars: [ChartBar] { groups.map(\.bar) }

    /// Groups `events` (sorted by date here) one per event if there are at most `threshold` of
    /// them, else per the finest period that gives at most `threshold` groups.
    public static func make(_ events: [ChartEvent], threshold: Int = 30, wording: Wording = .english) throws -> ChartAggregation {
        guard threshold >= 1 else {
            throw ChartError.invalidStyle("the aggregation threshold is \(threshold); it must be at least 1")
        }
        let sorted = try checked(events)
        if sorted.count <= threshold { return try make(sorted, period: .event, wording: wording) }
        let first = sorted.first!.start, last = sorted.last!.start
        let period = Period.coarsening.first { $0.key(last) - $0.key(first) + 1 <= threshold } ?? .years(10_000)
        return try make(sorted, period: period, wording: wording)
    }

    /// Groups `events` (sorted by date here) by `period`.
    public static func make(_ events: [ChartEvent], period: Period, wording: Wording = .english) throws -> ChartAggregation {
        let sorted = try checked(events)
        let span = spanText(sorted.first!.start, sorted.map(\.end).max()!)
        if case .years(let n) = period, n < 1 {
            throw ChartError.invalidStyle("a period of \(n) years cannot group events")
        }
        guard period != .event else { return ChartAggregation(period: period, groups: sorted, span: span) }
        let seriesCount = sorted[0].values.count
        var byKey: [Int: [ChartEvent]] = [:]
        for e in sorted { byKey[period.key(e.start), default: []].append(e) }
        let keys = byKey.keys
        let groups = (keys.min()!...keys.max()!).map { key -> ChartEvent in
            let members = byKey[key] ?? []
            let (first, last) = period.days(key)
            let names = period.names(key, wording)
            // A period's sum is not itself disputed: with many events nearly every period would
            // hold a disputed figure and the mark would say nothing. The events keep theirs.
            let values = (0..<seriesCount).map { s in sum(members.map { $0.values[s] }).withoutDispute }
            return ChartEvent(start: first, end: last, label: names.short, values: values,
                              note: countText(members.count, wording), altLabel: names.full == names.short ? nil : names.full,
                              eventCount: members.count)
        }
        return ChartAggregation(period: period, groups: groups, span: span)
    }

    /// "1 event", "12 events", "no events".
    public static func countText(_ n: Int, _ wording: Wording = .english) -> String {
        wording.count("chart.event_count", n)
    }

    /// Returns the sum of figures: bests, lows and highs added up; a lower bound if any part is
    /// one, disputed if any part is.
    public static func sum(_ values: [ChartValue]) -> ChartValue {
        let best = values.map(\.best).reduce(0, +)
        let low = values.map(\.lowEstimate).reduce(0, +), high = values.map(\.highEstimate).reduce(0, +)
        return ChartValue(best: best, low: low == best ? nil : low, high: high == best ? nil : high,
                          isLowerBound: values.contains { $0.isLowerBound && $0.best > 0 },
                          disputed: values.contains { $0.disputed && ($0.best > 0 || $0.highEstimate > 0) })
    }

    /// Returns the events sorted by date (stable), after checking they can be charted together.
    private static func checked(_ events: [ChartEvent]) throws -> [ChartEvent] {
        guard let first = events.first else { throw ChartError.noEvents }
        for e in events {
            try e.validate()
            guard e.values.count == first.values.count else {
                throw ChartError.valueCountMismatch(bar: e.label, expected: first.values.count, found: e.values.count)
            }
        }
        return events.enumerated().sorted { a, b in
            (a.element.start, a.element.end, a.offset) < (b.element.start, b.element.end, b.offset)
        }.map(\.element)
    }

    /// "2013" or "2009–2013".
    static func spanText(_ first: Day, _ last: Day) -> String {
        first.year == last.year ? "\(first.year)" : "\(first.year)–\(last.year)"
    }
}
