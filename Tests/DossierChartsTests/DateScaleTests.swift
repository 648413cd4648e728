// DateScaleTests: date ticks at round months or years that cover the events.

import DossierCharts
import Testing

@Suite struct DateScaleTests {
    @Test func oneEventGetsMonthsAroundIt() throws {
        let day = Day(year: 2013, month: 9, day: 1)
        let scale = try #require(DateScale.candidates(from: day, to: day).first)
        #expect(scale.step == .months(1))
        #expect(scale.ticks == [Day(year: 2013, month: 8), Day(year: 2013, month: 9), Day(year: 2013, month: 10)])
        #expect(scale.label(at: 0) == "Aug 2013" && scale.label(at: 1) == "Sep")
        #expect((0.3...0.7).contains(scale.fraction(Double(day.dayNumber))))
    }

    @Test func yearsTicksCoverTheEventsWithRoom() throws {
        let first = Day(year: 2009, month: 7, day: 28), last = Day(year: 2013, month: 9, day: 1)
        let scales = DateScale.candidates(from: first, to: last)
        let years = try #require(scales.first { $0.step == .years(1) })
        #expect(years.ticks.map(\.year) == Array(2009...2014))
        #expect(years.ticks.allSatisfy { $0.month == 1 && $0.day == 1 })
        #expect(years.label(at: 2) == "2011")
        for scale in scales {
            #expect(scale.start.dayNumber < first.dayNumber && scale.end.dayNumber > last.dayNumber)
            #expect(scale.fraction(Double(first.dayNumber)) > 0 && scale.fraction(Double(last.dayNumber)) < 1)
            // Steps only get coarser.
            #expect(scale.ticks.count <= scales[0].ticks.count)
        }
        let halves = try #require(scales.first { $0.step == .months(6) })
        #expect(halves.ticks.allSatisfy { $0.month == 1 || $0.month == 7 })
        #expect(halves.label(at: 0) == "Jul 2009" && halves.label(at: 1) == "Jan 2010" && halves.label(at: 2) == "Jul")
    }

    @Test func centuriesAreStillRound() throws {
        let scales = DateScale.candidates(from: Day(year: 1801, month: 1, day: 1), to: Day(year: 2024, month: 1, day: 1))
        #expect(scales.allSatisfy { $0.ticks.count <= 401 })
        let fifty = try #require(scales.first { $0.step == .years(50) })
        #expect(fifty.ticks.map(\.year) == [1800, 1850, 1900, 1950, 2000, 2050])
    }
}
