// BrokenProjectTests: each broken fixture yields exactly the diagnostics written in its expected.txt.

import Foundation
import Testing
@testable import DossierModel

@Suite struct BrokenProjectTests {
    /// The diagnostics of a fixture, one `description` per line.
    static func report(_ name: String) -> (result: LoadResult, text: String) {
        let result = ProjectLoader.load(directory: Paths.broken(name))
        return (result, result.diagnostics.map { "\($0)\n" }.joined())
    }

    /// Compares each fixture's diagnostics with its `expected.txt`. With `RECORD_DIAGNOSTICS=1` in the
    /// environment the files are rewritten instead, and the test fails so a re-record is never silent.
    @Test(arguments: Paths.brokenCases)
    func reportsExactly(_ name: String) throws {
        let (result, text) = Self.report(name)
        let expectedFile = Paths.broken(name) + "/expected.txt"
        if ProcessInfo.processInfo.environment["RECORD_DIAGNOSTICS"] == "1" {
            try text.write(toFile: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(expectedFile)")
            return
        }
        let expected = try String(contentsOfFile: expectedFile, encoding: .utf8)
        #expect(text == expected)
        #expect(!result.diagnostics.isEmpty)
        // Fixtures of provenance problems (a source that disagrees) carry only warnings and still load.
        #expect(result.hasErrors == expected.contains(": error: "))
        #expect((result.dossier == nil) == result.hasErrors)
    }

    @Test func fixturesCoverEveryMistake() {
        let required = ["duplicate-id", "invalid-date", "low-greater-than-high", "missing-title", "misspelt-field",
                        "negative-count", "unknown-source", "yaml-syntax", "several-problems", "csv-negative-count",
                        "csv-unknown-column", "csv-unclosed-quote", "date-precision-too-fine", "ucdp-bad-date-prec",
                        "quotation-not-in-archive", "sources-disagree", "exhibit-mistakes"]
        #expect(Set(required).isSubset(of: Set(Paths.brokenCases)))
    }

    @Test func misspeltFieldSuggestsTheRightOne() throws {
        let diagnostic = try #require(Self.report("misspelt-field").result.errors.first)
        #expect(diagnostic.location == SourceLocation(file: "incidents.yaml", line: 5, column: 3))
        #expect(diagnostic.field == "attack-2011-04-08.verfication")
        #expect(diagnostic.message == "unknown field \"verfication\" (did you mean \"verification\"?)")
    }

    @Test func invalidDateSaysWhichPartIsWrong() throws {
        let diagnostic = try #require(Self.report("invalid-date").result.errors.first)
        #expect(diagnostic.description == "incidents.yaml:3:9: error: attack-2011-04-08.date: invalid date \"2011-13-08\": "
            + "month 13 is not between 1 and 12; expected a date written YYYY-MM-DD, e.g. 2013-09-01")
    }

    @Test func duplicateIdNamesBothPlaces() throws {
        let errors = Self.report("duplicate-id").result.errors
        #expect(errors.count == 1)
        let diagnostic = try #require(errors.first)
        #expect(diagnostic.location?.file == "records/incidents-2013.yaml")
        #expect(diagnostic.message.contains("records/incidents-2011.yaml:1:7"))
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        let errors = Self.report("yaml-syntax").result.errors
        #expect(errors.count == 1)
        let location = try #require(errors.first?.location)
        #expect(location.file == "incidents.yaml" && location.line == 4)
    }

    @Test func jsonIsReadWithLinesAndColumns() throws {
        let errors = Self.report("json-wrong-type").result.errors
        #expect(errors.map(\.field) == ["attack-2011-04-08.casualties.killed", "attack-2011-04-08.casualties.injured"])
        #expect(errors.map { $0.location?.line } == [7, 7])
    }

    /// One run reports every problem of a project with many, in files of every kind.
    @Test func reportsEveryProblemInOneRun() {
        let result = Self.report("several-problems").result
        let fields = Set(result.diagnostics.compactMap(\.field))
        let expectedFields: Set<String> = [
            "data_as_of", "organization",
            "attack-2009-07-28.date.end", "attack-2009-07-28.location.country",
            "attack-2009-07-28.perpetrators[0].attribution", "attack-2009-07-28.casualties.killed.best",
            "attack-2009-07-28.casualties.killed.sources[0]", "attack-2009-07-28.casualties.kiled",
            "attack-2009-07-28.verification", "incidents[1].id", "incidents[1].time",
            "quote-1.speakr", "quote-1.speaker", "quote-1.source.page", "quote-1.incidents[0]",
            "report-1.url", "report-1.id", "unused-report.id",
        ]
        #expect(expectedFields.isSubset(of: fields), "missing: \(expectedFields.subtracting(fields).sorted())")
        #expect(Set(result.diagnostics.compactMap(\.location?.file)) ==
                ["dossier.yaml", "incidents.yaml", "quotations.yaml", "sources.yaml"])
        #expect(result.warnings.count >= 2)
    }
}
