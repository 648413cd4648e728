// ProjectLoader+Sheets: reading a spreadsheet of records (CSV, TSV, XLSX, ODS), plain or mapped in
// dossier.yaml: the file under the project's rules, its sheet and header row, then its rows as records.

import Foundation

extension ProjectLoader {
    /// A record file to read, and how when dossier.yaml maps it as a spreadsheet.
    struct RecordFile: Sendable {
        /// The path, project-relative.
        var path: String
        /// The mapping written in dossier.yaml; `nil` for a plain entry or a file found in a folder.
        var mapping: SheetMapping?
    }
}

extension ProjectLoader.Run {
    /// Reads a spreadsheet of records: a UCDP GED extract (told by its header, when no columns are mapped),
    /// or rows holding the kind of record the entry says, the columns guess or the file's name tells.
    mutating func readSheet(_ recordFile: ProjectLoader.RecordFile, with decoder: inout RecordDecoder,
                            into records: inout DecodedRecords) -> Bool {
        let file = recordFile.path
        let mapping = recordFile.mapping
        let named = recordEntries[file]
        let field = mapping.map { "\($0.field).file" } ?? (named == nil ? nil : "records")
        guard var table = readTable(file, mapping: mapping, location: named, field: field) else { return false }
        let headerRow = mapping?.headerRow ?? 1
        guard let withHeader = table.withHeader(atRow: headerRow) else {
            diagnostics.append(Diagnostic(severity: .error, location: mapping?.headerRowLocation, field: mapping.map { "\($0.field).header_row" },
                                          message: "\(file) has no row \(headerRow)",
                                          expected: "the number of the row that names the columns"))
            return false
        }
        table = withHeader
        if table.header.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            let at = table.header.first?.location ?? SourceLocation(file: file, line: headerRow, column: 1)
            diagnostics.append(Diagnostic(severity: .error, location: at, field: nil,
                                          message: "the header row (row \(headerRow)) is empty",
                                          expected: "the column names in row \(headerRow), or header_row: set to the row that holds them"))
            return false
        }
        if mapping?.columns.isEmpty ?? true, UCDPExtract.matches(table.header) {
            let version = mapping?.version ?? UCDPExtract.version(fromFileName: file)
            return decode(UCDPExtract.read(table, version: version), countryNames: true, with: &decoder, into: &records)
        }
        var kind = RecordKind.named(byPath: file) ?? .incidents
        if let mapping { kind = mapping.kind ?? CSVRecords.guessKind(of: table, mapping: mapping) ?? kind }
        let numbers = mapping?.numbers ?? NumberStyle.forLanguage(decoder.projectLanguage)
        let cells = SheetCellReader(dateFormats: mapping?.dateFormats ?? [], numbers: numbers, uses1904Dates: table.uses1904Dates,
                                    isMapped: mapping != nil, numbersGiven: mapping?.numbers != nil)
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let settings = CSVRecords.Settings(kind: kind, mapping: mapping, cells: cells, fileStem: stem)
        return decode(CSVRecords.read(table, settings: settings), countryNames: false, with: &decoder, into: &records)
    }

    /// Hands a table's records to the decoder, keeping the table's own diagnostics.
    private mutating func decode(_ outcome: CSVRecords.Outcome, countryNames: Bool, with decoder: inout RecordDecoder,
                                 into records: inout DecodedRecords) -> Bool {
        diagnostics += outcome.diagnostics
        csvColumns.merge(outcome.columns) { first, _ in first }
        reportedCells.formUnion(outcome.reported)
        guard let root = outcome.root, case .mapping(let entries) = root.content else { return true }
        decoder.acceptsCountryNames = countryNames
        defer { decoder.acceptsCountryNames = false }
        for entry in entries {
            guard let kind = RecordKind(rawValue: entry.key) else { continue }
            decoder.records(of: kind, in: entry.value, field: kind.rawValue, into: &records)
        }
        return true
    }

    /// Reads a spreadsheet file into a table: a workbook's sheet, or a CSV or TSV text.
    private mutating func readTable(_ file: String, mapping: SheetMapping?, location: SourceLocation?, field: String?) -> CSVTable? {
        let isWorkbook = WorkbookReader.isWorkbook(file)
        let data: Data
        switch folder.read(file, limit: isWorkbook ? .workbook : .recordFile) {
        case .success(let read):
            data = read
        case .failure(.missing):
            diagnostics.append(Diagnostic(severity: .error, location: location, field: field, message: "cannot read \"\(file)\""))
            return nil
        case .failure(let refusal):
            report(refusal, path: file, location: location, field: field)
            return nil
        }
        if isWorkbook || WorkbookReader.looksLikeWorkbook(data) {
            switch WorkbookReader.read(data, file: file, sheet: mapping?.sheet, headerRow: mapping?.headerRow ?? 1) {
            case .success(let table):
                return table
            case .failure(let problem):
                var diagnostic = problem.diagnostic
                if problem.isMissingSheet, let mapping {
                    diagnostic.location = mapping.sheetLocation ?? diagnostic.location
                    diagnostic.field = "\(mapping.field).sheet"
                }
                diagnostics.append(diagnostic)
                return nil
            }
        }
        guard let text = Self.text(of: data) else {
            diagnostics.append(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1), field: nil,
                                          message: "the file is not valid UTF-8 text",
                                          expected: "text saved as UTF-8 (in Excel: Save As, \"CSV UTF-8\"; in LibreOffice: character set Unicode (UTF-8))"))
            return nil
        }
        let fileExtension = (file as NSString).pathExtension.lowercased()
        let delimiter = mapping?.delimiter ?? (["tsv", "tab"].contains(fileExtension) ? "\t" : CSVTable.detectDelimiter(text))
        switch CSVTable.parse(text, file: file, delimiter: delimiter) {
        case .failure(let malformed):
            diagnostics.append(malformed.diagnostic)
            return nil
        case .success(let table):
            return table
        }
    }

    /// A spreadsheet's text: UTF-8, or UTF-16 when it starts with a byte-order mark (Excel's "Unicode text").
    static func text(of data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) { return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) }
        if data.starts(with: [0xFE, 0xFF]) { return String(data: data.dropFirst(2), encoding: .utf16BigEndian) }
        return String(data: data, encoding: .utf8)
    }
}
