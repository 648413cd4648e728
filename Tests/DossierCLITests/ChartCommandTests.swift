// ChartCommandTests: `dossier chart` end to end: formats, exit codes, alt text, bars measured in pixels, print greys.

import DossierBuild
import DossierCharts
import DossierDisplay
import DossierDocument
import Foundation
import Testing

@Suite(.serialized) struct ChartCommandTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path

    /// Writes a project whose incidents have the given dates and figures (YAML values by category).
    static func project(_ incidents: [(date: String, casualties: [String: String])], disputed: Set<Int> = [],
                        layouts: [String: String] = [:]) throws -> String {
        let dir = try Tool.temporaryDirectory().appendingPathComponent("project")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("records"), withIntermediateDirectories: true)
        try """
        title: "Test dossier of \(incidents.count) incidents"
        organisation: Test
        language: en
        data_as_of: 2026-11-20
        layout: dossier
        records: [records]
        """.write(to: dir.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        try """
        - {id: s1, title: Report one, publisher: Monitor A}
        - {id: s2, title: Report two, author: Jane Doe}
        """.write(to: dir.appendingPathComponent("records/sources.yaml"), atomically: true, encoding: .utf8)
        var yaml = ""
        for (i, incident) in incidents.enumerated() {
            yaml += "- id: ev-\(i)\n  title: Attack number \(i + 1)\n  date: \(incident.date)\n"
            yaml += "  location: {name: Camp, country: IQ}\n  casualties:\n"
            for category in incident.casualties.keys.sorted() { yaml += "    \(category): \(incident.casualties[category]!)\n" }
            yaml += "  verification: \(disputed.contains(i) ? "disputed" : "confirmed")\n  summary: Synthetic.\n  sources: [s1, s2]\n"
        }
        try yaml.write(to: dir.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        if !layouts.isEmpty {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("layouts"), withIntermediateDirectories: true)
            for (name, text) in layouts {
                try text.write(to: dir.appendingPathComponent("layouts/\(name).yaml"), atomically: true, encoding: .utf8)
            }
        }
        return dir.path
    }

    /// `count` incidents over about twelve years with figures that vary, some ranges, bounds and disputes.
    static func many(_ count: Int) throws -> String {
        let start = Day(year: 2009, month: 1, day: 1).dayNumber
        let incidents = (0..<count).map { i -> (date: String, casualties: [String: String]) in
            let day = Day(dayNumber: start + (count <= 3 ? [0, 620, 1500][i] : (i * 7919) % (365 * 12)))
            var figures = ["killed": "\((i * 37 + 5) % 53)", "injured": i % 5 == 0 ? "{low: \((i * 91) % 410)}" : "\((i * 91) % 410)"]
            let abducted = (i * 13) % 9
            if abducted > 0 { figures["abducted"] = "{best: \(abducted), low: \(max(0, abducted - 2)), high: \(abducted + 3)}" }
            return (day.description, figures)
        }
        return try project(incidents, disputed: Set((0..<count).filter { $0 % 11 == 4 }))
    }

    /// Every `/Alt` text in a PDF, as qpdf reads them.
    static func altTexts(_ pdf: String) throws -> [String] {
        let json = try Tool.run("qpdf", ["--json=2", "--json-key=qpdf", pdf]).stdout
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var found: [String] = []
        func walk(_ value: Any) {
            if let dict = value as? [String: Any] {
                for (key, v) in dict.sorted(by: { $0.key < $1.key }) {
                    if key == "/Alt", let s = v as? String { found.append(s.hasPrefix("u:") ? String(s.dropFirst(2)) : s) }
                    walk(v)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        return found
    }

    /// A greyscale image read from a binary PGM, values 0 (black) to 1 (white).
    struct GreyImage {
        var width: Int
        var height: Int
        var pixels: [UInt8]

        /// Renders page 1 of a PDF with poppler at `dpi`, in grey.
        init(pdf: String, dpi: Int) throws {
            let base = try Tool.temporaryDirectory().appendingPathComponent("page").path
            let result = try Tool.run("pdftoppm", ["-r", "\(dpi)", "-gray", "-singlefile", pdf, base])
            #expect(result.status == 0, "\(result.stderr)")
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: base + ".pgm")))
            // "P5", width, height, maximum, each after white space; one byte of white space before the pixels.
            var fields: [Int] = [], i = 2, current = ""
            while fields.count < 3 {
                let c = Character(UnicodeScalar(data[i]))
                if c.isNumber { current.append(c) } else if !current.isEmpty { fields.append(Int(current)!); current = "" }
                i += 1
            }
            width = fields[0]; height = fields[1]
            pixels = Array(data[i...].prefix(width * height))
        }

        func grey(_ x: Int, _ y: Int) -> Double { Double(pixels[y * width + x]) / 255 }

        /// The run of dark pixels (below half grey) in column `x` that holds row `y`.
        func darkRun(x: Int, through y: Int) -> ClosedRange<Int>? {
            guard grey(x, y) < 0.5 else { return nil }
            var top = y, bottom = y
            while top > 0 && grey(x, top - 1) < 0.5 { top -= 1 }
            while bottom < height - 1 && grey(x, bottom + 1) < 0.5 { bottom += 1 }
            return top...bottom
        }

        /// The mean and standard deviation of the grey inside a rectangle of pixels.
        func statistics(x: ClosedRange<Int>, y: ClosedRange<Int>) -> (mean: Double, deviation: Double) {
            let values = y.flatMap { row in x.map { grey($0, row) } }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            return (mean, variance.squareRoot())
        }
    }

    /// The overview chart of a project as `dossier chart` draws it, and the page it goes on.
    static func exported(_ project: String, kind: ChartKind, mode: ChartColorMode = .color,
                         size: Size = Size(width: .pt(600), height: .pt(360)),
                         shaper: any TextShaper) throws -> (chart: any Chart, page: Page) {
        let (dossier, _) = try ProjectBuilder.load(project)
        let layout = try ProjectBuilder.layout(named: dossier.spec.layout, project: project)
        var chart = try #require(DocumentBuilder(dossier: dossier, layout: layout).overviewChart(kind: kind, mode: mode)).chart
        chart.title = dossier.spec.title
        return (chart, try ChartExport.page(for: chart, size: size, shaper: shaper))
    }

    static func flatten(_ items: [FrameItem]) -> [FrameItem] {
        items.flatMap { item -> [FrameItem] in
            if case .group(let g) = item { return flatten(g.items.offsetBy(dx: g.offset.x, dy: g.offset.y)) }
            return [item]
        }
    }

    // MARK: The command

    @Test func writesPDFSVGOrPNGByExtension() throws {
        let dir = try Tool.temporaryDirectory()
        for (kind, ext) in [("stacked", "pdf"), ("grouped", "svg"), ("horizontal", "png"), ("timeline", "pdf")] {
            let out = dir.appendingPathComponent("chart-\(kind).\(ext)").path
            let result = try Tool.run(Tool.dossier, ["chart", Self.sample, "--kind", kind, "-o", out])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
            let head = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)).prefix(8))
            switch ext {
            case "pdf": #expect(head.starts(with: Array("%PDF-".utf8)))
            case "png": #expect(head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            default: #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<svg"))
            }
        }
        // Nothing but the outputs is left in the folder: no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            == ["chart-grouped.svg", "chart-horizontal.png", "chart-stacked.pdf", "chart-timeline.pdf"])
    }

    @Test func twoExportsAreByteIdentical() throws {
        let dir = try Tool.temporaryDirectory()
        for name in ["a.pdf", "b.pdf"] {
            #expect(try Tool.run(Tool.dossier, ["chart", Self.sample, "--kind", "timeline", "-o", dir.appendingPathComponent(name).path]).status == 0)
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.pdf")) == Data(contentsOf: dir.appendingPathComponent("b.pdf")))
    }

    @Test func defaultOutputIsUnderOutputNamedForProjectAndKind() throws {
        let dir = try Tool.temporaryDirectory()
        let result = try Tool.run(Tool.dossier, ["chart", Self.sample, "--kind", "grouped", "--json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/ashraf-grouped.pdf").path))
        #expect(result.stdout.contains("\"alt_text\" : \"Camp Ashraf: Attacks on Residents, 2009–2013. Grouped bar chart"))
    }

    @Test func chartPDFIsTaggedWithItsAltTextTitleAndCaption() throws {
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("c.pdf").path
        #expect(try Tool.run(Tool.dossier, ["chart", Self.sample, "-o", pdf]).status == 0)
        let info = try Tool.info(pdf)
        #expect(info["Title"] == "Camp Ashraf: Attacks on Residents, 2009–2013: stacked chart")
        #expect(info["Tagged"] == "yes")
        #expect(info["Pages"] == "1")
        #expect(info["CreationDate"]?.contains("2026") == true)
        let structure = try Tool.run("pdfinfo", ["-struct-text", pdf]).stdout
        #expect(structure.contains("Figure") && structure.contains("Caption"), "\(structure)")
        #expect(structure.contains("Figures are as reported by"))
        #expect(try Self.altTexts(pdf) == ["Camp Ashraf: Attacks on Residents, 2009–2013. Stacked bar chart of casualties "
            + "for 3 events, 2009–2013: 11 killed (disputed), 36 abducted on 28–29 July 2009; 36 killed, at least 350 "
            + "injured on 8 April 2011; 52 killed, 7 abducted on 1 September 2013."])
        #expect(try Tool.run("qpdf", ["--check", pdf]).status == 0)
        // Text is text: the labels can be searched.
        let text = try Tool.text(pdf)
        #expect(text.contains("8 April 2011") && text.contains("≥386"))
    }

    @Test func sampleDossierTagsEveryChartWithAltText() throws {
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("ashraf.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        let structure = try Tool.run("pdfinfo", ["-struct-text", pdf]).stdout
        // The overview chart and one small chart per incident (the cover's key figures may be one more).
        #expect(structure.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "Figure" }.count >= 4)
        let alts = try Self.altTexts(pdf)
        #expect(alts.filter { $0.hasPrefix("Stacked bar chart of casualties") }.count == 1, "\(alts)")
        #expect(alts.filter { $0.hasPrefix("Bar chart of casualties on ") }.count == 3, "\(alts)")
        #expect(alts.contains("Stacked bar chart of casualties for 3 events, 2009–2013: 11 killed (disputed), 36 abducted "
            + "on 28–29 July 2009; 36 killed, at least 350 injured on 8 April 2011; 52 killed, 7 abducted on 1 September 2013."))
        #expect(alts.contains("Bar chart of casualties on 28–29 July 2009: 11 killed (disputed), 36 abducted."))
        #expect(alts.contains("Bar chart of casualties on 8 April 2011: 36 killed, at least 350 injured."))
        #expect(alts.contains("Bar chart of casualties on 1 September 2013: 52 killed, 7 abducted."))
        let text = try Tool.text(pdf)
        #expect(text.contains("Figures are as reported by Amnesty International"))
    }

    @Test func exitCodesSayWhatWentWrong() throws {
        let dir = try Tool.temporaryDirectory()
        let out = dir.appendingPathComponent("c.pdf").path
        for bad in [["--kind", "pie"], ["-o", dir.appendingPathComponent("c.jpg").path], ["--width", "0"],
                    ["--mode", "sepia"], ["--dpi", "-3"]] {
            let result = try Tool.run(Tool.dossier, ["chart", Self.sample] + bad)
            #expect(result.status == 2, "\(bad): \(result.status) \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
        let missing = try Tool.run(Tool.dossier, ["chart", "/nonexistent/project", "-o", out])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/project"))
        let layout = try Self.project([("2013-09-01", ["killed": "52"])], layouts: ["zero": "chart: {threshold: 0}\n"])
        let zero = try Tool.run(Tool.dossier, ["chart", layout, "--layout", "zero", "-o", out])
        #expect(zero.status == 1 && zero.stderr.contains("chart.threshold"), "\(zero.stderr)")
        let unwritable = try Tool.run(Tool.dossier, ["chart", Self.sample, "-o", "/proc/dossier-test/c.pdf"])
        #expect(unwritable.status == 3, "\(unwritable.stderr)")
        // A chart that cannot be drawn in the box asked for is invalid input, and the last good file stays.
        #expect(try Tool.run(Tool.dossier, ["chart", Self.sample, "-o", out]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: out))
        let tiny = try Tool.run(Tool.dossier, ["chart", Self.sample, "-o", out, "--width", "80", "--height", "72"])
        #expect(tiny.status == 1, "\(tiny.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == before)
        let empty = try Self.project([("2013-09-01", ["killed": "{note: many}"])])
        #expect(try Tool.run(Tool.dossier, ["chart", empty, "-o", out]).status == 0)
    }

    @Test func theLayoutsThresholdDecidesWhenIncidentsAreSummed() throws {
        let dates = ["2009-07-28", "2009-09-01", "2011-04-08", "2012-01-01", "2013-09-01", "2013-10-01"]
        let project = try Self.project(dates.map { ($0, ["killed": "10"]) },
                                       layouts: ["five": "chart: {threshold: 5, mode: print}\n"])
        let out = try Tool.temporaryDirectory().appendingPathComponent("c.pdf").path
        let result = try Tool.run(Tool.dossier, ["chart", project, "--layout", "five", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let alt = try #require(try Self.altTexts(out).first)
        #expect(alt.hasSuffix("Stacked bar chart of casualties for 5 years, 2009–2013: 20 killed in 2009 (2 events); "
            + "none recorded in 2010 (no events); 10 killed in 2011 (1 event); 10 killed in 2012 (1 event); "
            + "20 killed in 2013 (2 events)."), "\(alt)")
        #expect(try Tool.text(out).contains("Events"))
        // With the standard threshold of 30, the six are charted one by one.
        #expect(try Tool.run(Tool.dossier, ["chart", project, "-o", out]).status == 0)
        #expect(try Self.altTexts(out).first?.contains("for 6 events, 2009–2013") == true)
    }

    // MARK: Pixels

    @Test func barHeightsInRenderedPixelsAreProportionalToTheFigures() throws {
        let values = [10, 20, 40, 5, 35]
        let project = try Self.project(values.enumerated().map { ("201\($0.offset)-03-01", ["killed": "\($0.element)"]) })
        let builder = try ProjectBuilder()
        for kind in [ChartKind.stacked, .grouped, .horizontal] {
            let (chart, page) = try Self.exported(project, kind: kind, mode: .print,
                                                  size: Size(width: .pt(400), height: .pt(300)), shaper: builder.textShaper)
            let pdf = try Tool.temporaryDirectory().appendingPathComponent("bars.pdf").path
            try ChartExport.write(page, to: pdf, format: .pdf, metadata: DocumentMetadata(title: "bars"), dpi: 72)
            let image = try GreyImage(pdf: pdf, dpi: 72)
            let fill = Palette.series(["Killed"], mode: .print)[0].paint(in: chart.style)
            let bars = Self.flatten(page.items).compactMap { item -> Rect? in
                // Bars, not the legend's swatch.
                guard case .shape(let s) = item, s.fill == fill, s.path.bounds.height > .pt(12) else { return nil }
                return s.path.bounds
            }
            #expect(bars.count == values.count, "\(kind): \(bars.count) bars \(bars)")
            let horizontal = kind == .horizontal
            let ordered = bars.sorted { horizontal ? $0.minY < $1.minY : $0.minX < $1.minX }
            // Pixels per person, from the drawing; every bar's measured length must match it.
            let unit = (horizontal ? ordered[0].width : ordered[0].height).points / Double(values[0])
            var residuals: [Double] = []
            for (rect, value) in zip(ordered, values) {
                let measured: Int
                if horizontal {
                    let y = Int((rect.minY + rect.height / 2).points)
                    var left = Int(rect.minX.points) + 1, right = left
                    while image.grey(left - 1, y) < 0.5 { left -= 1 }
                    while image.grey(right + 1, y) < 0.5 { right += 1 }
                    measured = right - left + 1
                } else {
                    let x = Int((rect.minX + rect.width / 2).points)
                    let run = try #require(image.darkRun(x: x, through: Int(rect.maxY.points) - 2))
                    measured = run.count
                }
                residuals.append(Double(measured) - unit * Double(value))
            }
            // A constant offset is the axis line and the edges' anti-aliasing; beyond it, within a pixel.
            let offset = residuals.reduce(0, +) / Double(residuals.count)
            #expect(abs(offset) <= 1.5, "\(kind): offset \(offset)")
            for r in residuals { #expect(abs(r - offset) <= 1, "\(kind): residuals \(residuals)") }
        }
    }

    @Test func printFillsDifferFromTheirNeighboursInGreyOrPattern() throws {
        let categories = ["killed", "injured", "abducted", "detained", "missing"]
        let project = try Self.project([("2013-09-01", Dictionary(uniqueKeysWithValues: categories.map { ($0, "100") }))])
        let builder = try ProjectBuilder()
        let (_, page) = try Self.exported(project, kind: .stacked, mode: .print,
                                          size: Size(width: .pt(300), height: .pt(500)), shaper: builder.textShaper)
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("print.pdf").path
        try ChartExport.write(page, to: pdf, format: .pdf, metadata: DocumentMetadata(title: "print"), dpi: 72)
        let dpi = 150.0
        let image = try GreyImage(pdf: pdf, dpi: Int(dpi))
        let segments = Self.flatten(page.items).compactMap { item -> Rect? in
            guard case .shape(let s) = item, s.fill != nil, s.path.bounds.height > .pt(40) else { return nil }
            return s.path.bounds
        }.sorted { $0.maxY > $1.maxY }
        #expect(segments.count == categories.count)
        let stats = segments.map { r in
            let px = { (l: Length) in Int(l.points * dpi / 72) }
            return image.statistics(x: (px(r.minX) + 4)...(px(r.maxX) - 4), y: (px(r.minY) + 4)...(px(r.maxY) - 4))
        }
        for (a, b) in zip(stats, stats.dropFirst()) {
            let grey = abs(a.mean - b.mean), pattern = abs(a.deviation - b.deviation)
            #expect(grey >= 0.15 || pattern >= 0.1, "neighbours too alike: \(a) and \(b) in \(stats)")
        }
        // On a photocopy only grey survives: no two neighbours may be the same flat grey.
        #expect(Set(stats.map { ($0.mean * 20).rounded() }).count >= 4, "\(stats)")
    }

    // MARK: Real fonts

    @Test func labelsNeverOverlapWithTheBundledFontsAt1_3_30And2000Incidents() throws {
        let builder = try ProjectBuilder()
        for count in [1, 3, 30, 2000] {
            let project = try Self.many(count)
            for kind in ChartKind.allCases {
                for mode in ChartColorMode.allCases {
                    for size in [Size(width: .pt(600), height: .pt(360)), Size(width: .pt(453.5), height: .pt(250))] {
                        var box = size
                        if kind == .horizontal { box.height = ChartKind.horizontal.height(for: min(count, 30), style: .standard(), in: .alone) }
                        let (chart, _) = try Self.exported(project, kind: kind, mode: mode, size: box, shaper: builder.textShaper)
                        let items = Self.flatten(try chart.draw(size: box, shaper: builder.textShaper))
                        let texts = items.compactMap { item -> TextItem? in if case .text(let t) = item { return t }; return nil }
                        for (i, a) in texts.enumerated() {
                            for b in texts[(i + 1)...] where Self.overlap(a, b) {
                                Issue.record("\(count) \(kind) \(mode) \(box): “\(a.line.text)” overlaps “\(b.line.text)”")
                            }
                            #expect(Rect(origin: .zero, size: box).contains(a.bounds, tolerance: .pt(0.5)),
                                    "\(count) \(kind): “\(a.line.text)” leaves the box")
                        }
                        #expect(texts.count >= 4)
                    }
                }
            }
        }
    }

    /// Whether two text items' ink boxes, turned with them, share area.
    static func overlap(_ a: TextItem, _ b: TextItem) -> Bool {
        func corners(_ t: TextItem) -> [(Double, Double)] {
            let angle = -t.rotation * Double.pi / 180
            let c = cos(angle), s = sin(angle)
            let x0 = t.line.x.points, x1 = x0 + t.line.width.points, y0 = -t.line.ascent.points, y1 = t.line.descent.points
            return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map { (t.origin.x.points + $0 * c - $1 * s, t.origin.y.points + $0 * s + $1 * c) }
        }
        let p = corners(a), q = corners(b)
        for poly in [p, q] {
            for k in 0..<4 {
                let (x0, y0) = poly[k], (x1, y1) = poly[(k + 1) % 4]
                let axis = (y1 - y0, x0 - x1)
                let pa = p.map { $0.0 * axis.0 + $0.1 * axis.1 }, pb = q.map { $0.0 * axis.0 + $0.1 * axis.1 }
                if pa.max()! <= pb.min()! + 1e-9 || pb.max()! <= pa.min()! + 1e-9 { return false }
            }
        }
        return true
    }
}
