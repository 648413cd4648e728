// ChartDay: a calendar day as the charts see it, with a day number for placing it on a date axis.

/// A day of the proleptic Gregorian calendar, without time zone.
public struct ChartDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2013.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    public init(year: Int, month: Int, day: Int = 1) { self.year = year; self.month = month; self.day = day }

    /// Creates the day `dayNumber` days after 1 January 1970 (before it, when negative).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years, years starting on 1 March so
        // that the leap day falls at the end.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The number of days from 1 January 1970 to this day.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The month counted from January of year 0, so that months can be stepped through as numbers.
    public var monthNumber: Int { year * 12 + (month - 1) }

    /// Returns the first day of the month `monthNumber` (as counted by `monthNumber`).
    public static func firstOfMonth(_ monthNumber: Int) -> ChartDay {
        let year = monthNumber >= 0 ? monthNumber / 12 : (monthNumber - 11) / 12
        return ChartDay(year: year, month: monthNumber - year * 12 + 1, day: 1)
    }

    /// Whether the day exists: month 1–12, day within the month, a year of at most four digits.
    public var isValid: Bool {
        (1...12).contains(month) && (1...Self.daysIn(month: month, year: year)).contains(day) && (1...9999).contains(year)
    }

    /// Returns the number of days of a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: ChartDay, b: ChartDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// "2013-09-01".
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: Swift.max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// English month names, for labels.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    /// "Sep": the month's short name.
    var shortMonthName: String { String(Self.monthNames[month - 1].prefix(3)) }
    /// "September".
    var monthName: String { Self.monthNames[month - 1] }
}
