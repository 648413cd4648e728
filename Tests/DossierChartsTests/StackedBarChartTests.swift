// StackedBarChartTests: geometry read back from the drawn items: heights, overlaps, box, legend.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct StackedBarChartTests {
    let size = Size(width: .pt(453.54), height: .pt(255))

    func chart(_ bars: [ChartBar], mode: ChartColorMode = .color, legend: ChartLegendPosition = .top,
               title: String? = "Casualties per attack") -> BarChart {
        var style = ChartStyle.standard()
        style.mode = mode
        style.legendPosition = legend
        return BarChart(.stacked, bars: bars, series: Palette.series(["Killed", "Injured", "Abducted"], mode: mode),
                               style: style, title: title)
    }

    @Test func barHeightsAreProportionalToTheValues() throws {
        let bars = [
            ChartBar(label: "A", values: [ChartValue(10), ChartValue(20), ChartValue(5)]),
            ChartBar(label: "B", values: [ChartValue(52), ChartValue(0), ChartValue(7)]),
            ChartBar(label: "C", values: [ChartValue(1), ChartValue(2), ChartValue(3)]),
        ]
        let c = chart(bars)
        let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
        let shapes = ChartFixtures.shapes(items)
        let gridLines = shapes.filter { $0.stroke?.color == c.style.gridColor }
        let gridTop = try #require(gridLines.map { $0.path.bounds.minY }.min())
        var heights: [Double] = []
        var bases: [Length] = []
        for (b, bar) in bars.enumerated() {
            for (s, value) in bar.values.enumerated() where value.best > 0 {
                let fill = c.series[s].paint(in: c.style)
                // The segments of bar b are the b-th of its series' fill below the legend.
                let segments = shapes.filter { $0.fill == fill && $0.path.bounds.minY >= gridTop - .pt(0.01) }
                    .sorted { $0.path.bounds.minX < $1.path.bounds.minX }
                let withValue = bars.enumerated().filter { $0.element.values[s].best > 0 }.map(\.offset)
                let rect = segments[try #require(withValue.firstIndex(of: b))].path.bounds
                heights.append(rect.height.points / value.best)
                if s == 0 { bases.append(rect.maxY) }
            }
        }
        let unit = try #require(heights.first)
        for h in heights { #expect(abs(h - unit) < 1e-9, "height per person \(h) vs \(unit)") }
        // Every stack stands on the same baseline.
        for b in bases { #expect(b.approximatelyEquals(bases[0])) }
    }

    @Test func segmentsStackBottomToTopInSeriesOrder() throws {
        let c = chart([ChartBar(label: "A", values: [ChartValue(10), ChartValue(20), ChartValue(5)])])
        let shapes = ChartFixtures.shapes(try c.draw(size: size, shaper: ChartFixtures.shaper))
        let rects = c.series.map { s in shapes.filter { $0.fill == s.paint(in: c.style) }.map(\.path.bounds)
            .max { $0.height < $1.height }! }
        #expect(rects[0].minY.approximatelyEquals(rects[1].maxY))
        #expect(rects[1].minY.approximatelyEquals(rects[2].maxY))
    }

    @Test(arguments: [1, 3, 30, 200])
    func textStaysInTheBoxAndNeverOverlaps(count: Int) throws {
        let shapers: [any TextShaper] = [ChartFixtures.shaper, NotoLikeShaper()]
        for mode in ChartColorMode.allCases {
            for (legend, shaper) in [ChartLegendPosition.top, .bottom].flatMap({ l in shapers.map { (l, $0) } }) {
                let c = chart(ChartFixtures.bars(count), mode: mode, legend: legend)
                let items = try c.draw(size: size, shaper: shaper)
                let outside = ChartFixtures.outside(items, size)
                #expect(outside.isEmpty, "\(outside.count) items reach outside the box: \(outside.prefix(2))")
                let texts = ChartFixtures.texts(items)
                let overlaps = ChartFixtures.overlaps(texts)
                #expect(overlaps.isEmpty, "\(count) bars: \(overlaps.prefix(3))")
                // Something labels the bars, even if only every k-th.
                #expect(texts.contains { $0.line.text.hasPrefix("Att") })
            }
        }
    }

    @Test func narrowBoxesToo() throws {
        for width in [120.0, 200, 300] {
            let box = Size(width: .pt(width), height: .pt(160))
            for shaper: any TextShaper in [FixedWidthShaper(), NotoLikeShaper()] {
                let items = try chart(ChartFixtures.bars(12)).draw(size: box, shaper: shaper)
                let texts = ChartFixtures.texts(items)
                #expect(ChartFixtures.overlaps(texts).isEmpty)
                #expect(ChartFixtures.outside(items, box).isEmpty)
            }
        }
    }

    @Test func labelsFitInTheOrderWrapAbbreviateThenEveryKth() throws {
        func labels(_ bars: [ChartBar], width: Double) throws -> [String] {
            let items = try chart(bars, title: nil).draw(size: Size(width: .pt(width), height: .pt(200)),
                                                         shaper: ChartFixtures.shaper)
            return ChartFixtures.texts(items).map(\.line.text)
        }
        let three = ChartFixtures.threeBars
        #expect(try labels(three, width: 453).contains("28–29 July 2009"))
        let wrapped = try labels(three, width: 260)
        #expect(wrapped.contains("1 September") && wrapped.contains("2013"))
        let cut = try labels([ChartBar(label: "Attack on Camp Liberty with rockets", values: [ChartValue(1), ChartValue(2), ChartValue(3)]),
                              ChartBar(label: "Attack on Camp Liberty with mortars", values: [ChartValue(1), ChartValue(2), ChartValue(3)])],
                             width: 200)
        #expect(cut.contains { $0.hasSuffix("…") }, "\(cut)")
        let sparse = try labels(ChartFixtures.bars(200), width: 453)
        #expect(sparse.filter { $0.hasPrefix("Att") }.count < 200)
    }

    @Test func legendHasOneSwatchPerSeries() throws {
        for mode in ChartColorMode.allCases {
            let c = chart(ChartFixtures.threeBars, mode: mode)
            let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
            let texts = ChartFixtures.texts(items)
            let shapes = ChartFixtures.shapes(items)
            for s in c.series {
                let name = try #require(texts.first { $0.line.text == s.name }, "legend names \(s.name)")
                let swatches = shapes.filter { shape in
                    let b = shape.path.bounds
                    return shape.fill == s.paint(in: c.style) && b.maxX <= name.bounds.minX
                        && name.bounds.minX - b.maxX < .pt(6) && b.minY < name.bounds.maxY && name.bounds.minY < b.maxY
                }
                #expect(swatches.count == 1, "\(s.name) has \(swatches.count) swatches")
                #expect(swatches.first.map { $0.path.bounds.width.approximatelyEquals($0.path.bounds.height) } == true)
            }
        }
    }

    @Test func disputedFiguresAddALegendEntry() throws {
        var bars = ChartFixtures.threeBars
        bars[0].values[0].disputed = true
        let texts = ChartFixtures.texts(try chart(bars).draw(size: size, shaper: ChartFixtures.shaper))
        #expect(texts.contains { $0.line.text == "Disputed figure" })
        let plain = ChartFixtures.texts(try chart(ChartFixtures.threeBars).draw(size: size, shaper: ChartFixtures.shaper))
        #expect(!plain.contains { $0.line.text == "Disputed figure" })
    }

    @Test func valueLabelsShowTotalsWithLowerBoundsAndWhiskersForRanges() throws {
        let c = chart(ChartFixtures.threeBars)
        let items = try c.draw(size: size, shaper: ChartFixtures.shaper)
        let texts = ChartFixtures.texts(items).map(\.line.text)
        #expect(texts.contains("47"))
        #expect(texts.contains("≥386"))
        #expect(texts.contains("59"))
        let whiskers = ChartFixtures.shapes(items).filter {
            $0.fill == nil && $0.path.elements.count == 6 && $0.stroke?.color == c.style.textColor
        }
        #expect(whiskers.count == 1)
        // Total range 47 + 7…9: the whisker runs from 59 to 61 people.
        let plain = ChartFixtures.shapes(items).first { $0.fill == c.series[0].paint(in: c.style) && $0.path.bounds.height > .pt(20) }
        let killed52 = try #require(plain).path.bounds.height / 52
        #expect(try #require(whiskers.first).path.bounds.height.approximatelyEquals(killed52 * 2, tolerance: .pt(0.001)))
    }

    @Test func tickLabelsUseThousandsSeparators() throws {
        let bars = [ChartBar(label: "2013", values: [ChartValue(1200), ChartValue(80), ChartValue(0)])]
        let texts = ChartFixtures.texts(try chart(bars).draw(size: size, shaper: ChartFixtures.shaper)).map(\.line.text)
        #expect(texts.contains("1,000"))
        #expect(texts.contains("0"))
    }

    @Test func altTextForThreeBars() {
        var c = chart(ChartFixtures.threeBars, title: nil)
        c.period = "July 2009 to September 2013"
        #expect(c.altText == "Stacked bar chart of casualties for 3 events, July 2009 to September 2013: "
            + "11 killed, 36 abducted on 28–29 July 2009; 36 killed, at least 350 injured on 8 April 2011; "
            + "52 killed, 7 abducted (range 7–9) on 1 September 2013 (six women and one man).")
    }

    @Test func altTextSummarisesManyBars() {
        let c = chart(ChartFixtures.bars(30), title: "Casualties per attack")
        let text = c.altText
        #expect(text.hasPrefix("Casualties per attack. Stacked bar chart of casualties for 30 events. In total: "))
        #expect(text.contains("Largest: "))
        #expect(!text.contains(";"))
        #expect(text.contains("at least 6,375 injured"))
        #expect(text.hasSuffix(" Largest: 457 on Attack on Camp Ashraf, 28 April 2011: 50 killed, 407 injured, 0 abducted (range 0–3)."))
    }

    @Test func badInputThrowsTypedErrors() {
        let s = ChartFixtures.series
        #expect(throws: ChartError.noBars) {
            try BarChart(.stacked, bars: [], series: s, style: .standard()).draw(size: size, shaper: ChartFixtures.shaper)
        }
        #expect(throws: ChartError.valueCountMismatch(bar: "A", expected: 3, found: 1)) {
            try BarChart(.stacked, bars: [ChartBar(label: "A", values: [ChartValue(1)])], series: s, style: .standard())
                .draw(size: size, shaper: ChartFixtures.shaper)
        }
        #expect(throws: ChartError.self) {
            try BarChart(.stacked, bars: [ChartBar(label: "A", values: [ChartValue(-1), ChartValue(1), ChartValue(1)])],
                                series: s, style: .standard()).draw(size: size, shaper: ChartFixtures.shaper)
        }
        #expect(throws: ChartError.self) {
            try BarChart(.stacked, bars: [ChartBar(label: "A", values: [ChartValue(best: 5, high: 2), ChartValue(1), ChartValue(1)])],
                                series: s, style: .standard()).draw(size: size, shaper: ChartFixtures.shaper)
        }
        #expect(throws: ChartError.self) {
            try BarChart(.stacked, bars: ChartFixtures.threeBars, series: s, style: .standard())
                .draw(size: Size(width: .pt(200), height: .pt(20)), shaper: ChartFixtures.shaper)
        }
    }

    @Test func outOfRangeStylesThrowInsteadOfTrapping() {
        for change in [{ (s: inout ChartStyle) in s.labelSize = .zero }, { $0.labelSize = .pt(.nan) },
                       { $0.barWidthRatio = 0 }, { $0.titleSize = .pt(1e300) }, { $0.gridLineWidth = .pt(-1) }] {
            var style = ChartStyle.standard()
            change(&style)
            #expect(throws: ChartError.self) {
                try BarChart(.stacked, bars: ChartFixtures.threeBars, series: ChartFixtures.series, style: style)
                    .draw(size: size, shaper: ChartFixtures.shaper)
            }
            #expect(throws: ChartError.self) {
                try CategoryBarChart(values: ChartFixtures.threeBars[0].values, series: ChartFixtures.series, style: style)
                    .draw(size: CategoryBarChart.standardSize, shaper: ChartFixtures.shaper)
            }
        }
    }

    @Test func previews() throws {
        for count in [1, 3, 12, 30, 200] {
            for mode in ChartColorMode.allCases {
                let bars = count == 3 ? ChartFixtures.threeBars : ChartFixtures.bars(count)
                let items = try chart(bars, mode: mode).draw(size: size, shaper: ChartFixtures.shaper)
                try SVGPreview.write(items, size: size, name: "stacked-\(count)-\(mode)")
            }
            let dated = try chart(ChartFixtures.dateBars(count), title: nil).draw(size: size, shaper: ChartFixtures.shaper)
            try SVGPreview.write(dated, size: size, name: "dated-\(count)")
        }
        var narrow = chart(ChartFixtures.threeBars, mode: .print, legend: .bottom, title: "Casualties of the three largest attacks on Camp Ashraf")
        narrow.axisTitle = "People"
        let small = Size(width: .pt(220), height: .pt(170))
        try SVGPreview.write(try narrow.draw(size: small, shaper: ChartFixtures.shaper), size: small, name: "narrow")
    }
}
