// DayTests: day numbers both ways, days added across months and years, leap years, months as numbers.

import DossierCalendar
import Testing

@Suite struct DayTests {
    @Test func dayNumbersRoundTrip() {
        #expect(Day(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(Day(year: 2000, month: 3, day: 1).dayNumber - Day(year: 2000, month: 2, day: 28).dayNumber == 2)
        #expect(Day(year: 1900, month: 3, day: 1).dayNumber - Day(year: 1900, month: 2, day: 28).dayNumber == 1)
        #expect(Day(year: 2013, month: 9, day: 1).dayNumber == 15_949)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(dayNumber: n).dayNumber == n)
        }
        #expect(Day(dayNumber: -1) == Day(year: 1969, month: 12, day: 31))
    }

    @Test func addingDaysCrossesMonthsAndYears() {
        #expect(Day(year: 2024, month: 2, day: 29).adding(days: 1) == Day(year: 2024, month: 3, day: 1))
        #expect(Day(year: 2025, month: 12, day: 31).adding(days: 1) == Day(year: 2026, month: 1, day: 1))
        #expect(Day(year: 2013, month: 3, day: 1).adding(days: -366) == Day(year: 2012, month: 2, day: 29))
    }

    @Test func leapYearsAndMonthLengths() {
        #expect(Day.isLeap(2000) && Day.isLeap(2012) && !Day.isLeap(1900) && !Day.isLeap(2013))
        #expect(Day.days(inMonth: 2, of: 2012) == 29 && Day.days(inMonth: 2, of: 2013) == 28)
        #expect(Day.days(inMonth: 4, of: 2013) == 30 && Day.days(inMonth: 12, of: 2013) == 31)
        #expect(!Day(year: 2013, month: 2, day: 29).isValid && Day(year: 2012, month: 2, day: 29).isValid)
        #expect(!Day(year: 2013, month: 13, day: 1).isValid && !Day(year: 2013, month: 4, day: 0).isValid)
    }

    @Test func monthsCountedAsNumbers() {
        #expect(Day.firstOfMonth(Day(year: 2013, month: 9).monthNumber) == Day(year: 2013, month: 9, day: 1))
        #expect(Day.firstOfMonth(Day(year: 2013, month: 12).monthNumber + 1) == Day(year: 2014, month: 1, day: 1))
        #expect(Day.firstOfMonth(-1) == Day(year: -1, month: 12, day: 1))
        #expect(Day.lastOfMonth(Day(year: 2012, month: 2).monthNumber) == Day(year: 2012, month: 2, day: 29))
        #expect(Day.lastOfMonth(Day(year: 1900, month: 2).monthNumber) == Day(year: 1900, month: 2, day: 28))
        #expect(Day.lastOfMonth(Day(year: 2013, month: 12).monthNumber) == Day(year: 2013, month: 12, day: 31))
    }

    @Test func printsAsISO() {
        #expect(Day(year: 2013, month: 9, day: 1).description == "2013-09-01")
        #expect(Day(year: 987, month: 1, day: 2).description == "0987-01-02")
        #expect(Day(year: 2013, month: 9, day: 1) < Day(year: 2013, month: 9, day: 2))
    }
}
