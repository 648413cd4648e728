// GroupedBarChartTests: side-by-side bars from one baseline: heights, order, labels, box.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct GroupedBarChartTests {
    let size = Size(width: .pt(453.54), height: .pt(255))

    func chart(_ bars: [ChartBar], mode: ChartColorMode = .color) -> BarChart {
        var style = ChartStyle.standard()
        style.mode = mode
        return BarChart(.grouped, bars: bars, series: Palette.series(["Killed", "Injured", "Abducted"], mode: mode), style: style)
    }

    @Test func barsStandSideBySideOnOneBaselineWithProportionalHeights() throws {
        let c = chart([ChartBar(label: "A", values: [ChartValue(10), ChartValue(40), ChartValue(5)]),
                       ChartBar(label: "B", values: [ChartValue(52), ChartValue(0), ChartValue(26)])])
        let shapes = ChartFixtures.shapes(try c.draw(size: size, shaper: ChartFixtures.shaper))
        // The plot's bars are the filled shapes standing on the baseline, the lowest of all.
        let baseline = shapes.filter { $0.fill != nil }.map(\.path.bounds.maxY).max() ?? .zero
        let bars = shapes.filter { $0.fill != nil && $0.path.bounds.maxY.approximatelyEquals(baseline) }
            .map(\.path.bounds).sorted { $0.minX < $1.minX }
        #expect(bars.count == 5)
        let heights = bars.map(\.height.points)
        let values = [10.0, 40, 5, 52, 26]
        for (h, v) in zip(heights, values) { #expect(abs(h / v - heights[0] / 10) < 1e-9) }
        #expect(Set(bars.map { ($0.maxY.points * 1000).rounded() }).count == 1)
        // Within a group the series go left to right in order, and groups do not overlap.
        for (a, b) in zip(bars, bars.dropFirst()) { #expect(a.maxX <= b.minX) }
        let texts = ChartFixtures.texts(try c.draw(size: size, shaper: ChartFixtures.shaper)).map(\.line.text)
        #expect(texts.contains("52") && texts.contains("40"))
        // An empty bar gets no value label: the only "0" is the axis's tick.
        #expect(texts.filter { $0 == "0" }.count == 1)
    }

    @Test(arguments: [1, 3, 30, 200])
    func textStaysInTheBoxAndNeverOverlaps(count: Int) throws {
        for mode in ChartColorMode.allCases {
            for shaper: any TextShaper in [ChartFixtures.shaper, NotoLikeShaper()] {
                let items = try chart(ChartFixtures.bars(count), mode: mode).draw(size: size, shaper: shaper)
                #expect(ChartFixtures.outside(items, size).isEmpty)
                #expect(ChartFixtures.overlaps(ChartFixtures.texts(items)).isEmpty)
            }
        }
    }

    @Test func lowerBoundsGetAnArrowAndRangesAWhisker() throws {
        let c = chart([ChartBar(label: "8 April 2011", values: [ChartValue(36), ChartValue(best: 350, isLowerBound: true),
                                                                ChartValue(best: 7, low: 6, high: 9)])])
        let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
        let strokes = ChartFixtures.shapes(items).filter { $0.fill == nil && $0.stroke?.color == c.style.textColor }
        #expect(strokes.filter { $0.path.elements.count == 5 }.count == 2)  // the arrow, and its legend entry
        #expect(strokes.filter { $0.path.elements.count == 6 }.count == 1)  // the whisker
        let texts = ChartFixtures.texts(items).map(\.line.text)
        #expect(texts.contains("≥350") && texts.contains("At least (a lower bound)"))
    }

    @Test func altTextAndTable() {
        let c = chart(ChartFixtures.threeBars)
        #expect(c.altText.hasPrefix("Grouped bar chart of casualties for 3 events: 11 killed, 36 abducted on 28–29 July 2009"))
        #expect(c.dataTable.count == 4)
        #expect(c.dataTable[0] == ["Date", "Killed", "Injured", "Abducted", "Total"])
        #expect(c.dataTable[2] == ["8 April 2011", "36", "≥350", "0", "≥386"])
        #expect(c.dataTable[3] == ["1 September 2013", "52", "0", "7 (7–9)", "59 (59–61)"])
    }
}
