// Day: the one civil date of the project: a day of the proleptic Gregorian calendar, without time
// zone, with the arithmetic records, builds and charts need (day numbers, months, leap years).

/// A calendar day, without time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2013.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    public init(year: Int, month: Int, day: Int = 1) { self.year = year; self.month = month; self.day = day }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// "2013-09-01".
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether the day exists: a month from 1 to 12 and a day within it.
    public var isValid: Bool { (1...12).contains(month) && (1...Day.days(inMonth: month, of: year)).contains(day) }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month of a year.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Day numbers

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

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(dayNumber: dayNumber + n) }

    // MARK: Months

    /// The month counted from January of year 0, so that months can be stepped through as numbers.
    public var monthNumber: Int { year * 12 + (month - 1) }

    /// Returns the first day of the month `monthNumber` (as counted by `monthNumber`).
    public static func firstOfMonth(_ monthNumber: Int) -> Day {
        let year = monthNumber >= 0 ? monthNumber / 12 : (monthNumber - 11) / 12
        return Day(year: year, month: monthNumber - year * 12 + 1, day: 1)
    }

    /// Returns the last day of the month `monthNumber` (as counted by `monthNumber`).
    public static func lastOfMonth(_ monthNumber: Int) -> Day {
        var last = firstOfMonth(monthNumber)
        last.day = days(inMonth: last.month, of: last.year)
        return last
    }
}
