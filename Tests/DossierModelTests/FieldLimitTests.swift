// FieldLimitTests: values too long, words too long, control characters and too many categories are
// errors naming file, line, field and the limit; project fields have the same limits.

import Foundation
import Testing
@testable import DossierModel

@Suite struct FieldLimitTests {
    /// A project with one incident whose fields are `fields` (YAML flow entries), and its diagnostics.
    func check(incident fields: String, project: String = "title: T\n") throws -> LoadResult {
        try TemporaryProject([
            "dossier.yaml": project + "data_as_of: 2026-11-20\nrecords: [records]\n",
            "records/incidents.yaml": "- {id: a, date: 2024-01-01, location: X, sources: [s], \(fields)}\n",
            "records/sources.yaml": "- {id: s, title: S}\n",
        ]).load()
    }

    func errors(incident fields: String, project: String = "title: T\n") throws -> [String] {
        try check(incident: fields, project: project).errors.map(\.description)
    }

    @Test func aHugeTitleIsAnErrorNamingTheLimit() throws {
        let errors = try self.errors(incident: "title: \"\(String(repeating: "word ", count: 50_000))\"")
        #expect(errors == ["records/incidents.yaml:1:63: error: a.title: is 250,000 characters long; expected at most 500 "
            + "characters in a one-line field; longer text belongs in a summary or note"])
    }

    @Test func aLongIdIsAnError() throws {
        let id = String(repeating: "a", count: 201)
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\nrecords: [incidents.yaml]\n",
            "incidents.yaml": "- {id: \(id), title: A, date: 2024-01-01, location: X}\n",
        ]).load()
        #expect(result.errors.first?.description == "incidents.yaml:1:8: error: incidents[0].id: is 201 characters long; "
            + "expected at most 200 characters in an id")
    }

    @Test func summariesAndQuotationsMayBeLongButNotEndless() throws {
        let long = String(repeating: "Some words here. ", count: 5_000)
        #expect(try errors(incident: "title: A, summary: \"\(long)\"").isEmpty)
        let endless = String(repeating: "Some words here. ", count: 6_000)
        #expect(try errors(incident: "title: A, summary: \"\(endless)\"")
            == ["records/incidents.yaml:1:75: error: a.summary: is 102,000 characters long; expected at most 100,000 characters "
                + "in a text; split it, or leave the rest in the source it comes from"])
    }

    @Test func aWordWithoutSpacesIsLimitedButAWebAddressMayBeLonger() throws {
        let address = "https://example.org/" + String(repeating: "x", count: 1_500)
        #expect(try errors(incident: "title: A, summary: \"See \(address) for more.\"").isEmpty)
        let word = String(repeating: "y", count: 1_001)
        let errors = try self.errors(incident: "title: A, summary: \"A \(word) b\"")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("records/incidents.yaml:1:75: error: a.summary: has a word of 1,001 characters without a space (\"yyy") == true)
        #expect(errors.first?.hasSuffix("expected words of at most 1,000 characters in a text; only a web address may be longer (up to 2,000)") == true)
        let name = try self.errors(incident: "title: \(String(repeating: "z", count: 101))")
        #expect(name.first?.contains("a.title: has a word of 101 characters without a space") == true)
        #expect(name.first?.contains("expected words of at most 100 characters in a one-line field") == true)
    }

    @Test func scriptsWithoutSpacesAreNotOneLongWord() throws {
        let chinese = String(repeating: "营地遭到袭击", count: 300)
        #expect(try errors(incident: "title: A, summary: \"\(chinese)\"").isEmpty)
    }

    @Test func tooManyCategoriesInOneIncident() throws {
        let categories = (0..<300).map { "c\($0): 1" }.joined(separator: ", ")
        let errors = try self.errors(incident: "title: A, casualties: {\(categories)}")
        #expect(errors == ["records/incidents.yaml:1:78: error: a.casualties: gives 300 casualty categories; expected at most 24 "
            + "categories for one incident (its table and chart show each); put finer distinctions in a figure's note"])
        #expect(try self.errors(incident: "title: A, casualties: {\((0..<24).map { "c\($0): 1" }.joined(separator: ", "))}").isEmpty)
    }

    @Test func tooManyCategoriesInOneProject() throws {
        let incidents = (0..<5).map { i in
            "- {id: a\(i), title: A, date: 2024-01-01, location: X, sources: [s], casualties: {"
                + (0..<10).map { "c\(i)_\($0): 1" }.joined(separator: ", ") + "}}\n"
        }.joined()
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\nrecords: [incidents.yaml, sources.yaml]\n",
            "incidents.yaml": incidents, "sources.yaml": "- {id: s, title: S}\n",
        ]).load()
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.field == "a4.casualties.c4_8")
        #expect(result.errors.first?.message == "\"c4_8\" is the 49th different casualty category in the project")
    }

    @Test func controlCharactersAreErrorsNamingTheField() throws {
        let errors = try self.errors(incident: "title: \"Attack\\u0000\", summary: \"Red \\e[31m\"")
        #expect(errors == ["records/incidents.yaml:1:63: error: a.title: contains the control character U+0000 (NUL); "
            + "expected text without control characters",
            "records/incidents.yaml:1:88: error: a.summary: contains the control character U+001B (escape); "
            + "expected text without control characters (tabs and line breaks are allowed)"])
        #expect(try self.errors(incident: "title: A, summary: \"Tabs\\tand\\nlines are fine.\"").isEmpty)
        #expect(try self.errors(incident: "title: A, summary: \"A bell\\a is not.\"").first?.contains("U+0007") == true)
    }

    @Test func aOneLineFieldIsOneLine() throws {
        #expect(try errors(incident: "title: \"Two\\nlines\"")
            == ["records/incidents.yaml:1:63: error: a.title: is on more than one line; expected one line of text; line breaks belong in a summary or note"])
        // The line break YAML's `|` and `>` leave at the end is not the writer's.
        let result = try TemporaryProject([
            "dossier.yaml": "title: >\n  A title folded\n  over two lines\nrecords: [incidents.yaml]\n", "incidents.yaml": "",
        ]).load()
        #expect(result.errors.isEmpty)
        #expect(result.dossier?.spec.title == "A title folded over two lines")
    }

    @Test func projectFieldsHaveTheSameLimits() throws {
        let project = "title: \"\(String(repeating: "T", count: 90)) \(String(repeating: "t", count: 420))\"\n"
            + "subtitle: \"a\\u0007b\"\norganisation: \"\(String(repeating: "o ", count: 300))\"\n"
        let errors = try self.errors(incident: "title: A", project: project)
        #expect(errors.contains("dossier.yaml:1:8: error: title: is 511 characters long; expected at most 500 characters in a one-line field; longer text belongs in a summary or note"))
        #expect(errors.contains("dossier.yaml:2:11: error: subtitle: contains the control character U+0007; expected text without control characters"))
        #expect(errors.contains { $0.hasPrefix("dossier.yaml:3:15: error: organisation: is 600 characters long") })
    }

    @Test func placeholdersInATitleAreLiteralText() throws {
        let result = try check(incident: "title: \"Raid {{page}}\"", project: "title: \"Report {{section}} {{title}}\"\n")
        #expect(result.errors.isEmpty)
        #expect(result.dossier?.spec.title == "Report {{section}} {{title}}")
        #expect(result.dossier?.incidents.first?.title == "Raid {{page}}")
    }

    @Test func aSummaryKnowsWhereItsLinesAre() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\nrecords: [incidents.yaml, sources.yaml]\n",
            "incidents.yaml": "- id: a\n  title: A\n  date: 2024-01-01\n  location: X\n  sources: [s]\n  summary: |\n    One.\n\n    Three.\n",
            "sources.yaml": "- {id: s, title: S}\n",
        ]).load()
        let origin = try #require(result.dossier?.incidents.first?.summaryOrigin)
        #expect(origin.location(line: 3, column: 1) == SourceLocation(file: "incidents.yaml", line: 9, column: 5))
    }
}
