// Chart reference images: each kind of chart drawn with the bundled fonts at 72 dpi and compared
// with PNGs checked in beside this file. Set RECORD_REFERENCES=1 to write them again (the run then
// fails on purpose, so a re-record is never silent); look at them before committing.

import CairoPango
import DossierCharts
import DossierDisplay
import DossierLayout
import DossierRender
import Foundation
import Testing

@Suite(.serialized) struct ChartReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let references = root.appendingPathComponent("References")
    static let fonts: FontLibrary? = try? FontLibrary(directory: root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fonts").path)

    /// Draws `chart` in a box of `size` on a page with a small margin, renders it and compares it
    /// with its reference.
    func check(_ name: String, _ chart: any Drawing, size: Size) throws {
        let fonts = try #require(Self.fonts)
        let shaper = Typesetter(try PangoShaper(fonts: fonts))
        let margin = Length.pt(8)
        let items = try chart.draw(size: size, shaper: shaper).offsetBy(dx: margin, dy: margin)
        let page = Page(size: Size(width: size.width + margin * 2, height: size.height + margin * 2), items: items, number: 1)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-chart-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = name + ".png"
        let rendered = scratch.appendingPathComponent(file)
        try PNGRenderer.render(page, dpi: 72, to: rendered.path, fonts: fonts)
        let reference = Self.references.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1" {
            try? FileManager.default.removeItem(at: reference)
            try FileManager.default.copyItem(at: rendered, to: reference)
            Issue.record("reference \(file) re-recorded; look at it, then run again without RECORD_REFERENCES")
            return
        }
        guard FileManager.default.fileExists(atPath: reference.path) else {
            Issue.record("no reference \(file); run with RECORD_REFERENCES=1"); return
        }
        let difference = try PixelImage.readPNG(rendered.path).difference(from: PixelImage.readPNG(reference.path))
        #expect(difference < 0.002, "\(file) differs from its reference in \(Int(difference * 10000)) of 10,000 pixels")
    }

    func style(_ mode: ChartColorMode, compact: Bool = false) -> ChartStyle {
        var style = compact ? ChartStyle.compact() : ChartStyle.standard()
        style.mode = mode
        style.valueLabels = !compact
        return style
    }

    /// The three Camp Ashraf attacks as dated events.
    var ashraf: [ChartEvent] {
        zip(ChartFixtures.threeBars, [(Day(year: 2009, month: 7, day: 28), Day(year: 2009, month: 7, day: 29)),
                                      (Day(year: 2011, month: 4, day: 8), nil),
                                      (Day(year: 2013, month: 9, day: 1), nil)]).map { bar, dates in
            ChartEvent(start: dates.0, end: dates.1, label: bar.label, values: bar.values, note: bar.note)
        }
    }

    @Test func stackedInColour() throws {
        let chart = BarChart(.stacked, bars: ChartFixtures.threeBars, series: ChartFixtures.series, style: style(.color),
                             title: "Casualties per attack")
        try check("chart-stacked-color", chart, size: Size(width: .pt(320), height: .pt(200)))
    }

    /// The overview of the briefing and hearing layouts: stacked hatches in grey, a disputed
    /// figure's dashed outline and a lower bound's arrow, as a photocopy shows them.
    @Test func stackedForPrint() throws {
        let chart = BarChart(.stacked, bars: ChartFixtures.threeBars, series: ChartFixtures.series, style: style(.print),
                             title: "Casualties per attack")
        try check("chart-stacked-print", chart, size: Size(width: .pt(320), height: .pt(200)))
    }

    @Test func groupedForPrint() throws {
        let chart = BarChart(.grouped, bars: ChartFixtures.threeBars, series: ChartFixtures.series, style: style(.print))
        try check("chart-grouped-print", chart, size: Size(width: .pt(320), height: .pt(200)))
    }

    @Test func horizontalWithLongLabels() throws {
        let chart = BarChart(.horizontal, bars: ChartFixtures.bars(5), series: ChartFixtures.series, style: style(.color))
        let height = ChartKind.horizontal.height(for: 5, style: chart.style, in: .document)
        try check("chart-horizontal-color", chart, size: Size(width: .pt(480), height: height))
    }

    @Test func timelineForPrint() throws {
        let chart = TimelineChart(events: ashraf, series: ChartFixtures.series, style: style(.print))
        try check("chart-timeline-print", chart, size: Size(width: .pt(320), height: .pt(180)))
    }

    @Test func periodsWithTheirEventCounts() throws {
        let aggregation = try ChartAggregation.make(ChartFixtures.events(120, everyDays: 9), threshold: 12)
        let chart = ChartKind.stacked.chart(aggregation, series: ChartFixtures.series, style: style(.print))
        try check("chart-periods-print", chart, size: Size(width: .pt(360), height: .pt(220)))
    }

    @Test func oneIncidentsCategories() throws {
        let chart = CategoryBarChart(values: ChartFixtures.threeBars[2].values, series: ChartFixtures.series,
                                     style: style(.color, compact: true), event: "1 September 2013")
        try check("chart-category-color", chart, size: CategoryBarChart.standardSize)
    }

    /// An incident's figures as the hearing layout prints them beside its table.
    @Test func oneIncidentsCategoriesForPrint() throws {
        let chart = CategoryBarChart(values: ChartFixtures.threeBars[0].values, series: ChartFixtures.series,
                                     style: style(.print, compact: true), event: "28–29 July 2009")
        try check("chart-category-print", chart, size: CategoryBarChart.standardSize)
    }
}
