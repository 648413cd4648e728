// CategoryBarChartTests: the small per-event chart: proportional bars, labels, ranges, bounds.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct CategoryBarChartTests {
    let size = CategoryBarChart.standardSize
    let values = [ChartValue(52), ChartValue(best: 350, isLowerBound: true), ChartValue(best: 7, low: 6, high: 9)]

    func bars(_ items: [FrameItem], _ chart: CategoryBarChart) -> [Rect?] {
        let shapes = ChartFixtures.shapes(items)
        return chart.series.map { s in shapes.first { $0.fill == s.paint(in: chart.style) }?.path.bounds }
    }

    @Test func largestFillsThePlotAndOthersAreProportional() throws {
        let chart = CategoryBarChart(values: [ChartValue(52), ChartValue(26), ChartValue(13)],
                                     series: ChartFixtures.series)
        let items = try chart.draw(size: size, shaper: ChartFixtures.shaper)
        let rects = bars(items, chart).map { $0! }
        #expect((rects[1].height / rects[0].height - 0.5).magnitude < 1e-9)
        #expect((rects[2].height / rects[0].height - 0.25).magnitude < 1e-9)
        // The tallest bar reaches up to just under its value label.
        let label = try #require(ChartFixtures.texts(items).first { $0.line.text == "52" })
        #expect(label.bounds.maxY <= rects[0].minY)
        #expect(rects[0].minY - label.bounds.maxY < .pt(3))
        #expect(label.bounds.minY.approximatelyEquals(.zero, tolerance: .pt(0.5)))
    }

    @Test func valuesAboveNamesBelowTheBaseline() throws {
        let chart = CategoryBarChart(values: values, series: ChartFixtures.series, event: "1 September 2013")
        let items = try chart.draw(size: size, shaper: ChartFixtures.shaper)
        let texts = ChartFixtures.texts(items)
        let baseline = try #require(ChartFixtures.shapes(items).first {
            $0.stroke?.width == .pt(0.5) && $0.path.bounds.width == size.width
        })
        for s in ChartFixtures.series {
            let name = try #require(texts.first { $0.line.text == s.name })
            #expect(name.bounds.minY > baseline.path.bounds.maxY)
        }
        #expect(texts.contains { $0.line.text == "≥350" })
        #expect(texts.contains { $0.line.text == "52" })
        #expect(ChartFixtures.outside(items, size).isEmpty)
        #expect(ChartFixtures.overlaps(texts).isEmpty)
        try SVGPreview.write(items, size: size, name: "category-color")
        var print = chart
        print.style.mode = .print
        print.series = Palette.series(["Killed", "Injured", "Abducted"], mode: .print)
        try SVGPreview.write(try print.draw(size: size, shaper: ChartFixtures.shaper), size: size, name: "category-print")
        let five = CategoryBarChart(values: [ChartValue(1200), ChartValue(best: 3400, low: 2000, high: 5100), ChartValue(0),
                                             ChartValue(best: 45, disputed: true), ChartValue(9)],
                                    series: Palette.series(["Killed", "Injured", "Abducted", "Detained", "Missing persons"]))
        try SVGPreview.write(try five.draw(size: size, shaper: ChartFixtures.shaper), size: size, name: "category-five")
    }

    @Test func rangeGetsAWhiskerThatFitsThePlot() throws {
        let chart = CategoryBarChart(values: [ChartValue(10), ChartValue(best: 20, low: 15, high: 30), ChartValue(0)],
                                     series: ChartFixtures.series)
        let items = try chart.draw(size: size, shaper: ChartFixtures.shaper)
        let whisker = try #require(ChartFixtures.shapes(items).first { $0.fill == nil && $0.path.elements.count == 6 })
        let rects = bars(items, chart)
        #expect(rects[2] == nil)
        let injured = try #require(rects[1])
        let tenUnits = try #require(rects[0]).height
        // The whisker's top is at 30 when the bar for 10 is a third of that.
        #expect((injured.maxY - whisker.path.bounds.minY).approximatelyEquals(tenUnits * 3, tolerance: .pt(0.001)))
        let label = try #require(ChartFixtures.texts(items).first { $0.line.text == "20" })
        #expect(label.bounds.maxY <= whisker.path.bounds.minY)
    }

    @Test func allZeroDrawsNoBars() throws {
        let chart = CategoryBarChart(values: [ChartValue(0), ChartValue(0), ChartValue(0)], series: ChartFixtures.series)
        let items = try chart.draw(size: size, shaper: ChartFixtures.shaper)
        #expect(bars(items, chart).allSatisfy { $0 == nil })
        #expect(ChartFixtures.texts(items).filter { $0.line.text == "0" }.count == 3)
    }

    @Test func altText() {
        let chart = CategoryBarChart(values: values, series: ChartFixtures.series, event: "1 September 2013")
        #expect(chart.altText == "Bar chart of casualties on 1 September 2013: 52 killed, at least 350 injured, "
            + "7 abducted (range 6–9).")
    }

    @Test func mismatchedValuesThrow() {
        #expect(throws: ChartError.valueCountMismatch(bar: "the event", expected: 3, found: 2)) {
            try CategoryBarChart(values: [ChartValue(1), ChartValue(2)], series: ChartFixtures.series)
                .draw(size: size, shaper: ChartFixtures.shaper)
        }
    }
}
