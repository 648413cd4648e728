// WorkbookReader: a workbook file (.xlsx or .ods) to a table of its sheet: tells the formats apart by
// their bytes, refuses what it cannot read (an encrypted workbook, an old .xls, a damaged file) with words
// a person can act on, and hands the container to the reader of its format.

import Foundation

/// Why a workbook could not be read, as the diagnostic to print.
struct WorkbookProblem: Error, Sendable {
    /// What to print.
    var diagnostic: Diagnostic
    /// Whether the sheet asked for is not in the workbook (reported where `sheet:` is written).
    var isMissingSheet = false

    private static func at(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The file is not a workbook that can be opened.
    static func damaged(_ file: String, _ detail: String) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "cannot read the workbook: \(detail)",
                                               expected: "a workbook saved by Excel or LibreOffice as .xlsx or .ods; open it there and save it again"))
    }

    /// The workbook is protected by a password.
    static func encrypted(_ file: String) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "the workbook is protected by a password, so its cells cannot be read",
                                               expected: "a copy saved without a password (File, Info, Protect Workbook in Excel; "
                                                   + "File, Properties, Security in LibreOffice)"))
    }

    /// The file is a workbook of a format that is not read.
    static func unsupported(_ file: String, _ what: String) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "\(what) cannot be read",
                                               expected: "the workbook saved as .xlsx (Excel Workbook) or .ods, or the sheet as CSV UTF-8"))
    }

    /// A part unpacks to more than the limit.
    static func tooLarge(_ file: String, part: String, limit: Int) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "the workbook's part \(part) unpacks to more than \(FileLimit.size(Int64(limit)))",
                                               expected: "a workbook whose sheets hold at most \(FileLimit.size(Int64(limit))) of XML each "
                                                   + "(\(FileLimit.size(Int64(WorkbookArchive.totalLimit))) in all); split the records across several files"))
    }

    /// A part unpacks to far more than it packs to.
    static func bomb(_ file: String, part: String) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "the workbook's part \(part) unpacks to more than \(WorkbookArchive.ratioLimit) times its "
                                                   + "packed size, as no spreadsheet does (a ZIP bomb)",
                                               expected: "a workbook saved by Excel or LibreOffice"))
    }

    /// A sheet holds more cells than the limit.
    static func tooManyCells(_ file: String, sheet: String?) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: sheet.map { "sheet \"\($0)\"" },
                                               message: "the sheet holds more than \(RecordLimits.grouped(SheetGrid.cellLimit)) cells",
                                               expected: "at most \(RecordLimits.grouped(SheetGrid.cellLimit)) cells (rows times columns) "
                                                   + "in one sheet; split the records across several sheets or files"))
    }

    /// A row with content repeated more often than any sheet kept by hand repeats one.
    static func repeatedRow(_ file: String, sheet: String?, row: Int, times: Int) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: sheet.map { "sheet \"\($0)\"" },
                                               message: "row \(row) and its cells are repeated \(RecordLimits.grouped(times)) times",
                                               expected: "at most \(RecordLimits.grouped(SheetGrid.rowRepeatLimit)) identical rows with content "
                                                   + "one after another; save the sheet again from LibreOffice or Excel, or as CSV"))
    }

    /// A part declares XML entities.
    static func entities(_ file: String) -> WorkbookProblem {
        WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: at(file), field: nil,
                                               message: "the workbook's XML declares a DTD or entities, which no spreadsheet program writes",
                                               expected: "a workbook saved by Excel or LibreOffice"))
    }
}

/// Reads a sheet of a workbook file.
enum WorkbookReader {
    /// Extensions of workbook files.
    static let extensions: Set<String> = ["xlsx", "xlsm", "ods"]
    /// Extensions of workbook formats that are refused with advice.
    static let refused: [String: String] = ["xls": "an Excel 97–2003 workbook (.xls)", "xlsb": "an Excel binary workbook (.xlsb)",
                                            "numbers": "an Apple Numbers document", "fods": "a flat OpenDocument spreadsheet (.fods)"]

    /// Whether a path names a workbook, by its extension.
    static func isWorkbook(_ path: String) -> Bool {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        return extensions.contains(fileExtension) || refused[fileExtension] != nil
    }

    /// Whether bytes are a ZIP container or an OLE compound file (a workbook named .csv by mistake, or an
    /// encrypted one).
    static func looksLikeWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// Reads sheet `sheet` (the first when `nil`) of a workbook, with row `headerRow` as the header.
    static func read(_ data: Data, file: String, sheet: String?, headerRow: Int = 1) -> Result<CSVTable, WorkbookProblem> {
        let fileExtension = (file as NSString).pathExtension.lowercased()
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Excel and LibreOffice wrap a password-protected .xlsx in an OLE file with an "EncryptedPackage"
            // stream; an OLE file without one is an old .xls.
            let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if data.range(of: marker) != nil { return .failure(.encrypted(file)) }
            return .failure(.unsupported(file, "an Excel 97–2003 workbook (.xls)"))
        }
        if let what = refused[fileExtension], !data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return .failure(.unsupported(file, what))
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            return .failure(.damaged(file, "the file is not a ZIP container, as .xlsx and .ods files are"))
        }
        let archive: WorkbookArchive
        do { archive = try WorkbookArchive(data: data) } catch .scratch(let reason) {
            return .failure(.damaged(file, "no room for a temporary copy to unpack it from (\(reason))"))
        } catch {
            return .failure(.damaged(file, "its ZIP container is damaged or cut short"))
        }
        let isODS = archive.has("content.xml") || fileExtension == "ods" && !archive.has("[Content_Types].xml")
        if !isODS && archive.has("EncryptedPackage") { return .failure(.encrypted(file)) }
        do {
            let grid = isODS ? try ODSSheetReader.grid(archive, file: file, sheet: sheet)
                             : try XLSXSheetReader.grid(archive, file: file, sheet: sheet)
            do { return .success(try grid.table(headerRow: headerRow)) } catch { return .failure(.tooManyCells(file, sheet: grid.sheet)) }
        } catch let problem as WorkbookProblem {
            return .failure(problem)
        } catch {
            return .failure(.damaged(file, "\(error)"))
        }
    }

    /// The sheet asked for among a workbook's `(name, key)` pairs, or the first; a name matches exactly,
    /// else ignoring case and surrounding spaces.
    static func choose(_ wanted: String?, among sheets: [(name: String, key: String)], file: String) throws -> (name: String, key: String) {
        guard let first = sheets.first else { throw WorkbookProblem.damaged(file, "it holds no sheet") }
        guard let wanted else { return first }
        if let exact = sheets.first(where: { $0.name == wanted }) { return exact }
        if let loose = sheets.first(where: { matches($0.name, wanted: wanted, isFirst: false) }) { return loose }
        var message = "no sheet \"\(RecordDecoder.shortened(wanted))\" in \(file)"
        if let guess = Suggestion.closest(to: wanted, among: sheets.map(\.name)) { message += " (did you mean \"\(guess)\"?)" }
        let names = sheets.prefix(12).map { "\"\(RecordDecoder.shortened($0.name))\"" }.joined(separator: ", ") + (sheets.count > 12 ? ", …" : "")
        throw WorkbookProblem(diagnostic: Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                                                     field: "sheet", message: message, expected: "one of the workbook's sheets: \(names)"),
                              isMissingSheet: true)
    }

    /// Whether a sheet's name is the one asked for (the first sheet when none is).
    static func matches(_ name: String, wanted: String?, isFirst: Bool) -> Bool {
        guard let wanted else { return isFirst }
        return name == wanted || SheetMapping.normalised(name) == SheetMapping.normalised(wanted)
    }
}
