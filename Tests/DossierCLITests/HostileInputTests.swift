// Hostile and broken input: always a clear error and exit 1, never a crash or a trap.

import Foundation
import Testing

@Suite struct HostileInputTests {
    static let cases: [(name: String, incidents: String)] = [
        ("huge count", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: 9223372036854775807}, sources: [s]}\n"),
        ("count overflow in totals", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: 10000000001}, sources: [s]}\n"),
        ("binary garbage", String(decoding: (0..<600).map { UInt8(truncatingIfNeeded: $0 * 7919) }, as: UTF8.self)),
        ("deep nesting", String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)),
        ("scalar", "just words\n"),
        ("tab indentation", "- id: a\n\ttitle: A\n"),
        ("date far away", "- {id: a, title: A, date: 99999-01-01, location: X, sources: [s]}\n"),
        ("low above high", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: {low: 9, high: 2}}, sources: [s]}\n"),
    ]

    @Test(arguments: cases.map(\.name))
    func brokenRecordsGiveAnErrorNotACrash(name: String) throws {
        let incidents = Self.cases.first { $0.name == name }!.incidents
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("records"), withIntermediateDirectories: true)
        try "title: T\ndata_as_of: 2026-11-20\nrecords: [records]\n".write(to: project.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        try incidents.write(to: project.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        try "- {id: s, title: S}\n".write(to: project.appendingPathComponent("records/sources.yaml"), atomically: true, encoding: .utf8)
        for command in [["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path], ["check", project.path]] {
            let result = try Tool.run(Tool.dossier, command)
            #expect(result.status == 1, "\(name): \(command[0]) exited \(result.status)\n\(result.stderr.prefix(500))")
            #expect(!result.stderr.contains("crashed") && !result.stderr.contains("Fatal error"), "\(name): \(result.stderr.prefix(500))")
            #expect(result.stderr.contains("incidents.yaml") || result.stdout.contains("incidents.yaml"), "\(name): no file named")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
    }

    /// A project folder holding `files` (path → contents), with a source `s` and a plain dossier.yaml
    /// unless `files` gives its own.
    static func project(_ files: [String: String]) throws -> (dir: URL, project: URL) {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        var all = ["dossier.yaml": "title: T\ndata_as_of: 2026-11-20\nrecords: [records]\n",
                   "records/sources.yaml": "- {id: s, title: S}\n"]
        all.merge(files) { _, new in new }
        for (path, contents) in all {
            let url = project.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return (dir, project)
    }

    /// A hostile fixture's text.
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: Tool.root.appendingPathComponent("Tests/Fixtures/hostile/\(name)"), encoding: .utf8)
    }

    @Test func billionLaughsIsRefusedInSeconds() throws {
        let (dir, project) = try Self.project(["records/incidents.yaml": try Self.fixture("billion-laughs.yaml")])
        for command in [["check", project.path], ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path]] {
            let start = Date()
            let result = try Tool.run(Tool.dossier, command, timeout: 60)
            #expect(!result.timedOut, "\(command[0]) was still running after 60 s")
            #expect(Date().timeIntervalSince(start) < 20)
            #expect(result.status == 1)
            #expect(result.stderr.contains("records/incidents.yaml:7:8: error: with the alias *f here, the file's aliases repeat "
                + "more than 1,000,000 values once expanded"), "\(result.stderr.prefix(500))")
        }
    }

    @Test func linksOtherThanWebMailAndInternalArePrintedAsText() throws {
        let summary = "  summary: |\n    Reported [here](javascript:steal()).\n"
        let (dir, project) = try Self.project([
            "dossier.yaml": "title: T\ndata_as_of: 2026-11-20\nrecords: [records]\nsections: [sections/x.md]\n",
            "sections/x.md": try Self.fixture("markdown-section.md"),
            "records/incidents.yaml": "- id: a\n  title: A\n  date: 2024-01-01\n  location: X\n  sources: [s]\n" + summary,
        ])
        let warnings = [
            "records/incidents.yaml:7:14: warning: a.summary: link to \"javascript:steal()\" printed as text; only https, http, mailto and #internal links are live",
            "sections/x.md:3:5: warning: link to \"javascript:alert(1)\" printed as text; only https, http, mailto and #internal links are live",
            "sections/x.md:3:43: warning: link to \"file:///etc/shadow\" printed as text; only https, http, mailto and #internal links are live",
            "sections/x.md:14:1: warning: image \"map.png\" printed as its description; images in Markdown are not supported",
            "sections/x.md:16:1: warning: raw HTML printed as text",
        ]
        let check = try Tool.run(Tool.dossier, ["check", project.path])
        #expect(check.status == 0)
        #expect(check.stderr == warnings.map { $0 + "\n" }.joined() + "0 errors, 5 warnings\n")
        let pdf = dir.appendingPathComponent("x.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        for warning in warnings { #expect(build.stderr.contains(warning)) }
        // The PDF, uncompressed, holds the one web link and nothing of the others.
        let plain = dir.appendingPathComponent("plain.pdf").path
        #expect(try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, plain]).status == 0)
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self)
        #expect(bytes.contains("https://example.org/report"))
        for hidden in ["javascript", "/etc/shadow", "steal"] { #expect(!bytes.contains(hidden), "\(hidden) in the PDF") }
        let text = try Tool.text(pdf)
        for kept in ["the gate was closed", "the water was cut", "What followed", "quoted within the quotation", "a map of the camp"] {
            #expect(text.contains(kept), "\(kept) missing")
        }
    }

    @Test func listsNestedHundredsDeepAreFlattenedNotALayoutFailure() throws {
        let markdown = "# Deep\n\n" + String(repeating: "- ", count: 300) + "bottom\n\n" + String(repeating: "> ", count: 300) + "inside\n"
        let (dir, project) = try Self.project([
            "dossier.yaml": "title: T\ndata_as_of: 2026-11-20\nrecords: [records]\nsections: [deep.md]\n",
            "deep.md": markdown, "records/incidents.yaml": "",
        ])
        let pdf = dir.appendingPathComponent("x.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf], timeout: 120)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("deep.md:3:17: warning: list nested 300 deep flattened to 8"))
        #expect(build.stderr.contains("deep.md:5:17: warning: block quote nested 300 deep flattened to 8"))
        let text = try Tool.text(pdf)
        #expect(text.contains("bottom") && text.contains("inside"))
    }

    @Test func aControlCharacterInACSVCellNamesRowAndColumn() throws {
        let csv = "id,title,date,location,sources\na,Fine,2024-01-01,X,s\nb,Cut\u{0}here,2024-01-02,X,s\n"
        let (_, project) = try Self.project(["records/incidents.csv": csv])
        let result = try Tool.run(Tool.dossier, ["check", project.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("records/incidents.csv:3:6: error: column \"title\": control character U+0000 (NUL) in the cell;"))
    }

    @Test func manyCategoriesAreAnErrorNotALayoutFailure() throws {
        let categories = (0..<300).map { "c\($0): 1" }.joined(separator: ", ")
        let (dir, project) = try Self.project([
            "records/incidents.yaml": "- {id: a, title: A, date: 2024-01-01, location: X, sources: [s], casualties: {\(categories)}}\n",
        ])
        for command in [["check", project.path], ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path]] {
            let result = try Tool.run(Tool.dossier, command)
            #expect(result.status == 1)
            #expect(result.stderr.contains("records/incidents.yaml:1:78: error: a.casualties: gives 300 casualty categories; "
                + "expected at most 24 categories for one incident"), "\(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("too small"))
        }
    }

    @Test func controlAndBidiCharactersNeverReachTheTerminal() throws {
        let (dir, project) = try Self.project([
            "records/incidents.yaml": "- {id: \"evil\\u202Etxt.exe\", title: \"Red\\e[31m\", date: 2024-01-01, location: X, sources: [s]}\n",
        ])
        for command in [["check", project.path], ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path]] {
            let result = try Tool.run(Tool.dossier, command)
            #expect(result.status == 1)
            #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" })
            #expect(result.stderr.contains("\"evil\\u{202E}txt.exe\" is not a valid id"))
            #expect(result.stderr.contains("contains the control character U+001B (escape)"))
        }
        let json = try Tool.run(Tool.dossier, ["check", "--json", project.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["error_count"] as? Int == 2 && (report["errors"] as? [String])?.count == 2)
        #expect(!json.stdout.unicodeScalars.contains("\u{1B}"))
    }

    @Test func aHugeTitleIsAnErrorQuickly() throws {
        let title = String(repeating: "x", count: 250_000)
        let (dir, project) = try Self.project([
            "records/incidents.yaml": "- {id: a, title: \(title), date: 2024-01-01, location: X, sources: [s]}\n",
        ])
        for command in [["check", project.path], ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path]] {
            let result = try Tool.run(Tool.dossier, command, timeout: 60)
            #expect(!result.timedOut)
            #expect(result.status == 1)
            #expect(result.stderr.contains("records/incidents.yaml:1:18: error: a.title: is 250,000 characters long; "
                + "expected at most 500 characters in a one-line field"))
            #expect(result.stderr.utf8.count < 1_000, "the value is quoted back in full")
        }
    }

    @Test func placeholdersInTheProjectTitleAreLiteralText() throws {
        let (_, project) = try Self.project([
            "dossier.yaml": "title: \"Report {{section}} {{pages}}\"\ndata_as_of: 2026-11-20\nrecords: [records]\n",
            "records/incidents.yaml": "- {id: a, title: A, date: 2024-01-01, location: X, sources: [s]}\n",
        ])
        let result = try Tool.run(Tool.dossier, ["check", project.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aProjectWithNoIncidentsStillBuilds() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("records"), withIntermediateDirectories: true)
        try "title: Nothing yet\ndata_as_of: 2026-11-20\nrecords: [records]\n".write(to: project.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        try "".write(to: project.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Tool.run("qpdf", ["--check", dir.appendingPathComponent("x.pdf").path]).status == 0)
    }
}
