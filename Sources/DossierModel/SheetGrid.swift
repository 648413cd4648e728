// SheetGrid: the cells of one workbook sheet as they are read, by row and column, with its merged
// ranges; turned into a table whose header is the sheet's header row.

/// The filled cells of a sheet, gathered in reading order, within the cell limit.
struct SheetGrid {
    /// The most cells one sheet may give, counted as rows times columns once the header row is known.
    static let cellLimit = 5_000_000
    /// The most times a row with content may be repeated (ODS's `table:number-rows-repeated`).
    static let rowRepeatLimit = 1_000

    /// More cells than the limit.
    struct TooLarge: Error {}

    /// The file, project-relative, and the sheet's name, for the cells' locations.
    let file: String
    let sheet: String
    /// Rows in reading order, each with its filled cells by column.
    private(set) var rows: [(index: Int, cells: [(column: Int, cell: CSVTable.Cell)])] = []
    /// Merged ranges: first and last row and column, 1-based.
    var merges: [(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)] = []
    /// Whether the workbook counts days from 1904.
    var uses1904Dates = false
    private var count = 0

    init(file: String, sheet: String) { self.file = file; self.sheet = sheet }

    /// Where a cell is.
    func location(row: Int, column: Int) -> SourceLocation { SourceLocation(file: file, sheet: sheet, row: row, column: column) }

    /// Adds a filled cell.
    mutating func add(row: Int, column: Int, text: String, typed: CSVTable.Typed?) throws(TooLarge) {
        count += 1
        guard count <= Self.cellLimit else { throw TooLarge() }
        var cell = CSVTable.Cell(text: text, location: location(row: row, column: column), typed: typed)
        if let scalar = text.unicodeScalars.first(where: { $0.isControl && !"\t\n\r".unicodeScalars.contains($0) }) {
            cell.control = CSVTable.Control(scalar: scalar, location: cell.location)
        }
        if let last = rows.indices.last, rows[last].index == row {
            rows[last].cells.append((column, cell))
        } else {
            rows.append((row, [(column, cell)]))
        }
    }

    /// The table with row `headerRow` as its header: every row as wide as the widest, empty cells filled
    /// in. A header cell left empty under a range merged down from a row above takes that range's name.
    func table(headerRow: Int) throws(TooLarge) -> CSVTable {
        var sorted = rows
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.index < $1.index }) {
            sorted.sort { $0.index < $1.index }
        }
        let used = sorted.filter { $0.index >= headerRow }
        let width = used.map { $0.cells.map(\.column).max() ?? 0 }.max() ?? 0
        let dataRows = used.filter { $0.index > headerRow }
        guard dataRows.count.multipliedReportingOverflow(by: max(width, 1)).partialValue <= Self.cellLimit else { throw TooLarge() }
        func padded(_ index: Int, _ cells: [(column: Int, cell: CSVTable.Cell)]) -> [CSVTable.Cell] {
            var row = (1...max(width, 1)).map { CSVTable.Cell(text: "", location: location(row: index, column: $0)) }
            for (column, cell) in cells where column <= row.count { row[column - 1] = cell }
            return row
        }
        var header = padded(headerRow, used.first { $0.index == headerRow }?.cells ?? [])
        for (column, cell) in header.enumerated() where cell.text.allSatisfy(\.isWhitespace) {
            guard let merge = merges.first(where: { $0.firstRow < headerRow && headerRow <= $0.lastRow
                                                    && $0.firstColumn == column + 1 && $0.lastColumn == column + 1 }),
                  let top = sorted.first(where: { $0.index == merge.firstRow })?.cells.first(where: { $0.column == merge.firstColumn })
            else { continue }
            header[column].text = top.cell.text
        }
        var table = CSVTable(header: header, rows: dataRows.map { padded($0.index, $0.cells) }, delimiter: nil)
        table.uses1904Dates = uses1904Dates
        return table
    }
}
