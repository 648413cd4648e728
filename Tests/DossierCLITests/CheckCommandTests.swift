// End to end: `dossier check` and `dossier schema`, run as a user would, on the sample, on broken copies of
// it, on the broken fixtures and on a UCDP extract.

import Foundation
import Testing

@Suite(.serialized) struct CheckCommandTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path
    static let fixtures = Tool.root.appendingPathComponent("Tests/DossierModelTests/Fixtures")
    static let disagreement = "records/incidents.yaml:16:11: warning: ashraf-2009-07-28.casualties.killed.claims[1]: sources disagree: "
        + "amnesty-2010 gives at least 9 (\"apparently killing at least nine camp residents\"), but the figure used is 11; "
        + "expected a figure that covers every source, e.g. low: 9, best: 11, or a claim that agrees with it"

    struct Report: Decodable {
        struct Entry: Decodable {
            var severity: String; var file: String?; var line: Int?; var column: Int?
            var field: String?; var message: String; var expected: String?; var text: String
        }
        var project: String; var strict: Bool; var errorCount: Int; var warningCount: Int
        var errors: [String]; var warnings: [String]; var diagnostics: [Entry]
    }

    /// A copy of the sample with one file edited: each `(old, new)` replaced once.
    static func sampleCopy(editing file: String, _ edits: [(String, String)]) throws -> String {
        let project = try Tool.temporaryDirectory().appendingPathComponent("ashraf")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: sample), to: project)
        let path = project.appendingPathComponent(file).path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in edits {
            let range = try #require(text.range(of: old), "\(old) is not in \(file)")
            text.replaceSubrange(range, with: new)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return project.path
    }

    /// "line:column" of the first occurrence of `marker` in a project file, 1-based.
    static func place(of marker: String, in project: String, file: String) throws -> String {
        let lines = try String(contentsOfFile: project + "/" + file, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(marker) })
        let column = lines[index].distance(from: lines[index].startIndex, to: lines[index].range(of: marker)!.lowerBound) + 1
        return "\(file):\(index + 1):\(column)"
    }

    @Test func sampleHasOnlyTheDisagreementWarning() throws {
        let result = try Tool.run(Tool.dossier, ["check", Self.sample])
        #expect(result.status == 0)
        #expect(result.stderr == Self.disagreement + "\n0 errors, 1 warning\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func strictMakesWarningsErrors() throws {
        let result = try Tool.run(Tool.dossier, ["check", Self.sample, "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(Self.disagreement.replacingOccurrences(of: ": warning: ", with: ": error: ")))
        #expect(result.stderr.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func jsonGivesEveryPart() throws {
        let result = try Tool.run(Tool.dossier, ["check", Self.sample, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let report = try decoder.decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.errorCount == 0 && report.warningCount == 1 && !report.strict)
        #expect(report.errors == [] && report.warnings == [Self.disagreement])
        let entry = try #require(report.diagnostics.first)
        #expect(entry.severity == "warning" && entry.file == "records/incidents.yaml" && entry.line == 16 && entry.column == 11)
        #expect(entry.field == "ashraf-2009-07-28.casualties.killed.claims[1]")
        #expect(entry.text == Self.disagreement)
        let strict = try decoder.decode(Report.self, from: Data(try Tool.run(Tool.dossier, ["check", Self.sample, "--json", "--strict"]).stdout.utf8))
        #expect(strict.errorCount == 1 && strict.diagnostics.first?.severity == "error" && strict.warnings == [])
    }

    @Test func reportsEveryProblemSortedByFileAndLine() throws {
        let folder = Self.fixtures.appendingPathComponent("broken/several-problems").path
        let result = try Tool.run(Tool.dossier, ["check", folder])
        #expect(result.status == 1)
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        let lines = expected.split(separator: "\n")
        let errors = lines.filter { $0.contains(": error: ") }.count
        #expect(result.stderr == expected + "\(errors) errors, \(lines.count - errors) warnings\n")
        let quiet = try Tool.run(Tool.dossier, ["check", folder, "--quiet"])
        #expect(quiet.status == 1)
        #expect(quiet.stderr == lines.filter { $0.contains(": error: ") }.map { $0 + "\n" }.joined())
    }

    /// The five mistakes a new user makes, one at a time in a copy of the sample: each message names the
    /// file, line, column and field, and says what to write instead.
    @Test func fiveTypicalMistakesEachExplainThemselves() throws {
        let incidents = "records/incidents.yaml"
        let mistakes: [(edit: (String, String), marker: String, severity: String, line: (String) -> String)] = [
            (("  verification: confirmed", "  verfication: confirmed"), "verfication", "error", { _ in
                "ashraf-2013-09-01.verfication: unknown field \"verfication\" (did you mean \"verification\"?)" }),
            (("date: 2011-04-08", "date: 2011-13-08"), "2011-13-08", "error", { _ in
                "ashraf-2011-04-08.date: invalid date \"2011-13-08\": month 13 is not between 1 and 12; "
                    + "expected a date written YYYY-MM-DD, e.g. 2013-09-01" }),
            (("best: 36\n      note: including eight women", "best: -36\n      note: including eight women"), "-36", "error", { _ in
                "ashraf-2011-04-08.casualties.killed.best: count -36 is negative; expected a whole number, 0 or more" }),
            (("      low: 350\n", "      low: 350\n      high: 300\n"), "350\n", "error", { _ in
                "ashraf-2011-04-08.casualties.injured.low: low (350) is greater than high (300); expected low <= best <= high" }),
            (("sources: [article-2019-09-01,", "sources: [article-2019-09-10,"), "article-2019-09-10", "error", { _ in
                "ashraf-2013-09-01.sources[0]: no source has the id \"article-2019-09-10\" (did you mean \"article-2019-09-01\"?); "
                    + "expected the id of a source defined in the project" }),
        ]
        for mistake in mistakes {
            let project = try Self.sampleCopy(editing: incidents, [mistake.edit])
            let result = try Tool.run(Tool.dossier, ["check", project])
            var marker = mistake.marker
            if marker == "350\n" { marker = "low: 350" }
            var place = try Self.place(of: marker, in: project, file: incidents)
            if mistake.marker == "350\n" {
                // The message points at the value of low.
                let parts = place.split(separator: ":"); place = "\(parts[0]):\(parts[1]):\(Int(parts[2])! + 5)"
            }
            let line = "\(place): \(mistake.severity): \(mistake.line(project))"
            #expect(result.stderr.split(separator: "\n").map(String.init).contains(line), "\(result.stderr)\nwanted: \(line)")
            // Only the mistake is reported, besides the sample's own warning and the count.
            let others = result.stderr.split(separator: "\n").map(String.init).filter { $0 != line && $0 != Self.disagreement }
            #expect(others.count == 1 && others[0].hasSuffix("1 warning"),
                    "more than the one problem: \(result.stderr)")
            #expect(result.status == (mistake.severity == "error" ? 1 : 0))
        }
    }

    @Test func allFiveMistakesInOneRunAndBuildRefuses() throws {
        let project = try Self.sampleCopy(editing: "records/incidents.yaml", [
            ("  verification: confirmed", "  verfication: confirmed"), ("date: 2011-04-08", "date: 2011-13-08"),
            ("best: 36\n      note: including eight women", "best: -36\n      note: including eight women"),
            ("      low: 350\n", "      low: 350\n      high: 300\n"), ("sources: [article-2019-09-01,", "sources: [article-2019-09-10,"),
        ])
        let check = try Tool.run(Tool.dossier, ["check", project])
        #expect(check.status == 1)
        #expect(check.stderr.hasSuffix("5 errors, 1 warning\n"), "\(check.stderr)")
        let lines = check.stderr.split(separator: "\n").dropLast().map { Int($0.split(separator: ":")[1])! }
        #expect(lines == lines.sorted())
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("out.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", project, "-o", pdf])
        #expect(build.status == 1)
        #expect(build.stderr.contains("unknown field \"verfication\""))
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func buildPrintsWarningsAndBuilds() throws {
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("ashraf.pdf").path
        let result = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(Self.disagreement))
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func ucdpExtractChecksAndBuilds() throws {
        let project = Self.fixtures.appendingPathComponent("ucdp").path
        let check = try Tool.run(Tool.dossier, ["check", project])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        #expect(check.stdout == "\(project): no problems found\n")
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("ucdp.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", project, "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func schemaIsPrintedOrWritten() throws {
        let records = try Tool.run(Tool.dossier, ["schema"])
        #expect(records.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(records.stdout.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((parsed?["$defs"] as? [String: Any])?.keys.sorted().contains("incident") == true)
        let project = try Tool.run(Tool.dossier, ["schema", "--for", "project"])
        #expect(project.stdout.contains("\"data_as_of\""))
        let file = try Tool.temporaryDirectory().appendingPathComponent("schema/records.json").path
        #expect(try Tool.run(Tool.dossier, ["schema", "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == records.stdout)
        let bad = try Tool.run(Tool.dossier, ["schema", "--for", "incident"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("expected one of records, incidents, quotations, sources, project"))
    }

    @Test func usageAndMissingProject() throws {
        #expect(try Tool.run(Tool.dossier, ["check"]).status == 2)
        let missing = try Tool.run(Tool.dossier, ["check", "/nonexistent/project"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no dossier.yaml in \"/nonexistent/project\""))
        let help = try Tool.run(Tool.dossier, ["check", "--help"])
        #expect(help.stdout.contains("--strict") && help.stdout.contains("Exit codes"))
    }
}
