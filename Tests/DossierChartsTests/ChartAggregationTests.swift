// ChartAggregationTests: events grouped per event, month, quarter, year or span of years; sums and counts.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct ChartAggregationTests {
    func event(_ y: Int, _ m: Int, _ d: Int, _ values: [ChartValue]) -> ChartEvent {
        ChartEvent(start: Day(year: y, month: m, day: d), label: "\(d).\(m).\(y)", values: values)
    }

    @Test func upToTheThresholdEachEventIsABarInDateOrder() throws {
        let events = [event(2013, 9, 1, [ChartValue(52)]), event(2009, 7, 28, [ChartValue(11)]),
                      event(2011, 4, 8, [ChartValue(36)])]
        let a = try ChartAggregation.make(events, threshold: 3)
        #expect(a.period == .event)
        #expect(a.bars.map(\.label) == ["28.7.2009", "8.4.2011", "1.9.2013"])
        #expect(a.bars.allSatisfy { $0.eventCount == nil })
        #expect(a.span == "2009–2013")
        #expect(a.period.noun == "event" && a.period.preposition == "on")
    }

    @Test func aboveTheThresholdTheFinestPeriodThatFitsIsChosen() throws {
        // 40 events in 2013: 12 months fit in 30 bars.
        let year = (0..<40).map { event(2013, $0 % 12 + 1, $0 % 28 + 1, [ChartValue(1)]) }
        let months = try ChartAggregation.make(year, threshold: 30)
        #expect(months.period == .month)
        #expect(months.bars.count == 12)
        #expect(months.bars[8].label == "Sep 2013" && months.bars[8].altLabel == "September 2013")
        #expect(months.bars.map { $0.eventCount ?? -1 }.reduce(0, +) == 40)
        #expect(months.bars[0].note == "4 events")

        // Over six years: 72 months and 24 quarters; quarters fit.
        let six = (0..<40).map { event(2010 + $0 % 6, ($0 * 5) % 12 + 1, 1, [ChartValue(2)]) }
        let quarters = try ChartAggregation.make(six, threshold: 30)
        #expect(quarters.period == .quarter)
        #expect(quarters.bars.first?.label == "Q1 2010")
        #expect(quarters.bars.first?.altLabel == "January to March 2010")

        // 2,000 events over 12 years: years.
        let many = (0..<2000).map { event(2009 + $0 % 12, $0 % 12 + 1, $0 % 28 + 1, [ChartValue(1), ChartValue(2)]) }
        let years = try ChartAggregation.make(many, threshold: 30)
        #expect(years.period == .year)
        #expect(years.bars.map(\.label) == (2009...2020).map { "\($0)" })
        #expect(years.bars.map { $0.eventCount! }.reduce(0, +) == 2000)
        #expect(years.bars.map { $0.values[1].best }.reduce(0, +) == 4000)
        #expect(years.bars.allSatisfy { $0.altLabel == nil })

        // Over 60 years: two-year periods, starting at an even year.
        let long = (0..<2000).map { event(1960 + $0 % 60, 6, 1, [ChartValue(1)]) }
        let spans = try ChartAggregation.make(long, threshold: 30)
        #expect(spans.period == .years(2))
        #expect(spans.bars.count == 30)  // 1960–1961 … 2018–2019
        // One more year, and two-year periods would make 31 bars: five-year ones are taken.
        let longer = try ChartAggregation.make(long + [event(2020, 1, 1, [ChartValue(1)])], threshold: 30)
        #expect(longer.period == .years(5) && longer.bars.count == 13)
        #expect(spans.bars.first?.label == "1960–1961")
        #expect(spans.period.noun == "two-year period" && spans.period.preposition == "in")
    }

    @Test func noBarEverExceedsTheThreshold() throws {
        for threshold in [1, 2, 5, 12, 30, 100] {
            let many = (0..<2000).map { event(1800 + ($0 * 37) % 225, $0 % 12 + 1, 1, [ChartValue(1)]) }
            let a = try ChartAggregation.make(many, threshold: threshold)
            #expect(a.bars.count <= max(threshold, 1), "threshold \(threshold): \(a.bars.count) bars")
            #expect(a.bars.map { $0.eventCount! }.reduce(0, +) == 2000)
        }
    }

    @Test func emptyPeriodsStayOnTheAxis() throws {
        let events = (0..<31).map { event($0 < 30 ? 2009 : 2013, 3, 1, [ChartValue(1)]) }
        let a = try ChartAggregation.make(events, threshold: 30)
        // March 2009 to March 2013: 49 months are too many, 17 quarters are not.
        #expect(a.period == .quarter)
        #expect(a.bars.count == 17)
        let years = try ChartAggregation.make(events, period: .year)
        #expect(years.bars.map(\.label) == ["2009", "2010", "2011", "2012", "2013"])
        #expect(years.bars.map(\.eventCount) == [30, 0, 0, 0, 1])
        #expect(years.bars[1].note == "no events")
        #expect(years.bars[1].values == [ChartValue(0)])
    }

    @Test func sumsKeepRangesAndLowerBoundsButNotDisputes() {
        let sum = ChartAggregation.sum([ChartValue(best: 7, low: 6, high: 9), ChartValue(best: 350, isLowerBound: true),
                                        ChartValue(best: 11, disputed: true)])
        #expect(sum.best == 368 && sum.lowEstimate == 367 && sum.highEstimate == 370)
        #expect(sum.isLowerBound && sum.disputed)
        let years = try? ChartAggregation.make([event(2013, 1, 1, [ChartValue(best: 11, disputed: true)])], period: .year)
        #expect(years?.bars.first?.values.first?.disputed == false)
        #expect(!ChartAggregation.sum([ChartValue(best: 0, isLowerBound: true)]).isLowerBound)
    }

    @Test func badInputThrowsTypedErrors() {
        #expect(throws: ChartError.noEvents) { try ChartAggregation.make([], threshold: 30) }
        #expect(throws: ChartError.self) { try ChartAggregation.make([event(2013, 1, 1, [ChartValue(1)])], threshold: 0) }
        #expect(throws: ChartError.self) { try ChartAggregation.make([event(2013, 2, 30, [ChartValue(1)])], threshold: 30) }
        #expect(throws: ChartError.self) {
            try ChartAggregation.make([event(2013, 1, 1, [ChartValue(1)]), event(2013, 1, 2, [ChartValue(1), ChartValue(2)])])
        }
        let backwards = ChartEvent(start: Day(year: 2013, month: 2, day: 1), end: Day(year: 2013, month: 1, day: 1),
                                   label: "x", values: [ChartValue(1)])
        #expect(throws: ChartError.self) { try ChartAggregation.make([backwards]) }
    }

    @Test func barChartsTakeTheAggregationsNouns() throws {
        let many = (0..<40).map { event(2009 + $0 % 4, 1, 1, [ChartValue(Double($0))]) }
        let a = try ChartAggregation.make(many, period: .year)
        let chart = BarChart(.stacked, a, series: ChartFixtures.series.prefix(1).map { $0 }, style: .standard())
        #expect(chart.altText.hasPrefix("Stacked bar chart of casualties for 4 years, 2009–2012: "))
        #expect(chart.altText.contains(" in 2009 (10 events)"))
        #expect(chart.dataTable[0] == ["Year", "Events", "Killed", "Total"])
        #expect(chart.dataTable[1] == ["2009", "10", "180", "180"])
    }
}
