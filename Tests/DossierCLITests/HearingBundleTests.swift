// End to end: a hearing bundle (the dossier, its exhibit index, cover sheets and exhibits made by another
// tool) read back with pdftotext -bbox, qpdf and the production log.

import Foundation
import Testing

@Suite(.serialized) struct HearingBundleTests {
    /// Builds the bundle fixture in `layout`, returning the PDF's path and the command's result.
    static func build(layout: String = "hearing", extra: [String] = [], project: URL? = nil) throws -> (pdf: String, log: String, result: ProcessResult) {
        let dir = try project ?? BundleFixture.project()
        let pdf = dir.deletingLastPathComponent().appendingPathComponent("bundle.pdf").path
        let log = dir.deletingLastPathComponent().appendingPathComponent("production.csv").path
        let result = try Tool.run(Tool.dossier, ["build", dir.path, "--layout", layout, "--bates", "ASH", "--exhibit", "Exhibit A",
                                                 "-o", pdf, "--log", log, "--quiet"] + extra)
        return (pdf, log, result)
    }

    @Test func everyPageCarriesExactlyItsBatesNumberClearOfAllText() throws {
        let (pdf, _, result) = try Self.build(extra: ["--bates-start", "41", "--bates-digits", "7"])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try BundleFixture.words(pdf)
        #expect(pages.count == 28)
        for (i, page) in pages.enumerated() {
            // The stamp: the one Bates number at the foot (the index and cover sheets print ranges above it).
            let stamps = page.words.filter { $0.text.hasPrefix("ASH-") && $0.minY > page.height - 45 }
            #expect(page.words.filter { $0.text.hasPrefix("ASH-") && $0.minY > page.height - 72 }.count == 1)
            #expect(stamps.map(\.text) == [String(format: "ASH-%07d", 41 + i)], "page \(i + 1): \(stamps.map(\.text))")
            guard let stamp = stamps.first else { continue }
            // Bottom right on every page, even and odd.
            #expect(stamp.maxX > page.width - 30 && stamp.maxY > page.height - 30, "page \(i + 1): stamp at \(stamp)")
            for word in page.words where word.text != stamp.text {
                #expect(!stamp.touches(word, within: 2), "page \(i + 1): the Bates number touches “\(word.text)”")
            }
        }
    }

    @Test func exhibitLabelAndRunningHeadKeepTwelvePointsApartInEveryLayout() throws {
        let project = try BundleFixture.project()
        for layout in ["briefing", "dossier", "anniversary", "hearing"] {
            let (pdf, _, result) = try Self.build(layout: layout, project: project)
            #expect(result.status == 0, "\(layout): \(result.stderr)")
            for (i, page) in try BundleFixture.words(pdf).enumerated() {
                // The header band: words above the text block's top edge.
                let band = page.words.filter { $0.maxY < 60 }
                guard let label = band.last(where: { $0.text == "Exhibit" }) else { continue }
                let labelWords = band.filter { abs($0.minY - label.minY) < 1 && $0.minX >= label.minX }
                let others = band.filter { w in !labelWords.contains { $0.minX == w.minX && $0.text == w.text } }
                for word in others where word.minY < label.maxY && label.minY < word.maxY {
                    #expect(label.minX - word.maxX >= 11.9, "\(layout) page \(i + 1): “\(word.text)” ends \(label.minX - word.maxX) pt before the label")
                }
            }
        }
    }

    @Test func exhibitsKeepTheirTextInOrderAndLandscapeStaysLandscape() throws {
        let (pdf, _, result) = try Self.build()
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Tool.text(pdf)
        var expected = (1...3).flatMap { page in
            (1...(page == 1 ? 52 : 55)).map { "Statement page \(page), line \($0):" } + ["Statement page \(page), bottom line."]
        }
        expected += (1...74).map { "Listed person \($0)" } + ["List sheet 2, bottom line."]
        var rest = text[...]
        for line in expected {
            guard let found = rest.range(of: line) else { Issue.record("“\(line)” is missing or out of order"); return }
            rest = rest[found.upperBound...]
        }
        // The casualty list's pages: drawn wider than tall, inside the page.
        let pages = try BundleFixture.words(pdf)
        for number in [27, 28] {
            let page = pages[number - 1]
            let list = page.words.filter { $0.minY > 72 && $0.maxY < page.height - 72 }
            let width = (list.map(\.maxX).max() ?? 0) - (list.map(\.minX).min() ?? 0)
            let height = (list.map(\.maxY).max() ?? 0) - (list.map(\.minY).min() ?? 0)
            #expect(width > height * 1.2, "page \(number): the landscape list is \(width) × \(height)")
            #expect(list.allSatisfy { $0.minX > 0 && $0.maxX < page.width })
        }
    }

    @Test func indexCoversBookmarksAndStructureNameEveryExhibit() throws {
        let (pdf, _, result) = try Self.build()
        #expect(result.status == 0, "\(result.stderr)")
        let index = try Tool.text(pdf, page: 17, layout: true)
        #expect(index.contains("Exhibit index"))
        #expect(index.range(of: #"Exhibit B\s+Witness statement on the morning of the attack\s+19–23\s+ASH-000019\s+ASH-000023"#, options: .regularExpression) != nil, "\(index)")
        #expect(index.range(of: #"Exhibit C\s+Casualty list compiled by the residents' committee\s+25–28\s+ASH-000025\s+ASH-000028"#, options: .regularExpression) != nil, "\(index)")
        let cover = try Tool.text(pdf, page: 19)
        let sha = try Tool.run("sha256sum", [BundleFixture.exhibits.appendingPathComponent("statement-a4.pdf").path]).stdout.prefix(64)
        for fact in ["EXHIBIT B", "ASH-000019–ASH-000023", "3 pages", "exhibits/statement-a4.pdf", String(sha), "(article-2014-04-08)"] {
            #expect(cover.contains(fact), "the cover sheet lacks “\(fact)”:\n\(cover)")
        }
        #expect(try Tool.text(pdf, page: 20).contains("This page intentionally left blank"))

        let json = try Tool.run("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String ?? "" } == [
            "Exhibit A: Camp Ashraf: Attacks on Residents, 2009–2013", "Exhibit index",
            "Exhibit B: Witness statement on the morning of the attack",
            "Exhibit C: Casualty list compiled by the residents' committee",
        ])
        #expect(((outlines[0]["kids"] as? [Any]) ?? []).count >= 3, "the dossier's own bookmarks sit under its entry")
        let objects = try Tool.run("qpdf", ["--json", pdf]).stdout
        #expect(objects.contains("\"/Alt\": \"u:Exhibit B: Witness statement on the morning of the attack\""))
        #expect(try Tool.run("qpdf", ["--check", pdf]).status == 0)
        #expect(try Tool.info(pdf)["Tagged"] == "yes")
    }

    @Test func productionLogGivesFileHashPagesAndBatesRange() throws {
        let (_, log, result) = try Self.build()
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "label,title,file,sha256,source,first_page,last_page,exhibit_pages,bates_first,bates_last")
        let sha = try Tool.run("sha256sum", [BundleFixture.exhibits.appendingPathComponent("casualty-list-letter.pdf").path]).stdout.prefix(64)
        #expect(lines.count == 3)
        #expect(lines.last == "Exhibit C,Casualty list compiled by the residents' committee,exhibits/casualty-list-letter.pdf,\(sha),,25,28,2,ASH-000025,ASH-000028")
    }

    @Test func twoBundleBuildsAreByteIdentical() throws {
        let project = try BundleFixture.project()
        let first = try Self.build(project: project)
        let a = try Data(contentsOf: URL(fileURLWithPath: first.pdf))
        let second = try Self.build(project: project)
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: second.pdf))))
    }

    @Test func badExhibitsStopTheBuildNamingTheFileAndLeaveThePreviousBundle() throws {
        let project = try BundleFixture.project()
        let good = try Self.build(project: project)
        #expect(good.result.status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: good.pdf))
        let folder = project.appendingPathComponent("exhibits")
        try Data("not a pdf\n".utf8).write(to: folder.appendingPathComponent("notes.pdf"))
        let whole = try Data(contentsOf: folder.appendingPathComponent("statement-a4.pdf"))
        try whole.prefix(2000).write(to: folder.appendingPathComponent("damaged.pdf"))
        #expect(try Tool.run("qpdf", ["--encrypt", "user", "owner", "256", "--", folder.appendingPathComponent("statement-a4.pdf").path,
                                      folder.appendingPathComponent("locked.pdf").path]).status == 0)
        let yaml = project.appendingPathComponent("dossier.yaml")
        let original = try String(contentsOf: yaml, encoding: .utf8)
        for (file, words) in [("notes.pdf", "not a PDF"), ("damaged.pdf", "damaged"), ("locked.pdf", "encrypted"), ("gone.pdf", "no such file")] {
            try original.replacingOccurrences(of: "exhibits/casualty-list-letter.pdf", with: "exhibits/\(file)")
                .write(to: yaml, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: good.log)
            let failed = try Self.build(project: project)
            #expect(failed.result.status == 1, "\(file): \(failed.result.stderr)")
            #expect(failed.result.stderr.contains("dossier.yaml:") && failed.result.stderr.contains("exhibits/\(file)")
                    && failed.result.stderr.contains(words), "\(file): \(failed.result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: good.pdf)) == before, "\(file): the previous bundle changed")
            #expect(!FileManager.default.fileExists(atPath: good.log), "\(file): a log was written")
        }
    }

    @Test func theBundleNeverReplacesAnExhibit() throws {
        let project = try BundleFixture.project()
        let exhibit = project.appendingPathComponent("exhibits/statement-a4.pdf").path
        let before = try Data(contentsOf: URL(fileURLWithPath: exhibit))
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", exhibit, "--quiet"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("exhibit"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: exhibit)) == before)
    }

    @Test func aBatesPrefixOutsideLettersDigitsAndDashUnderscoreDotIsAUsageError() throws {
        for prefix in ["A B", "ASH/1", "Ä"] {
            let result = try Tool.run(Tool.dossier, ["build", Tool.root.appendingPathComponent("examples/ashraf").path, "--bates", prefix, "-o", "/tmp/never.pdf"])
            #expect(result.status == 2, "\(prefix): \(result.stderr)")
            #expect(result.stderr.contains("Bates prefix"))
        }
    }
}
