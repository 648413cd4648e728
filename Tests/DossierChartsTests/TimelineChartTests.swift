// TimelineChartTests: circles on a date axis: areas proportional to totals, dates in place, labels apart.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct TimelineChartTests {
    let size = Size(width: .pt(453.54), height: .pt(220))

    func chart(_ events: [ChartEvent], mode: ChartColorMode = .color) -> TimelineChart {
        var style = ChartStyle.standard()
        style.mode = mode
        return TimelineChart(events: events, series: ChartFixtures.series, style: style)
    }

    var ashraf: [ChartEvent] {
        zip(ChartFixtures.threeBars, [(Day(year: 2009, month: 7, day: 28), Day(year: 2009, month: 7, day: 29)),
                                      (Day(year: 2011, month: 4, day: 8), nil),
                                      (Day(year: 2013, month: 9, day: 1), nil)]).map { bar, dates in
            ChartEvent(start: dates.0, end: dates.1, label: bar.label, values: bar.values, note: bar.note)
        }
    }

    /// The event circles: filled circles (four curves) below the legend.
    func circles(_ items: [FrameItem]) -> [Rect] {
        ChartFixtures.shapes(items).filter { $0.fill != nil && $0.path.elements.count == 6 }.map(\.path.bounds)
            .filter { $0.minY > .pt(20) }
    }

    @Test func circleAreasAreProportionalToTotalsAndSitOverTheirDates() throws {
        let c = chart(ashraf)
        let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
        let found = circles(items).sorted { $0.minX < $1.minX }
        #expect(found.count == 3)
        let totals = [47.0, 386, 59]
        let areas = found.map { ($0.width.points / 2) * ($0.width.points / 2) }
        for (a, t) in zip(areas, totals) { #expect(abs(a / t - areas[1] / 386) < 1e-9) }
        // Dates run left to right at their places between the year ticks.
        let texts = ChartFixtures.texts(items)
        func tickX(_ label: String) throws -> Double {
            let t = try #require(texts.first { $0.line.text == label })
            return (t.bounds.minX + t.bounds.width / 2).points
        }
        let x2011 = try tickX("2011"), x2012 = try tickX("2012")
        let april8 = (found[1].minX + found[1].width / 2).points
        let expected = x2011 + (x2012 - x2011) * Double(31 + 28 + 31 + 7 + 0.0) / 365
        #expect(abs(april8 - expected) < 0.5, "8 April 2011 at \(april8), expected \(expected)")
        #expect(texts.contains { $0.line.text == "≥386" })
        #expect(texts.contains { $0.line.text == "1 September 2013" })
    }

    @Test(arguments: [1, 3, 30, 200])
    func textStaysInTheBoxAndNeverOverlaps(count: Int) throws {
        for mode in ChartColorMode.allCases {
            for shaper: any TextShaper in [ChartFixtures.shaper, NotoLikeShaper()] {
                let items = try chart(ChartFixtures.events(count), mode: mode).draw(size: size, shaper: shaper)
                #expect(ChartFixtures.outside(items, size).isEmpty)
                let texts = ChartFixtures.texts(items)
                #expect(ChartFixtures.overlaps(texts).isEmpty, "\(count) events")
                // The largest event is always labelled.
                #expect(texts.count > 2)
                // No label sits on a circle.
                let boxes = circles(items)
                for t in texts where t.bounds.maxY < boxes.map(\.minY).min() ?? .zero {
                    #expect(!boxes.contains { $0.intersects(t.bounds) })
                }
            }
        }
    }

    @Test func aggregatedPeriodsAreLabelledWithTheirCounts() throws {
        let a = try ChartAggregation.make(ChartFixtures.events(2000, everyDays: 2), threshold: 30)
        let c = TimelineChart(a, series: ChartFixtures.series, style: .standard())
        #expect(c.events.count <= 30)
        let texts = ChartFixtures.texts(try c.draw(size: size, shaper: ChartFixtures.shaper)).map(\.line.text)
        #expect(texts.contains { $0.contains(" in ") && $0.hasSuffix(" events") }, "\(texts)")
        #expect(c.altText.hasPrefix("Timeline of casualties for \(c.events.count) \(a.period.noun)s, 2009–2019. In total: "))
    }

    @Test func badInputThrowsTypedErrors() {
        #expect(throws: ChartError.noEvents) { try chart([]).draw(size: size, shaper: ChartFixtures.shaper) }
        #expect(throws: ChartError.self) {
            try chart(ashraf).draw(size: Size(width: .pt(300), height: .pt(30)), shaper: ChartFixtures.shaper)
        }
        #expect(throws: ChartError.self) {
            try chart([ChartEvent(start: Day(year: 2013, month: 13, day: 1), label: "x",
                                  values: [ChartValue(1), ChartValue(1), ChartValue(1)])])
                .draw(size: size, shaper: ChartFixtures.shaper)
        }
    }

    @Test func previews() throws {
        for count in [1, 3, 30, 200] {
            let items = try chart(count == 3 ? ashraf : ChartFixtures.events(count)).draw(size: size, shaper: ChartFixtures.shaper)
            try SVGPreview.write(items, size: size, name: "timeline-\(count)")
        }
    }
}
