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
        // One source per GED event, one per outlet article.
        #expect(dossier.sources.map(\.id) == ["ucdp-ged-900001", "ucdp-src-test-agency-2013-09-02", "ucdp-src-test-wire-2013-09-01",
                                              "ucdp-ged-900002", "ucdp-src-test-agency-2009-07-29", "ucdp-src-test-wire-2009-07-30",
                                              "ucdp-ged-900003", "ucdp-src-test-wire-2015-05-20"])
    }

    @Test func mapsAnExactDayWithCivilianDeaths() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900001" })
        #expect(incident.title == "One-sided violence in Camp Ashraf, near Khalis, Diyala province")
        #expect(incident.date == IncidentDate(start: Day(year: 2013, month: 9, day: 1)))
        #expect(incident.location == Location(name: "Camp Ashraf, near Khalis", admin1: "Diyala province", admin2: "Khalis district",
                                              country: "IQ", latitude: 33.7, longitude: 44.6))
        // The victims' side, "Civilians", is not a perpetrator.
        #expect(incident.perpetrators == [Perpetrator(name: "Government of Iraq", attribution: .alleged)])
        // Deaths stay apart: 52 civilians, and no side's deaths when there are none.
        #expect(incident.casualties.map(\.category.name) == ["civilians_killed"])
        let civilians = try #require(incident.figure(CasualtyCategory("civilians_killed")))
        #expect(civilians.best == 52 && civilians.sources == ["ucdp-ged-900001"])
        #expect(incident.figure(.killed) == nil)
        #expect(incident.sources == ["ucdp-ged-900001", "ucdp-src-test-agency-2013-09-02", "ucdp-src-test-wire-2013-09-01"])
        #expect(incident.summary == "UCDP GED 24.1 records event 900001 as one-sided violence by Government of Iraq. "
                + "Its best estimate is 52 deaths in all (low 52, high 52): 52 civilians.")
        let event = try #require(dossier.source("ucdp-ged-900001"))
        #expect(event.title == "UCDP Georeferenced Event Dataset (GED) Global version 24.1, event 900001")
        #expect(event.publisher == "Uppsala Conflict Data Program (UCDP), Uppsala University" && event.kind == "dataset")
        // A quoted outlet with doubled quotes and commas: outlet, date and headline.
        let article = try #require(dossier.source("ucdp-src-test-agency-2013-09-02"))
        #expect(article.title == "Delegation sees bodies at camp" && article.publisher == "Test Agency")
        #expect(article.date == Day(year: 2013, month: 9, day: 2))
        #expect(dossier.source("ucdp-src-test-wire-2013-09-01")?.title == "Report by Test Wire")
    }

    @Test func mapsARangeOfDaysWrittenWithTimes() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900002" })
        #expect(incident.date == IncidentDate(start: Day(year: 2009, month: 7, day: 28), end: Day(year: 2009, month: 7, day: 29),
                                              precision: .days))
        #expect(incident.casualties.map(\.category.name) == ["civilians_killed", "unknown_status_killed"])
        #expect(incident.figure(CasualtyCategory("civilians_killed"))?.best == 9)
        #expect(incident.figure(CasualtyCategory("unknown_status_killed"))?.best == 2)
        #expect(incident.summary.hasSuffix("Its best estimate is 11 deaths in all (low 9, high 13): 9 civilians and 2 of unknown status."))
        // The cell's CRLF line break is folded into the one-line title.
        #expect(dossier.source("ucdp-src-test-agency-2009-07-29")?.title == "first report")
    }

    @Test func mapsAMonthAFormerCountryNameAndAPlaceWithoutDescription() throws {
        let dossier = try #require(ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp").path).dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ucdp-900003" })
        #expect(incident.date == IncidentDate(start: Day(year: 2015, month: 5, day: 1), end: Day(year: 2015, month: 5, day: 31),
                                              precision: .month))
        #expect(incident.title == "State-based armed conflict in Test district, Test governorate")
        #expect(incident.location == Location(name: "Test district", admin1: "Test governorate", admin2: "Test district", country: "YE"))
        #expect(incident.perpetrators.map(\.name) == ["Government of Yemen (North Yemen)", "Test Movement"])
        // Combatants' deaths by side, each saying whose; civilians stated even at none.
        #expect(incident.casualties.map(\.category.name) == ["civilians_killed", "side_a_killed", "side_b_killed"])
        #expect(incident.figure(CasualtyCategory("civilians_killed"))?.best == 0)
        #expect(incident.figure(CasualtyCategory("side_a_killed"))?.note == "side A: Government of Yemen (North Yemen)")
        #expect(incident.figure(CasualtyCategory("side_b_killed"))?.best == 4)
        #expect(CasualtyCategory("side_b_killed").label == "Killed on side B")
    }

    @Test func readsAnExtractCutToItsCoreColumns() throws {
        let result = ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/ucdp-reduced").path)
        #expect(texts(result) == [])
        let incidents = try #require(result.dossier?.incidents)
        // Several exactly known days (date_prec 1) are a range of days, not an error.
        #expect(incidents[0].date == IncidentDate(start: Day(year: 2014, month: 6, day: 10), end: Day(year: 2014, month: 6, day: 12),
                                                  precision: .days))
        #expect(incidents[0].title == "One-sided violence in Test province")
        #expect(incidents[0].casualties.map(\.category.name) == ["civilians_killed"])
        // What best counts beyond the civilians stays apart, said to be undivided.
        #expect(incidents[1].casualties.map(\.category.name) == ["civilians_killed", "other_killed"])
        #expect(incidents[1].figure(CasualtyCategory("other_killed"))?.best == 12)
        #expect(incidents[1].summary.contains("5 civilians and 12 not divided by side in this extract"))
        #expect(result.dossier?.sources.map(\.id) == ["ucdp-ged-910001", "ucdp-ged-910002"])
    }

    @Test func anExtractWithoutDeathsColumnsSaysItsTotalIsEveryone() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\nrecords: [{file: ged.csv, version: \"25.1\"}]\n",
            "ged.csv": "id,date_start,where_description,best,low,high\n5,2000-01-02,Town,3,2,4\n",
        ]).load()
        #expect(texts(result) == [])
        let killed = try #require(result.dossier?.incidents.first?.figure(.killed))
        #expect((killed.low, killed.best, killed.high) == (2, 3, 4))
        #expect(killed.note == "every death UCDP counts, combatants and civilians together")
        #expect(result.dossier?.incidents.first?.title == "Violent event in Town")
    }

    @Test func anUnknownVersionIsAWarningAndTheVersionComesFromTheFileName() throws {
        #expect(UCDPExtract.version(fromFileName: "data/GEDEvent_v24_1.csv") == "24.1")
        #expect(UCDPExtract.version(fromFileName: "ged241.csv") == "24.1")
        #expect(UCDPExtract.version(fromFileName: "GEDEvent_v25_0_3.csv") == "25.0.3")
        #expect(UCDPExtract.version(fromFileName: "events.csv") == nil)
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n",
            "records/ged.csv": Self.header + "1,r,2000,3,Army,Civilians,\"A, 2000\",Town,Region,,,,Iraq,1,2000-01-02,2000-01-02,3,3,3,3\n",
        ]).load()
        #expect(texts(result) == [
            "records/ged.csv:1:1: warning: the extract does not say which version of UCDP GED it comes from, so its citations cannot; "
                + "expected version: 24.1 (the dataset's version) on this file's entry in dossier.yaml, or the file named as UCDP names it, "
                + "e.g. GEDEvent_v24_1.csv",
        ])
        #expect(result.dossier?.source("ucdp-ged-1")?.title == "UCDP Georeferenced Event Dataset (GED), event 1")
    }

    @Test func keepsACountryWithoutAKnownCodeAsItsName() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n",
            "records/GEDEvent_v24_1.csv": Self.header + "1,r,2000,3,Army,Civilians,\"A, 2000\",Town,Region,,,,Atlantis,1,2000-01-02,2000-01-02,3,3,3,3\n",
        ]).load()
        #expect(texts(result) == [])
        #expect(result.dossier?.incidents.first?.location.country == "Atlantis")
    }

    @Test func reportsBadCellsWithTheirColumns() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n",
            "records/GEDEvent_v24_1.csv": Self.header
                + "1,r,2000,3,Army,Civilians,Report,Town,,,95,10,Iraq,5,2000-01-02,2000-01-03,3,3,2,4\n"
                + "2,r,2000,3,Army,Civilians,Report,Town,,,,,Iraq,9,2000-02-30,,x,3,3,3\n"
                + ",r,2000,3,Army,Civilians,,Town,,,,,Iraq,1,2000-01-02,,,,,\n",
        ]).load()
        #expect(texts(result) == [
            "records/GEDEvent_v24_1.csv:2:41: error: ucdp-1.location.lat: 95 is out of range (column \"latitude\"); expected a number from -90 to 90",
            "records/GEDEvent_v24_1.csv:3:48: error: ucdp-2.date_prec: \"9\" is not a UCDP date precision; "
                + "expected 1 (exact day), 2 (2 to 6 days), 3 (week), 4 (month) or 5 (year)",
            "records/GEDEvent_v24_1.csv:3:50: error: ucdp-2.date: invalid date \"2000-02-30\": day 30 is not between 1 and 29 in 2000-02 "
                + "(column \"date_start\"); expected a date written YYYY-MM-DD, e.g. 2013-09-01",
            "records/GEDEvent_v24_1.csv:3:62: error: ucdp-2.deaths_civilians: \"x\" is not a whole number; expected a whole number, 0 or more",
            "records/GEDEvent_v24_1.csv:4:1: error: incidents[2].id: required field \"id\" is empty",
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
