// DateScale: a date axis with ticks at round intervals: every 1, 2, 3 or 6 months, or 1, 2, 5, 10… years.

import DossierLocale

/// A date axis from one round date to another, with a tick at every step between them.
public struct DateScale: Hashable, Sendable {
    /// The distance between ticks.
    public enum Step: Hashable, Sendable {
        /// Ticks on the first of every n-th month (January, April, July, October for 3).
        case months(Int)
        /// Ticks on 1 January of every n-th year (2000, 2005, 2010 for 5).
        case years(Int)
    }

    /// The distance between ticks.
    public var step: Step
    /// The ticks, the first at the axis's start and the last at its end.
    public var ticks: [Day]

    /// The first day of the axis.
    public var start: Day { ticks.first! }
    /// The day the axis ends at.
    public var end: Day { ticks.last! }

    /// The steps tried, finest first.
    static let steps: [Step] = [.months(1), .months(2), .months(3), .months(6)]
        + [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map { .years($0) }

    /// Returns how far along the axis a day (its day number, maybe halfway through one) lies, 0 to 1.
    public func fraction(_ dayNumber: Double) -> Double {
        let a = Double(start.dayNumber), b = Double(end.dayNumber)
        return b > a ? (dayNumber - a) / (b - a) : 0.5
    }

    /// Returns the label of tick `index`: "2013" for years; for months "Jan 2013" at the first
    /// tick and every January, the month alone ("Apr") between.
    public func label(at index: Int, _ format: LocaleFormat = .english) -> String {
        let day = ticks[index]
        let month = format.shortMonthName(day.month)
        switch step {
        case .years: return format.year(day.year)
        case .months: return index == 0 || day.month == 1 ? month + " " + format.year(day.year) : month
        }
    }

    /// Returns the scales that cover the days `first` to `last` with 20 days' room on either
    /// side, finest step first, each from a tick at or before the start to one after the end;
    /// steps that would need more than 400 ticks are left out.
    public static func candidates(from first: Day, to last: Day) -> [DateScale] {
        let a = first.dayNumber, b = max(last.dayNumber, a)
        // A little room on either side, so that an event on 1 January does not sit on the axis's end.
        let pad = 20
        let lo = Day(dayNumber: a - pad), hi = Day(dayNumber: b + pad)
        return steps.compactMap { step -> DateScale? in
            let ticks: [Day]
            switch step {
            case .months(let n):
                let m0 = floorDiv(lo.monthNumber, n) * n
                let m1 = (floorDiv(hi.monthNumber, n) + 1) * n
                guard (m1 - m0) / n <= 400 else { return nil }
                ticks = stride(from: m0, through: m1, by: n).map(Day.firstOfMonth)
            case .years(let n):
                let y0 = floorDiv(lo.year, n) * n
                let y1 = (floorDiv(hi.year, n) + 1) * n
                guard (y1 - y0) / n <= 400 else { return nil }
                ticks = stride(from: y0, through: y1, by: n).map { Day(year: $0, month: 1) }
            }
            return DateScale(step: step, ticks: ticks)
        }
    }

    /// Division rounding towards minus infinity.
    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
