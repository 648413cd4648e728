// CSVRecordsTests: CSV rows in the record schema: dotted columns, lists, and diagnostics that name the cell.

import Testing
@testable import DossierModel

@Suite struct CSVRecordsTests {
    static let project = "title: Test\n"
    static let sources = "- {id: s1, title: One}\n- {id: s2, title: Two}\n"

    func texts(_ result: LoadResult) -> [String] { result.diagnostics.map(\.description) }

    @Test func readsDottedColumnsListsAndListPositions() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "records/sources.yaml": Self.sources,
            "records/incidents.csv": """
                id,title,date.start,date.end,location.name,location.admin1,location.country,location.lat,location.lon,\
                perpetrators.0.name,perpetrators.0.attribution,perpetrators.1.name,casualties.killed.best,casualties.killed.low,\
                casualties.killed.claims.0.source,casualties.killed.claims.0.low,casualties.killed.claims.0.text,\
                casualties.injured,casualties.displaced.best,verification,sources,tags
                a,"Raid, first day",2009-07-28,2009-07-29,Camp Ashraf,Diyala,IQ,33.7,44.6,Iraqi security forces,alleged,\
                Police,11,9,s2,9,"at least nine",,,provisional,s1; s2,ashraf; raid
                b,Attack,2013-09-01,,Camp Ashraf,,,,,,,,52,,,,,20,100,,s1,

                """,
        ]).load()
        #expect(texts(result) == [])
        let incidents = try #require(result.dossier?.incidents)
        #expect(incidents.map(\.id) == ["a", "b"])
        let a = incidents[0], b = incidents[1]
        #expect(a.title == "Raid, first day")
        #expect(a.date == IncidentDate(start: Day(year: 2009, month: 7, day: 28), end: Day(year: 2009, month: 7, day: 29), precision: .days))
        #expect(a.location == Location(name: "Camp Ashraf", admin1: "Diyala", country: "IQ", latitude: 33.7, longitude: 44.6))
        #expect(a.perpetrators == [Perpetrator(name: "Iraqi security forces", attribution: .alleged), Perpetrator(name: "Police")])
        let killed = try #require(a.figure(.killed))
        #expect(killed.best == 11 && killed.low == 9)
        #expect(killed.claims == [Claim(source: "s2", low: 9, text: "at least nine", location: killed.claims.first?.location)])
        #expect(a.verification == .provisional)
        #expect(a.sources == ["s1", "s2"])
        #expect(a.tags == ["ashraf", "raid"])
        #expect(a.casualties.map(\.category.name) == ["killed"])
        // An empty date.end means a single day; empty cells leave out fields, and no empty mapping is made.
        #expect(b.date == IncidentDate(start: Day(year: 2013, month: 9, day: 1)))
        #expect(b.location == Location(name: "Camp Ashraf"))
        #expect(b.casualties.map(\.category.name) == ["killed", "injured", "displaced"])
        #expect(b.figure(.injured)?.best == 20)
    }

    @Test func errorsPointAtTheCellAndNameTheColumn() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.sources,
            "incidents.csv": """
                id,title,date,location.name,casualties.killed.low,casualties.killed.high,sources
                a,,2011-13-08,Camp Ashraf,400,300,s1; s3
                b,B,2011-04-08,,5,x,s2

                """,
        ]).load()
        #expect(texts(result) == [
            "incidents.csv:2:3: error: a.title: required field \"title\" is empty",
            "incidents.csv:2:4: error: a.date: invalid date \"2011-13-08\": month 13 is not between 1 and 12; expected a date written YYYY-MM-DD, e.g. 2013-09-01",
            "incidents.csv:2:27: error: a.casualties.killed.low: low (400) is greater than high (300); expected low <= best <= high",
            "incidents.csv:2:35: error: a.sources[1]: no source has the id \"s3\" (did you mean \"s1\"?); expected the id of a source defined in the project",
            "incidents.csv:3:16: error: b.location.name: required field \"name\" is empty",
            "incidents.csv:3:19: error: b.casualties.killed.high: \"x\" is not a whole number; expected a whole number, 0 or more",
        ])
    }

    @Test func reportsAnUnknownColumnOnceAtTheHeader() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.sources,
            "incidents.csv": "id,title,date,location.nme,weather,sources\na,A,2011-04-08,X,rain,s1\nb,B,2011-04-09,Y,sun,s2\n",
        ]).load()
        #expect(texts(result) == [
            "incidents.csv:1:15: error: location.nme: unknown column \"location.nme\" (did you mean \"location.name\"?)",
            "incidents.csv:1:28: error: weather: unknown column \"weather\"; expected one of id, title, date, date_precision, time, "
                + "location, perpetrators, casualties, verification, summary, sources, tags",
            "incidents.csv:2:1: error: a.location: missing required field \"location\"",
            "incidents.csv:3:1: error: b.location: missing required field \"location\"",
        ])
    }

    @Test func reportsRowsOfTheWrongLengthAndRepeatedColumns() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.sources,
            "incidents.csv": "id,title,date,location,sources,title\na,A,2011-04-08,X,s1,\nb,B,2011-04-09,Y\nc,C,2011-04-10,Z,s2,,extra\n",
        ]).load()
        #expect(texts(result) == [
            "incidents.csv:1:32: error: title: column \"title\" appears twice, first at incidents.csv:1:4; expected each column once",
            "incidents.csv:3:16: error: the row has 4 cells, but the header names 6 columns; expected one cell per column; an empty cell still needs its comma",
            "incidents.csv:4:22: error: the row has 7 cells, but the header names 6 columns; expected one cell per column; an empty cell still needs its comma",
        ])
    }

    @Test func readsSourcesAndQuotationsFromFilesNamedForThem() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project,
            "records/sources.csv": "id,title,publisher,date,archive\ns1,A report,Amnesty International,2010-05-27,\n",
            "records/quotations.csv": "id,text,speaker,source.id,source.locator,incidents\nq,\"Words, \"\"quoted\"\"\",S,s1,p. 3,\n",
        ]).load()
        #expect(texts(result) == [])
        let dossier = try #require(result.dossier)
        #expect(dossier.sources.first?.publisher == "Amnesty International")
        #expect(dossier.quotations.first?.text == "Words, \"quoted\"")
        #expect(dossier.quotations.first?.source == Citation(source: "s1", locator: "p. 3"))
    }

    @Test func duplicateIdsAcrossCSVAndYAMLNameBothPlaces() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "records/sources.yaml": Self.sources,
            "records/incidents-a.yaml": "- {id: a, title: A, date: 2011-04-08, location: X, sources: [s1]}\n",
            "records/incidents-b.csv": "id,title,date,location,sources\na,A again,2011-04-09,Y,s2\n",
        ]).load()
        #expect(texts(result) == [
            "records/incidents-b.csv:2:1: error: a.id: duplicate incident id \"a\", already defined at records/incidents-a.yaml:1:8; expected ids unique among incidents",
        ])
    }
}
