// ODSSheetReader: one sheet of an OpenDocument spreadsheet (.ods, LibreOffice's own format): the tables of
// content.xml, their typed cells, repeated rows and columns, and spanned (merged) cells.

import Foundation

/// Reads a sheet of an ODS workbook into a grid of cells.
enum ODSSheetReader {
    /// Reads the table named `sheet` (the first when `nil`) of the workbook in `archive`.
    static func grid(_ archive: WorkbookArchive, file: String, sheet: String?) throws -> SheetGrid {
        if archive.has("META-INF/manifest.xml"),
           let manifest = try? archive.part("META-INF/manifest.xml"), manifest.range(of: Data("encryption-data".utf8)) != nil {
            throw WorkbookProblem.encrypted(file)
        }
        let content = try XLSXSheetReader.part("content.xml", of: archive, file: file)
        var reader = TableReader(file: file, wanted: sheet)
        // The reader stops the parse once its table has ended: nothing after it is needed.
        switch XMLEvents.parse(content, { reader.handle($0) }) {
        case .success, .failure(.stopped): break
        case .failure(.declaresEntities): throw WorkbookProblem.entities(file)
        case .failure(.malformed(let reason)): throw WorkbookProblem.damaged(file, "its XML is not well-formed (\(reason))")
        }
        if let problem = reader.problem { throw problem }
        guard let grid = reader.grid else {
            let names = reader.names
            _ = try WorkbookReader.choose(sheet, among: names.map { ($0, $0) }, file: file)
            throw WorkbookProblem.damaged(file, "it holds no sheet")
        }
        return grid
    }

    /// The state of one pass over content.xml.
    private struct TableReader {
        let file: String
        /// The sheet asked for; the first when `nil`.
        let wanted: String?
        /// The names of the tables met, for a message when the one asked for is not among them.
        var names: [String] = []
        /// The chosen table's cells, once it is met.
        var grid: SheetGrid?
        var problem: WorkbookProblem?
        /// Whether the events are inside the chosen table, and past it.
        var inside = false, done = false
        var row = 0, column = 0
        var rowRepeat = 1
        /// The cells of the row being read, each with how many columns it repeats over.
        var pending: [(column: Int, repeats: Int, text: String, typed: CSVTable.Typed?)] = []
        /// The cell being read.
        var cell: (repeats: Int, typed: CSVTable.Typed?, isError: Bool)?
        var text = "", paragraphs = 0
        /// How deep the events are inside a note (annotation), whose text is not the cell's.
        var inNote = 0
        /// How deep inside tables nested in the chosen one.
        var nested = 0

        init(file: String, wanted: String?) { self.file = file; self.wanted = wanted }

        mutating func handle(_ event: XMLEvents.Event) -> Bool {
            guard !done else { return false }
            switch event {
            case .start(let name, let attributes): start(name, attributes)
            case .text(let string): if cell != nil, inNote == 0, paragraphs > 0 { text += string }
            case .end(let name): end(name)
            }
            return problem == nil && !done
        }

        private mutating func start(_ name: String, _ attributes: [String: String]) {
            if name == "table:table" {
                if inside { nested += 1; return }
                let tableName = attributes["table:name"] ?? "Sheet\(names.count + 1)"
                names.append(tableName)
                if grid == nil, WorkbookReader.matches(tableName, wanted: wanted, isFirst: names.count == 1) {
                    grid = SheetGrid(file: file, sheet: tableName)
                    inside = true
                    row = 0
                }
                return
            }
            guard inside, nested == 0 else { return }
            switch name {
            case "table:table-row":
                row += 1
                column = 0
                rowRepeat = max(1, attributes["table:number-rows-repeated"].flatMap(Int.init) ?? 1)
                pending = []
            case "table:table-cell", "table:covered-table-cell":
                column += 1
                let repeats = max(1, min(attributes["table:number-columns-repeated"].flatMap(Int.init) ?? 1, 16_384))
                let spannedColumns = attributes["table:number-columns-spanned"].flatMap(Int.init) ?? 1
                let spannedRows = attributes["table:number-rows-spanned"].flatMap(Int.init) ?? 1
                if name == "table:table-cell", spannedColumns > 1 || spannedRows > 1 {
                    grid?.merges.append((row, column, row + max(1, spannedRows) - 1, column + max(1, spannedColumns) - 1))
                }
                cell = (repeats, Self.typed(attributes), attributes["calcext:value-type"] == "error")
                text = ""; paragraphs = 0
            case "text:p", "text:h":
                guard cell != nil, inNote == 0 else { return }
                if paragraphs > 0 { text += "\n" }
                paragraphs += 1
            case "text:s":
                if cell != nil, inNote == 0 { text += String(repeating: " ", count: max(1, min(attributes["text:c"].flatMap(Int.init) ?? 1, 1000))) }
            case "text:tab":
                if cell != nil, inNote == 0 { text += "\t" }
            case "text:line-break":
                if cell != nil, inNote == 0 { text += "\n" }
            case "office:annotation":
                inNote += 1
            default: break
            }
        }

        private mutating func end(_ name: String) {
            if name == "table:table" {
                if nested > 0 { nested -= 1; return }
                if inside { inside = false; done = true }
                return
            }
            guard inside, nested == 0 else { return }
            switch name {
            case "office:annotation":
                inNote -= 1
            case "table:table-cell", "table:covered-table-cell":
                guard let current = cell else { return }
                cell = nil
                var typed = current.typed
                if current.isError { typed = .error(text) }
                if !text.isEmpty || typed != nil { pending.append((column, current.repeats, text, typed)) }
                column += current.repeats - 1
            case "table:table-row":
                // Rows repeated with nothing in them (LibreOffice writes a million of them after the last
                // row used) only move the count on.
                if !pending.isEmpty {
                    // A million copies of a row with content would pass the cell limit only to make a
                    // million records: no sheet kept by hand repeats one that often.
                    guard rowRepeat <= SheetGrid.rowRepeatLimit else {
                        problem = .repeatedRow(file, sheet: grid?.sheet, row: row, times: rowRepeat)
                        return
                    }
                    for copy in 0..<rowRepeat {
                        for item in pending {
                            for offset in 0..<item.repeats {
                                do {
                                    try grid?.add(row: row + copy, column: item.column + offset, text: item.text, typed: item.typed)
                                } catch {
                                    problem = .tooManyCells(file, sheet: grid?.sheet)
                                    return
                                }
                            }
                        }
                    }
                }
                row += rowRepeat - 1
            default: break
            }
        }

        /// What a cell's attributes say it holds besides text.
        static func typed(_ attributes: [String: String]) -> CSVTable.Typed? {
            switch attributes["office:value-type"] {
            case "float", "percentage", "currency":
                return attributes["office:value"].flatMap(Double.init).map { .number($0, isDate: false) }
            case "date":
                return attributes["office:date-value"].flatMap { Day(iso: String($0.prefix(10))) }.map { .date($0) }
            case "time":
                return attributes["office:time-value"].flatMap(dayFraction).map { .number($0, isDate: true) }
            case "boolean":
                return attributes["office:boolean-value"].map { .boolean($0 == "true") }
            case nil:
                return attributes["table:formula"].map { .formulaWithoutValue($0) }
            default:
                return nil
            }
        }

        /// "PT06H30M00S" as a fraction of a day.
        static func dayFraction(_ duration: String) -> Double? {
            guard duration.hasPrefix("PT") else { return nil }
            var total = 0.0, number = ""
            for character in duration.dropFirst(2) {
                if character.isNumber || character == "." { number.append(character); continue }
                guard let value = Double(number) else { return nil }
                switch character {
                case "H": total += value * 3600
                case "M": total += value * 60
                case "S": total += value
                default: return nil
                }
                number = ""
            }
            return total / 86_400
        }
    }
}
