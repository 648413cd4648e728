// AxisLabelTests: labels under vertical bars fit in the order wrap, rotate, abbreviate, skip.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct AxisLabelTests {
    func labels(_ bars: [ChartBar], width: Double, height: Double = 255,
                shaper: any TextShaper = ChartFixtures.shaper) throws -> [TextItem] {
        let chart = BarChart(.stacked, bars: bars, series: ChartFixtures.series, style: .standard())
        let size = Size(width: .pt(width), height: .pt(height))
        let items = try chart.draw(size: size, shaper: shaper)
        #expect(ChartFixtures.outside(items, size).isEmpty)
        #expect(ChartFixtures.overlaps(ChartFixtures.texts(items)).isEmpty)
        let names = Set(bars.map(\.label))
        return ChartFixtures.texts(items).filter { t in names.contains { $0.hasPrefix(t.line.text.replacingOccurrences(of: "…", with: "")) || $0.contains(t.line.text) } }
    }

    @Test func datesTooWideToWrapAreTurnedAndKeptWhole() throws {
        for shaper: any TextShaper in [ChartFixtures.shaper, NotoLikeShaper()] {
            let bars = ChartFixtures.dateBars(15)
            let turned = try labels(bars, width: 453, shaper: shaper).filter { $0.rotation == 45 }
            #expect(turned.map(\.line.text) == bars.map(\.label))
            // Each hangs from its bar: the end of its baseline is right of the bar's centre by
            // no more than half a line.
            for (t, next) in zip(turned, turned.dropFirst()) {
                #expect(t.origin.x < next.origin.x)
            }
        }
    }

    @Test func levelLabelsComeFirstAndTurningIsBoundedInHeight() throws {
        // Whole on one line, then on two.
        #expect(try labels(ChartFixtures.threeBars, width: 453).allSatisfy { $0.rotation == 0 })
        #expect(try labels(ChartFixtures.threeBars, width: 260).allSatisfy { $0.rotation == 0 })
        // Labels so long that turned they would take more than 30 % of the height are cut short
        // or skipped, never turned.
        let long = try labels(ChartFixtures.bars(12), width: 453)
        #expect(long.allSatisfy { $0.rotation == 0 })
        #expect(long.contains { $0.line.text.hasSuffix("…") } || long.count < 12)
        // Too many bars to turn every label: every k-th, level.
        let many = try labels(ChartFixtures.dateBars(120), width: 453)
        #expect(many.count < 120 && many.allSatisfy { $0.rotation == 0 })
    }

    @Test func periodBarsCarryAnEventsRow() throws {
        let a = try ChartAggregation.make(ChartFixtures.events(400, everyDays: 9), threshold: 30)
        let chart = BarChart(.stacked, a, series: ChartFixtures.series, style: .standard())
        let size = Size(width: .pt(453), height: .pt(255))
        let items = try chart.draw(size: size, shaper: NotoLikeShaper())
        let texts = ChartFixtures.texts(items)
        #expect(ChartFixtures.overlaps(texts).isEmpty)
        let header = try #require(texts.first { $0.line.text == "Events" })
        let row = texts.filter { $0.origin.y.approximatelyEquals(header.origin.y) && $0.line.text != "Events" }
        #expect(row.count == a.bars.count)
        #expect(row.map(\.line.text) == a.bars.map { "\($0.eventCount!)" })
        // The row sits under every bar label.
        let labelBottom = texts.filter { t in a.bars.contains { $0.label == t.line.text } }.map(\.bounds.maxY).max()!
        #expect(row.allSatisfy { $0.bounds.minY >= labelBottom })
    }
}
