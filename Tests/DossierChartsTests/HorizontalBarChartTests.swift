// HorizontalBarChartTests: rows from a column of labels: widths, labels level and whole, box.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct HorizontalBarChartTests {
    let size = Size(width: .pt(453.54), height: .pt(300))

    func chart(_ bars: [ChartBar], mode: ChartColorMode = .color) -> BarChart {
        var style = ChartStyle.standard()
        style.mode = mode
        return BarChart(.horizontal, bars: bars, series: Palette.series(["Killed", "Injured", "Abducted"], mode: mode), style: style)
    }

    @Test func rowWidthsAreProportionalAndStartAtOneAxis() throws {
        let c = chart(ChartFixtures.threeBars)
        let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
        let killed = ChartFixtures.shapes(items).filter { $0.fill == c.series[0].paint(in: c.style) && $0.path.bounds.height > .pt(10) }
            .map(\.path.bounds).sorted { $0.minY < $1.minY }
        #expect(killed.count == 3)
        let unit = killed[0].width.points / 11
        #expect(abs(killed[1].width.points / 36 - unit) < 1e-9 && abs(killed[2].width.points / 52 - unit) < 1e-9)
        #expect(killed.allSatisfy { $0.minX.approximatelyEquals(killed[0].minX) })
        // Rows top to bottom in order; labels level and whole, right-aligned against the axis.
        let texts = ChartFixtures.texts(items)
        let labels = ["28–29 July 2009", "8 April 2011", "1 September 2013"].map { l in texts.first { $0.line.text == l } }
        #expect(labels.allSatisfy { $0 != nil && $0!.rotation == 0 })
        let rights = labels.compactMap { $0?.bounds.maxX }
        #expect(rights.allSatisfy { $0.approximatelyEquals(rights[0]) && $0 < killed[0].minX })
        #expect(zip(labels, killed).allSatisfy { label, bar in
            guard let b = label?.bounds else { return false }
            return b.minY < bar.maxY && bar.minY < b.maxY
        })
        #expect(texts.contains { $0.line.text == "≥386" })
    }

    @Test(arguments: [1, 3, 30, 200])
    func textStaysInTheBoxAndNeverOverlaps(count: Int) throws {
        for mode in ChartColorMode.allCases {
            for shaper: any TextShaper in [ChartFixtures.shaper, NotoLikeShaper()] {
                let height = min(ChartKind.horizontal.height(for: count, style: .standard(), in: .document), .pt(700))
                let box = Size(width: size.width, height: height)
                let items = try chart(ChartFixtures.bars(count), mode: mode).draw(size: box, shaper: shaper)
                #expect(ChartFixtures.outside(items, box).isEmpty)
                let overlaps = ChartFixtures.overlaps(ChartFixtures.texts(items))
                #expect(overlaps.isEmpty, "\(count) rows: \(overlaps.prefix(2))")
                #expect(ChartFixtures.texts(items).contains { $0.line.text.hasPrefix("Attack") })
            }
        }
    }

    @Test func periodLabelsCarryTheirEventCounts() throws {
        let a = try ChartAggregation.make(ChartFixtures.events(200, everyDays: 9), threshold: 30)
        let c = BarChart(.horizontal, a, series: ChartFixtures.series, style: .standard())
        let box = Size(width: size.width, height: ChartKind.horizontal.height(for: a.bars.count, style: c.style, in: .document))
        let texts = ChartFixtures.texts(try c.draw(size: box, shaper: ChartFixtures.shaper)).map(\.line.text)
        #expect(a.period == .quarter)
        #expect(texts.contains { $0.hasPrefix("Q1 2009 (") && $0.hasSuffix(" events)") }, "\(texts.prefix(12))")
    }

    @Test func theOrientationHelperTurnsLongLabelsSideways() {
        let style = ChartStyle.standard()
        let width = Length.pt(453)
        #expect(BarOrientation.suited(to: ["2009", "2010", "2011"], width: width, style: style) == .vertical)
        #expect(BarOrientation.suited(to: ChartFixtures.threeBars.map(\.label), width: width, style: style) == .vertical)
        #expect(BarOrientation.suited(to: ChartFixtures.bars(12).map(\.label), width: width, style: style) == .horizontal)
        #expect(BarOrientation.suited(to: ChartFixtures.dateBars(30).map(\.label), width: width, style: style) == .horizontal)
        // Too many for a row each: stay vertical, where labels are skipped instead.
        #expect(BarOrientation.suited(to: ChartFixtures.bars(60).map(\.label), width: width, style: style) == .vertical)
        #expect(BarOrientation.suited(to: ["One label that is very long indeed"], width: width, style: style) == .vertical)
    }
}
