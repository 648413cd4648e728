// SheetMappingTests: spreadsheets read as they are kept: columns mapped in dossier.yaml, the delimiter
// found, dates and numbers written the sheet's way, and what is left out said.

import Foundation
import Testing
@testable import DossierModel

@Suite struct SheetMappingTests {
    static let sources = "- {id: s1, title: One}\n- {id: s2, title: Two}\n"

    func texts(_ result: LoadResult) -> [String] { result.diagnostics.map(\.description) }

    /// A project whose `records:` maps `data/sheet.csv` with `entry` (YAML lines under `- file: …`).
    func project(_ csv: String, entry: String, language: String = "en") throws -> LoadResult {
        try TemporaryProject([
            "dossier.yaml": "title: T\nlanguage: \(language)\nrecords:\n  - sources.yaml\n  - file: data/sheet.csv\n" + entry,
            "sources.yaml": Self.sources,
            "data/sheet.csv": csv,
        ]).load()
    }

    @Test func readsASemicolonSheetWithWindowsLineEndsAndDayFirstDates() throws {
        let result = ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/sheets/ngo").path)
        #expect(texts(result) == [])
        let incidents = try #require(result.dossier?.incidents)
        #expect(incidents.map(\.id) == ["2009-07-28-testville", "2011-04-08-testville", "2013-09-01-second-town"])
        let first = incidents[0], second = incidents[1]
        #expect(first.title == "Incident in Testville, North Test")
        #expect(first.date == IncidentDate(start: Day(year: 2009, month: 7, day: 28)))
        #expect(first.location == Location(name: "Testville", admin1: "North Test", country: "IQ"))
        // The quoted note keeps its line break; an empty cell leaves the figure out.
        #expect(first.summary == "Raid over two days;\nfigures from the first report")
        #expect(first.casualties.map(\.category) == [.killed])
        #expect(second.figure(.injured)?.best == 1200)
        #expect(second.sources == ["report-a", "report-b"])
    }

    @Test func findsTheDelimiterOfAPlainFileToo() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\n", "records/sources.yaml": Self.sources,
            "records/incidents.csv": "id;title;date;location.name;casualties.killed;sources\r\na;A, first;2011-04-08;X;3;s1\r\n",
            "records/more-incidents.csv": "id\ttitle\tdate\tlocation.name\tsources\nb\tB\t2011-04-09\tY\ts2\n",
        ]).load()
        #expect(texts(result) == [])
        #expect(result.dossier?.incidents.map(\.title) == ["A, first", "B"])
    }

    @Test func readsThousandsAsTheLanguageWritesThem() throws {
        let csv = "Date,Place,Killed,Injured\n2011-04-08,X,\"1,200\",1 200\n"
        let entry = "    columns: {Date: date, Place: location.name, Killed: casualties.killed, Injured: casualties.injured}\n"
            + "    defaults: {sources: s1}\n    ignore: []\n"
        let english = try project(csv, entry: entry)
        #expect(texts(english) == ["sources.yaml:2:8: warning: s2.id: source \"s2\" is never cited; expected a citation from an incident, "
                                   + "a casualty figure, a claim or a quotation"])
        #expect(english.dossier?.incidents.first?.figure(.killed)?.best == 1200)
        #expect(english.dossier?.incidents.first?.figure(.injured)?.best == 1200)
        let german = try project("Date;Place;Killed\n08.04.2011;X;1.200\n",
                                 entry: "    columns: {Date: date, Place: location.name, Killed: casualties.killed}\n"
                                     + "    dates: DD.MM.YYYY\n    defaults: {sources: [s1, s2]}\n", language: "de")
        #expect(texts(german) == [])
        #expect(german.dossier?.incidents.first?.figure(.killed)?.best == 1200)
        #expect(german.dossier?.incidents.first?.date.start == Day(year: 2011, month: 4, day: 8))
    }

    @Test func aNumberWrittenAnotherWayIsAnErrorAtItsCell() throws {
        let result = try project("Date,Place,Killed\n2011-04-08,X,1.200\n",
                                 entry: "    columns: {Date: date, Place: location.name, Killed: casualties.killed}\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == [
            "data/sheet.csv:2:14: error: column \"Killed\" (casualties.killed): \"1.200\" is not a whole number as this sheet writes "
                + "numbers (1,234.5); expected a whole number such as 1,234; the project's language decides how numbers are read; "
                + "numbers: \"1.234,5\" (or \"1,234.5\", \"1 234,5\") in this sheet's entry in dossier.yaml says otherwise",
        ])
        #expect(result.dossier == nil)
        let given = try project("Date,Place,Killed\n2011-04-08,X,1.200\n",
                                entry: "    columns: {Date: date, Place: location.name, Killed: casualties.killed}\n"
                                    + "    numbers: \"1.234,5\"\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(given) == [])
        #expect(given.dossier?.incidents.first?.figure(.killed)?.best == 1200)
    }

    @Test func aDateNotMatchingTheSheetsPatternIsAnErrorAtItsCell() throws {
        let csv = "Date,Place\n31/02/2011,X\n08/04/2011,Y\n8 April 2011,Z\n2011-04-09,W\n"
        let result = try project(csv, entry: "    columns: {Date: date, Place: location.name}\n    dates: DD/MM/YYYY\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == [
            "data/sheet.csv:2:1: error: column \"Date\" (date): \"31/02/2011\" is not a date written DD/MM/YYYY (dates:); "
                + "expected a real date written DD/MM/YYYY, YYYY-MM-DD or 8 April 2011",
        ])
        let unset = try project("Date,Place\n08/04/2011,Y\n", entry: "    columns: {Date: date, Place: location.name}\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(unset) == [
            "data/sheet.csv:2:1: error: column \"Date\" (date): \"08/04/2011\" is not a date this sheet's settings read; expected "
                + "a date written YYYY-MM-DD or 8 April 2011, or the way this sheet writes dates given in dossier.yaml, e.g. dates: DD/MM/YYYY",
        ])
    }

    @Test func anUnmappedColumnIsAWarningThatSuggestsAMapping() throws {
        let csv = "Date,Town,Killed,Entered by,Weather\n2011-04-08,X,3,M,rain\n"
        let result = try project(csv, entry: "    columns: {Date: date, Town: location.name}\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == [
            "data/sheet.csv:1:11: warning: column \"Killed\" is not mapped to a field and is left out (is it casualties.killed?); "
                + "expected columns: {Killed: casualties.killed} in this sheet's entry in dossier.yaml, or ignore: [Killed] to leave it out",
            "data/sheet.csv:1:18: warning: column \"Entered by\" is not mapped to a field and is left out; expected columns: "
                + "{Entered by: FIELD} in this sheet's entry in dossier.yaml (a field of an incident such as summary or tags), "
                + "or ignore: [Entered by] to leave it out",
            "data/sheet.csv:1:29: warning: column \"Weather\" is not mapped to a field and is left out; expected columns: "
                + "{Weather: FIELD} in this sheet's entry in dossier.yaml (a field of an incident such as summary or tags), "
                + "or ignore: [Weather] to leave it out",
        ])
        #expect(result.dossier?.incidents.count == 1)
        let ignored = try project(csv, entry: "    columns: {Date: date, Town: location.name, Killed: casualties.killed}\n"
                                      + "    ignore: [entered by, Weather]\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(ignored) == [])
    }

    @Test func aMappingThatFitsNothingIsAnErrorInDossierYAML() throws {
        let result = try project("Date,Town\n2011-04-08,X\n",
                                 entry: "    columns: {Date: date, Twon: location.name, Town: location.nme}\n"
                                     + "    defaults: {sources: [s1, s2], location.contry: IQ}\n")
        #expect(texts(result) == [
            "data/sheet.csv:2:1: error: sheet-2.location: missing required field \"location\"",
            "dossier.yaml:6:27: error: records[1].columns: no column \"Twon\" in data/sheet.csv (did you mean \"Town\"?); expected "
                + "a name from the header row (row 1): \"Date\", \"Town\"",
            "dossier.yaml:6:54: error: records[1].columns.Town: \"location.nme\" is not a field of an incident (did you mean "
                + "\"location.name\"?); expected one of location.name, location.admin1, location.admin2, location.country, location.lat, location.lon",
            "dossier.yaml:7:35: error: records[1].defaults: \"location.contry\" is not a field of an incident (did you mean "
                + "\"location.country\"?); expected a dotted field path such as location.country or sources",
        ])
        #expect(result.dossier == nil)
    }

    @Test func theHeaderRowMayBeLowerAndMustNotBeEmpty() throws {
        let csv = "Casualty log,,\nKept by the test office,,\nDate,Place,Killed\n2011-04-08,X,4\n"
        let result = try project(csv, entry: "    header_row: 3\n    columns: {Date: date, Place: location.name, Killed: casualties.killed}\n"
                                     + "    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == [])
        #expect(result.dossier?.incidents.first?.figure(.killed)?.best == 4)
        let empty = try project(",,\nDate,Place\n2011-04-08,X\n", entry: "    columns: {Date: date, Place: location.name}\n")
        #expect(texts(empty) == [
            "data/sheet.csv:1:1: error: the header row (row 1) is empty; expected the column names in row 1, or header_row: "
                + "set to the row that holds them",
        ])
        let missing = try project("Date,Place\n2011-04-08,X\n", entry: "    header_row: 9\n")
        #expect(texts(missing) == ["dossier.yaml:6:17: error: records[1].header_row: data/sheet.csv has no row 9; expected the number "
                                   + "of the row that names the columns"])
    }

    @Test func guessesWhatTheRowsAreFromTheColumns() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: T\nrecords:\n  - file: data/list.csv\n    columns: {Ref: id, Name: title, Outlet: publisher, Link: url}\n"
                + "  - file: data/log.csv\n    columns: {When: date, Where: location, Ref: sources}\n",
            "data/list.csv": "Ref,Name,Outlet,Link\nr1,A report,Agency,https://example.org/r1\n",
            "data/log.csv": "When,Where,Ref\n2011-04-08,X,r1\n",
        ]).load()
        #expect(texts(result) == [])
        #expect(result.dossier?.sources.map(\.id) == ["r1"])
        #expect(result.dossier?.incidents.map(\.id) == ["2011-04-08-x"])
    }

    @Test func emptyCellsAreAbsentAndCountryNamesBecomeCodes() throws {
        let csv = "Date,Place,Country,Killed,Injured,Verification\n2011-04-08,X,Iraq,,0,Confirmed\n"
        let result = try project(csv, entry: "    columns: {Date: date, Place: location.name, Country: location.country, Killed: casualties.killed, "
                                     + "Injured: casualties.injured}\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == [])
        let incident = try #require(result.dossier?.incidents.first)
        #expect(incident.location.country == "IQ")
        #expect(incident.casualties.map(\.category) == [.injured])
        #expect(incident.verification == .confirmed)
    }

    @Test func twoRowsOfOneDayAndPlaceGetTwoIDs() throws {
        let result = try project("Date,Place\n2011-04-08,X\n2011-04-08,X\n,\n2011-04-09,\n",
                                 entry: "    columns: {Date: date, Place: location.name}\n    defaults: {sources: [s1, s2]}\n")
        #expect(texts(result) == ["data/sheet.csv:5:12: error: sheet-5.location.name: required field \"name\" is empty (column \"Place\")"])
        let again = try project("Date,Place\n2011-04-08,X\n2011-04-08,X\n",
                                entry: "    columns: {Date: date, Place: location.name}\n    defaults: {sources: [s1, s2]}\n")
        #expect(again.dossier?.incidents.map(\.id) == ["2011-04-08-x", "2011-04-08-x-2"])
    }
}

@Suite struct SheetCellTests {
    @Test func datePatterns() throws {
        let dayFirst = try DateFormat.parse("DD/MM/YYYY").get()
        #expect(dayFirst.read("08/04/2011").map(DateFormat.written) == "2011-04-08")
        #expect(dayFirst.read("8/4/2011").map(DateFormat.written) == "2011-04-08")
        #expect(dayFirst.read("31/02/2011") == nil)
        #expect(dayFirst.read("08/04/11") == nil)
        let named = try DateFormat.parse("D MMMM YYYY").get()
        #expect(named.read("8 April 2011").map(DateFormat.written) == "2011-04-08")
        #expect(named.read("8  Sept. 2011").map(DateFormat.written) == "2011-09-08")
        #expect(try DateFormat.parse("MM/YYYY").get().read("04/2011").map(DateFormat.written) == "2011-04")
        #expect(DateFormat.iso[0].read("2013-09-01 00:00:00.000").map(DateFormat.written) == "2013-09-01")
        #expect(DateFormat.iso[0].read("2013-09-01T06:00").map(DateFormat.written) == "2013-09-01")
        for bad in ["DD/MM/YY", "DD/YYYY", "YYYY-MM-DD-DD", "DDD.MM.YYYY"] {
            #expect(throws: DateFormat.FormatProblem.self) { try DateFormat.parse(bad).get() }
        }
    }

    @Test func numberStyles() {
        let english = NumberStyle.forLanguage("en"), german = NumberStyle.forLanguage("de"), french = NumberStyle.forLanguage("fr")
        #expect(english.read("1,200") == .number(1200))
        #expect(english.read("1,200,000") == .number(1_200_000))
        #expect(english.read("1 200") == .number(1200))
        #expect(english.read("1.5") == .number(1.5))
        #expect(english.read("1,20") == .otherStyle)
        #expect(english.read("dozens") == .notANumber)
        #expect(german.read("1.200") == .number(1200))
        #expect(german.read("33,7") == .number(33.7))
        #expect(french.read("1\u{202F}200") == .number(1200))
        #expect(french.read("-44,6") == .number(-44.6))
        #expect(NumberStyle.forLanguage("de-CH").example == "1'234.5")
        #expect(NumberStyle.named("1.234,5") == german)
    }

    @Test func serialNumbersInBothDateSystems() {
        #expect(Day(serial: 1, system1904: false) == Day(year: 1900, month: 1, day: 1))
        #expect(Day(serial: 59, system1904: false) == Day(year: 1900, month: 2, day: 28))
        #expect(Day(serial: 60, system1904: false) == nil)
        #expect(Day(serial: 61, system1904: false) == Day(year: 1900, month: 3, day: 1))
        #expect(Day(serial: 40641.75, system1904: false) == Day(year: 2011, month: 4, day: 8))
        #expect(Day(serial: 39179, system1904: true) == Day(year: 2011, month: 4, day: 8))
        #expect(Day(serial: -1, system1904: false) == nil)
    }

    @Test func delimiters() {
        #expect(CSVTable.detectDelimiter("a;b;c\n1;2;3\n") == ";")
        #expect(CSVTable.detectDelimiter("a\tb\n") == "\t")
        #expect(CSVTable.detectDelimiter("\"a;b\",c\n") == ",")
        #expect(CSVTable.detectDelimiter("title\n") == ",")
    }
}
