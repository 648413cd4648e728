// LoaderBehaviourTests: how the loader finds files, reads shapes of values, orders records and warns.

import Testing
@testable import DossierModel

@Suite struct LoaderBehaviourTests {
    static let project = "title: Test\n"
    static let source = "- id: s1\n  title: A source\n"

    /// The descriptions of a result's diagnostics.
    func texts(_ result: LoadResult) -> [String] { result.diagnostics.map(\.description) }

    @Test func missingProjectFileIsAnError() throws {
        let result = try TemporaryProject([:]).load()
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.hasPrefix("no dossier.yaml in") == true)
        #expect(result.dossier == nil)
    }

    @Test func singleRecordInsteadOfListIsExplained() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.source,
            "incidents.yaml": "id: a\ntitle: A\ndate: 2011-04-08\nlocation: X\n",
        ]).load()
        #expect(texts(result).contains(
            "incidents.yaml:1:1: error: this file holds a single incident, not a list of them; "
            + "expected a list: put \"- \" before the record's first field"))
    }

    @Test func listOfUnknownKindIsAnError() throws {
        let result = try TemporaryProject(["dossier.yaml": Self.project, "records/misc.yaml": Self.source]).load()
        #expect(result.errors.map(\.message) == ["cannot tell whether this list holds incidents, quotations or sources"])
    }

    @Test func readsOneFileWithEveryKindAndSortsIncidents() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project + "language: fa\n",
            "records/all.yaml": """
                sources:
                  - {id: s1, title: A source}
                incidents:
                  - {id: b, title: B, date: 2013-09-01, location: X, sources: [s1]}
                  - {id: c, title: C, date: 2009-07-28, location: X, sources: [s1]}
                  - {id: a, title: A, date: 2013-09-01, location: X, sources: [s1]}
                quotations:
                  - {id: q2, text: Later, speaker: S, source: s1, incidents: [a]}
                  - {id: q1, text: Earlier, speaker: S, date: 2013-09-02, source: s1, incidents: [a]}
                """,
        ]).load()
        #expect(texts(result) == [])
        let dossier = try #require(result.dossier)
        #expect(dossier.incidents.map(\.id) == ["c", "a", "b"])
        #expect(dossier.quotations.map(\.id) == ["q1", "q2"])
        #expect(dossier.quotations.allSatisfy { $0.language == "fa" })
    }

    @Test func ordersCategoriesKnownFirstThenAsWritten() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.source,
            "incidents.yaml": """
                - id: a
                  title: A
                  date: 2011-04-08
                  location: X
                  sources: [s1]
                  casualties: {displaced: 100, injured: 5, homes_destroyed: 3, killed: 2, missing: 1}
                """,
        ]).load()
        let incident = try #require(result.dossier?.incidents.first)
        #expect(incident.casualties.map(\.category.name) == ["killed", "injured", "missing", "displaced", "homes_destroyed"])
        #expect(incident.casualties.map(\.figure.value) == [2, 5, 1, 100, 3])
    }

    @Test func readsScalarsAsWrittenNotAsYAMLTypes() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.source,
            "incidents.yaml": """
                - id: a
                  title: "null"
                  date: 2011-04-08
                  time: 06:00
                  location: {name: X, admin1: ~, lat: 33.5, lon: 44.4}
                  summary:
                  sources: [s1]
                - id: b
                  title: 2013
                  date: '2011-04-09'
                  time: "4:45"
                  location: Y
                  sources: s1
                """,
        ]).load()
        #expect(texts(result) == [])
        let incidents = try #require(result.dossier?.incidents)
        #expect(incidents.map(\.title) == ["null", "2013"])
        #expect(incidents.map(\.time) == ["06:00", "04:45"])
        #expect(incidents[0].location == Location(name: "X", latitude: 33.5, longitude: 44.4))
        #expect(incidents[0].summary == "")
        #expect(incidents[1].sources == ["s1"])
    }

    @Test func warnsAboutUnsourcedFiguresAndUncitedSources() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project,
            "sources.yaml": Self.source + "- id: s2\n  title: Another\n",
            "incidents.yaml": "- {id: a, title: A, date: 2011-04-08, location: X, casualties: {killed: 3, injured: {best: 4, sources: [s1]}}}\n",
        ]).load()
        #expect(!result.hasErrors)
        #expect(result.dossier != nil)
        #expect(texts(result) == [
            "incidents.yaml:1:73: warning: a.casualties.killed: figure has no source: neither the figure, its claims nor the "
                + "incident cite one; expected sources on the figure or on the incident",
            "sources.yaml:3:7: warning: s2.id: source \"s2\" is never cited; expected a citation from an incident, "
                + "a casualty figure, a claim or a quotation",
        ])
    }

    @Test func checksNamedFilesExist() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project + "records: [records, extra.yaml]\nsections: [intro.md]\n",
            "records/sources.yaml": "- {id: s1, title: A source, archive: archive/s1.txt}\n",
            "records/quotations.yaml": "- {id: q, text: Words, speaker: S, source: s1}\n",
        ]).load()
        #expect(texts(result) == [
            "dossier.yaml:2:20: error: records: no such file or folder \"extra.yaml\"; expected a path relative to the project directory",
            "dossier.yaml:3:12: error: sections: no such file \"intro.md\"; expected a Markdown file relative to the project directory",
            "records/sources.yaml:1:38: error: s1.archive: no such file \"archive/s1.txt\"; expected a path relative to the project directory",
        ])
    }

    @Test func rejectsContradictoryDates() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.source,
            "incidents.yaml": """
                - id: a
                  title: A
                  date: {start: 2009-07-28, end: 2009-07-29}
                  date_precision: day
                  location: {name: X, lat: 33.5}
                  sources: [s1]
                """,
        ]).load()
        #expect(texts(result) == [
            "incidents.yaml:4:19: error: a.date_precision: precision \"day\" does not fit a range of days; expected days, week, month or year",
            "incidents.yaml:5:13: error: a.location: lat and lon must be given together; expected both lat and lon, or neither",
        ])
    }

    @Test func rangeWithoutPrecisionIsDays() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.source,
            "incidents.yaml": "- {id: a, title: A, date: {start: 2009-07-28, end: 2009-07-29}, location: X, sources: [s1]}\n",
        ]).load()
        #expect(result.dossier?.incidents.first?.date.precision == .days)
    }

    @Test func readsJSONIndentedWithTabs() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "records/sources.yaml": Self.source,
            "records/quotations.json": "[\n\t{\"id\": \"q\",\n\t \"text\": \"Words\", \"speaker\": \"S\", \"source\": \"s1\", \"date\": \"2013-02-30\"}\n]\n",
        ]).load()
        #expect(texts(result) == [
            "records/quotations.json:3:60: error: q.date: invalid date \"2013-02-30\": day 30 is not between 1 and 28 in 2013-02; "
                + "expected a date written YYYY-MM-DD, e.g. 2013-09-01",
        ])
    }
}
