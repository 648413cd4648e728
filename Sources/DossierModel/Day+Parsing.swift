// Day+Parsing: reading "YYYY-MM-DD" strictly, and saying exactly what is wrong with a bad date.

import DossierCalendar

extension Day {
    /// Why a piece of text is not a calendar day.
    struct FormatError: Error, Sendable {
        /// The specific reason ("month 13 is not between 1 and 12"), or `nil` when the text is not
        /// shaped like a date at all.
        var reason: String?
    }

    /// Parses "2013-09-01"; `nil` unless the text is a real calendar day written YYYY-MM-DD.
    public init?(iso text: String) {
        guard case .success(let day) = Day.parse(text) else { return nil }
        self = day
    }

    /// Parses YYYY-MM-DD, or reports why the text is not a day.
    static func parse(_ text: String) -> Result<Day, FormatError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .failure(FormatError(reason: nil)) }
        guard (1...12).contains(month) else {
            return .failure(FormatError(reason: "month \(month) is not between 1 and 12"))
        }
        let last = days(inMonth: month, of: year)
        guard (1...last).contains(day) else {
            return .failure(FormatError(reason: "day \(day) is not between 1 and \(last) in \(parts[0])-\(parts[1])"))
        }
        return .success(Day(year: year, month: month, day: day))
    }

    /// A date written to the day, the month ("2009-07") or the year ("2009"), as the days it covers.
    struct Span: Sendable, Equatable {
        /// The first day covered.
        var first: Day
        /// The last day covered.
        var last: Day
        /// What the text gives: `.day`, `.month` or `.year`.
        var precision: DatePrecision

        /// The days of a whole year.
        static func year(_ year: Int) -> Span {
            Span(first: Day(year: year, month: 1, day: 1), last: Day(year: year, month: 12, day: 31), precision: .year)
        }

        /// The days of a whole month (1 to 12) of a year.
        static func month(_ month: Int, of year: Int) -> Span {
            let number = Day(year: year, month: month).monthNumber
            return Span(first: Day.firstOfMonth(number), last: Day.lastOfMonth(number), precision: .month)
        }
    }

    /// Parses YYYY-MM-DD, YYYY-MM or YYYY, or reports why the text is none of them.
    static func parseSpan(_ text: String) -> Result<Span, FormatError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 1, parts[0].count == 4, digits, let year = Int(parts[0]) {
            return .success(.year(year))
        }
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, digits, let year = Int(parts[0]), let month = Int(parts[1]) {
            guard (1...12).contains(month) else {
                return .failure(FormatError(reason: "month \(month) is not between 1 and 12"))
            }
            return .success(.month(month, of: year))
        }
        return parse(text).map { Span(first: $0, last: $0, precision: .day) }
    }
}
