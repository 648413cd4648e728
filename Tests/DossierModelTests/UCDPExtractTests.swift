// UCDPExtractTests: a GED extract, as UCDP publishes it, read into incidents and sources.

import Foundation
import Testing
@testable import DossierModel

@Suite struct UCDPExtractTests {
    static let header = "id,relid,year,type_of_violence,side_a,side_b,source_article,where_description,adm_1,adm_2,"
        + "latitude,longitude,country,date_prec,date_start,date_end,deaths_civilians,best,high,low\n"

    func texts(_ result: LoadResult) -> [String] { result.diagnostics.map(\.description) }

    @Test func fixtureLoadsWithoutDiagnostics() throws {
        let result = ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path)
        #expect(texts(result) == [])
        let dossier = try #require(result.dossier)
        #expect(dossier.incidents.map(\.id) == ["ucdp-900002", "ucdp-900001", "ucdp-900003"])
        #expect(dossier.sources.map(\.id) == ["ucdp-900001-source", "ucdp-900002-source", "ucdp-900003-source"])
    }

    @Test func mapsAnExactDayWithCivilianDeaths() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900001" })
        #expect(incident.title == "UCDP GED event 900001")
        #expect(incident.date == IncidentDate(start: Day(year: 2013, month: 9, day: 1)))
        #expect(incident.location == Location(name: "Camp Ashraf, near Khalis", admin1: "Diyala province", admin2: "Khalis district",
                                              country: "IQ", latitude: 33.7, longitude: 44.6))
        // The victims' side, "Civilians", is not a perpetrator.
        #expect(incident.perpetrators == [Perpetrator(name: "Government of Iraq", attribution: .alleged)])
        let killed = try #require(incident.figure(.killed))
        #expect((killed.low, killed.best, killed.high) == (52, 52, 52))
        #expect(killed.note == "of whom 52 civilians (UCDP deaths_civilians)")
        #expect(incident.sources == ["ucdp-900001-source"])
        // A quoted cell with doubled quotes and commas.
        #expect(dossier.source("ucdp-900001-source")?.title
                == "\"Test Agency\", 2013-09-02, \"Delegation sees bodies at camp\"; Test Wire, 2013-09-01")
    }

    @Test func mapsARangeOfDaysWrittenWithTimes() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900002" })
        #expect(incident.date == IncidentDate(start: Day(year: 2009, month: 7, day: 28), end: Day(year: 2009, month: 7, day: 29),
                                              precision: .days))
        let killed = try #require(incident.figure(.killed))
        #expect((killed.low, killed.best, killed.high) == (9, 11, 13))
        #expect(killed.note == "of whom 9 civilians (UCDP deaths_civilians)")
        // The cell's CRLF line break is folded into the one-line title.
        #expect(dossier.source("ucdp-900002-source")?.title == "Test Agency, 2009-07-29, first report; Test Wire, 2009-07-30")
    }

    @Test func mapsAMonthAFormerCountryNameAndAPlaceWithoutDescription() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900003" })
        #expect(incident.date == IncidentDate(start: Day(year: 2015, month: 5, day: 1), end: Day(year: 2015, month: 5, day: 31),
                                              precision: .month))
        #expect(incident.location == Location(name: "Test district", admin1: "Test governorate", admin2: "Test district", country: "YE"))
        #expect(incident.perpetrators.map(\.name) == ["Government of Yemen (North Yemen)", "Test Movement"])
        #expect(incident.figure(.killed)?.note == "none of them civilians (UCDP deaths_civilians)")
    }

    @Test func keepsACountryWithoutAKnownCodeAsItsName() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n",
            "records/ged.csv": Self.header + "1,r,2000,3,Army,Civilians,\"A, 2000\",Town,Region,,,,Atlantis,1,2000-01-02,2000-01-02,3,3,3,3\n",
        ]).load()
        #expect(texts(result) == [])
        #expect(result.dossier?.incidents.first?.location.country == "Atlantis")
    }

    @Test func reportsBadCellsWithTheirColumns() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n",
            "records/ged.csv": Self.header
                + "1,r,2000,3,Army,Civilians,Report,Town,,,95,10,Iraq,1,2000-01-02,2000-01-03,3,3,2,4\n"
                + "2,r,2000,3,Army,Civilians,Report,Town,,,,,Iraq,9,2000-02-30,,x,3,3,3\n"
                + ",r,2000,3,Army,Civilians,,Town,,,,,Iraq,1,2000-01-02,,,,,\n",
        ]).load()
        #expect(texts(result) == [
            "records/ged.csv:2:41: error: ucdp-1.location.lat: 95 is out of range (column \"latitude\"); expected a number from -90 to 90",
            "records/ged.csv:2:52: error: ucdp-1.date_precision: precision \"day\" does not fit a range of days (column \"date_prec\"); "
                + "expected days, week, month or year",
            "records/ged.csv:2:78: error: ucdp-1.casualties.killed.best: best (3) is greater than high (2); expected low <= best <= high",
            "records/ged.csv:2:82: error: ucdp-1.casualties.killed.low: low (4) is greater than best (3); expected low <= best <= high",
            "records/ged.csv:3:48: error: ucdp-2.date_prec: \"9\" is not a UCDP date precision; "
                + "expected 1 (exact day), 2 (2 to 6 days), 3 (week), 4 (month) or 5 (year)",
            "records/ged.csv:3:50: error: ucdp-2.date: invalid date \"2000-02-30\": day 30 is not between 1 and 29 in 2000-02 "
                + "(column \"date_start\"); expected a date written YYYY-MM-DD, e.g. 2013-09-01",
            "records/ged.csv:3:62: error: ucdp-2.deaths_civilians: \"x\" is not a whole number; expected a whole number, 0 or more",
            "records/ged.csv:4:1: error: incidents[2].id: required field \"id\" is empty",
        ])
    }

    @Test func tellsAnExtractByItsHeader() throws {
        func header(_ text: String) -> [CSVTable.Cell] {
            text.split(separator: ",").map { CSVTable.Cell(text: String($0), location: SourceLocation(file: "f", line: 1, column: 1)) }
        }
        #expect(UCDPExtract.matches(header(Self.header.trimmingCharacters(in: .newlines))))
        #expect(!UCDPExtract.matches(header("id,title,date,location.name,casualties.killed.best")))
    }
}
