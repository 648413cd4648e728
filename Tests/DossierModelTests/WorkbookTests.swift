// WorkbookTests: XLSX and ODS workbooks written by openpyxl and LibreOffice, read sheet by sheet; bad
// workbooks refused with the file, sheet and cell named and nothing loaded.

import Foundation
import Testing
@testable import DossierModel

@Suite struct WorkbookTests {
    /// A fixture of `Fixtures/sheets`.
    static func fixture(_ name: String) -> String { Paths.tests.appendingPathComponent("Fixtures/sheets/\(name)").path }

    static let sources = try! String(contentsOfFile: fixture("ngo/sources.yaml"), encoding: .utf8)

    /// The incidents log's entry in dossier.yaml, for a workbook copied to data/log.EXT.
    static func entry(_ fileExtension: String, extra: String = "") -> String {
        """
        title: T
        records:
          - sources.yaml
          - file: data/log.\(fileExtension)
            sheet: Incidents
            header_row: 3
            columns: {Town: location.name, Governorate: location.admin1, Killed: casualties.killed, Injured: casualties.injured,
                      Source: sources, Notes: summary}
            ignore: [Entered by]
            dates: DD/MM/YYYY
            defaults: {location.country: IQ}
        \(extra)
        """
    }

    func load(_ fixture: String, as fileExtension: String, yaml: String? = nil) throws -> LoadResult {
        try TemporaryProject(["dossier.yaml": yaml ?? Self.entry(fileExtension), "sources.yaml": Self.sources],
                             copying: ["data/log.\(fileExtension)": Self.fixture(fixture)]).load()
    }

    @Test(arguments: [("ngo/data/casualties.xlsx", "xlsx"), ("ngo/data/casualties-libreoffice.xlsx", "xlsx"),
                      ("ngo/data/casualties-libreoffice.ods", "ods")])
    func readsTheSameRecordsFromEveryWorkbook(fixture: String, fileExtension: String) throws {
        let result = try load(fixture, as: fileExtension)
        #expect(result.diagnostics.map(\.description) == [])
        let incidents = try #require(result.dossier?.incidents)
        // Date cells, and a date typed as text read by `dates:`.
        #expect(incidents.map(\.id) == ["2009-07-28-testville", "2011-04-08-testville", "2013-09-01-second-town"])
        #expect(incidents[0].location == Location(name: "Testville", admin1: "North Test", country: "IQ"))
        #expect(incidents[0].summary == "Raid over two days;\nfigures from the first report")
        #expect(incidents[0].casualties.map(\.category) == [.killed])
        #expect(incidents[1].figure(.killed)?.best == 36)
        // "1,200" stored as text in a number column.
        #expect(incidents[1].figure(.injured)?.best == 1200)
        #expect(incidents[1].sources == ["report-a", "report-b"])
        #expect(incidents[2].figure(.killed)?.best == 52)
    }

    @Test func theFirstSheetIsReadUnlessOneIsNamed() throws {
        let result = try load("ngo/data/mac-1904.xlsx", as: "xlsx", yaml: """
            title: T
            records: [sources.yaml, {file: data/log.xlsx, columns: {Town: location.name, Killed: casualties.killed, Source: sources}}]
            """)
        // The 1904 date system: the same day as in the 1900 workbooks.
        #expect(result.diagnostics.map(\.description) == [
            "sources.yaml:2:8: warning: report-b.id: source \"report-b\" is never cited; expected a citation from an incident, "
                + "a casualty figure, a claim or a quotation",
        ])
        #expect(result.dossier?.incidents.first?.date.start == Day(year: 2011, month: 4, day: 8))
    }

    @Test func diagnosticsNameTheSheetAndCell() throws {
        let result = try load("ngo/data/casualties-libreoffice.xlsx", as: "xlsx", yaml: Self.entry("xlsx").replacingOccurrences(of: "    dates: DD/MM/YYYY\n", with: ""))
        #expect(result.diagnostics.map(\.description) == [
            "data/log.xlsx:Incidents!A5: error: column \"Date\" (date): \"08/04/2011\" is not a date this sheet's settings read; expected "
                + "a date written YYYY-MM-DD or 8 April 2011, or the way this sheet writes dates given in dossier.yaml, e.g. dates: DD/MM/YYYY",
        ])
        #expect(result.dossier == nil)
    }

    @Test func aMissingSheetIsReportedWhereItIsNamed() throws {
        let result = try load("ngo/data/casualties.xlsx", as: "xlsx", yaml: Self.entry("xlsx").replacingOccurrences(of: "sheet: Incidents", with: "sheet: Incidnets"))
        #expect(result.diagnostics.map(\.description) == [
            "dossier.yaml:5:12: error: records[1].sheet: no sheet \"Incidnets\" in data/log.xlsx (did you mean \"Incidents\"?); "
                + "expected one of the workbook's sheets: \"Notes\", \"Incidents\"",
        ])
    }

    @Test func badWorkbooksAreClearErrors() throws {
        func errors(_ name: String) throws -> [String] {
            let result = try load("bad/\(name).xlsx", as: "xlsx", yaml: """
                title: T
                records: [sources.yaml, {file: data/log.xlsx, columns: {Town: location.name, Killed: casualties.killed, Injured: casualties.injured}}]
                """)
            #expect(result.dossier == nil)
            return result.errors.map(\.description)
        }
        #expect(try errors("formula") == [
            "data/log.xlsx:Incidents!C3: error: column \"Killed\" (casualties.killed): the cell holds the formula =C2+6 but no saved "
                + "result; expected a workbook saved by Excel or LibreOffice, which store each formula's result (open it there and save it)",
        ])
        #expect(try errors("empty-header") == [
            "data/log.xlsx:Incidents!A1: error: the header row (row 1) is empty; expected the column names in row 1, or header_row: "
                + "set to the row that holds them",
        ])
        #expect(try errors("damaged") == [
            "data/log.xlsx:1:1: error: cannot read the workbook: its ZIP container is damaged or cut short; expected a workbook "
                + "saved by Excel or LibreOffice as .xlsx or .ods; open it there and save it again",
        ])
        #expect(try errors("password") == [
            "data/log.xlsx:1:1: error: the workbook is protected by a password, so its cells cannot be read; expected a copy saved "
                + "without a password (File, Info, Protect Workbook in Excel; File, Properties, Security in LibreOffice)",
        ])
        #expect(try errors("bomb") == [
            "data/log.xlsx:1:1: error: the workbook's part xl/worksheets/sheet1.xml unpacks to more than 200 times its packed size, "
                + "as no spreadsheet does (a ZIP bomb); expected a workbook saved by Excel or LibreOffice",
        ])
        #expect(try errors("entities") == [
            "data/log.xlsx:1:1: error: the workbook's XML declares a DTD or entities, which no spreadsheet program writes; "
                + "expected a workbook saved by Excel or LibreOffice",
        ])
    }

    @Test func anOldExcelFileOrAWorkbookNamedCSVIsToldApart() throws {
        let xls = try TemporaryProject(["dossier.yaml": "title: T\nrecords: [{file: data/log.xls}]\n",
                                        "data/log.xls": "\u{D0}\u{CF}"]).load()
        #expect(xls.errors.map(\.description) == ["data/log.xls:1:1: error: an Excel 97–2003 workbook (.xls) cannot be read; expected the "
                                                   + "workbook saved as .xlsx (Excel Workbook) or .ods, or the sheet as CSV UTF-8"])
        let renamed = try TemporaryProject(["dossier.yaml": "title: T\nrecords: [{file: data/log.csv, sheet: Incidents, header_row: 3}]\n"],
                                           copying: ["data/log.csv": Self.fixture("ngo/data/casualties.xlsx")]).load()
        #expect(renamed.diagnostics.map(\.description).contains {
            $0.hasPrefix("data/log.csv:Incidents!")
        })
    }

    @Test func cellReferencesAndDateFormats() {
        #expect(XLSXSheetReader.cellReference("C7")! == (7, 3))
        #expect(XLSXSheetReader.cellReference("$AA$10")! == (10, 27))
        #expect(XLSXSheetReader.cellReference("7C") == nil)
        #expect(SourceLocation(file: "a.xlsx", sheet: "Incidents 2011", row: 7, column: 28).description == "a.xlsx:'Incidents 2011'!AB7")
        #expect(XLSXSheetReader.isDateFormat(id: 14, code: nil))
        #expect(!XLSXSheetReader.isDateFormat(id: 3, code: nil))
        #expect(XLSXSheetReader.isDateFormat(id: 164, code: "DD/MM/YYYY"))
        #expect(!XLSXSheetReader.isDateFormat(id: 165, code: "#,##0\" days\""))
        #expect(!XLSXSheetReader.isDateFormat(id: 166, code: "[h]:mm:ss"))
        #expect(XLSXSheetReader.unescaped("a_x000D_b") == "a\rb")
    }
}
