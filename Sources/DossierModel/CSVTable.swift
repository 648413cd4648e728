// CSVTable: a table of located cells: an RFC 4180 CSV parser (quoted cells with delimiters, line breaks and
// doubled quotes; CRLF or LF; a leading byte-order mark; comma, semicolon or tab between cells) that keeps
// the line and column where every cell starts. A workbook's sheet is read into the same table, its cells
// named by sheet, row and column and keeping what they hold (a number, a date, a yes or no).

/// A CSV file (or a workbook's sheet) read into a header and rows of located cells.
struct CSVTable: Sendable {
    /// One cell: its text, unquoted, and where it starts.
    struct Cell: Sendable {
        /// The text, with the surrounding quotes removed and doubled quotes undone.
        var text: String
        /// Where the cell starts (its opening quote, when quoted).
        var location: SourceLocation
        /// Whether the cell is in double quotes.
        var isQuoted = false
        /// The first control character in the cell, other than a tab or a line break inside quotes.
        var control: Control?
        /// What a workbook's cell holds when it is not text; `nil` for text and for every CSV cell.
        var typed: Typed? = nil
    }

    /// What a workbook's cell holds besides text.
    enum Typed: Sendable, Equatable {
        /// A number; `isDate` when the cell is formatted as a date (a serial number of days).
        case number(Double, isDate: Bool)
        /// A date written as a date (OpenDocument's `date-value`, or XLSX's `t="d"`).
        case date(Day)
        /// A yes or no.
        case boolean(Bool)
        /// A formula's error, as the cell shows it: "#DIV/0!".
        case error(String)
        /// A formula saved without its result (a file written by a script rather than a spreadsheet program).
        case formulaWithoutValue(String)
    }

    /// A control character in a cell, and where it is.
    struct Control: Sendable {
        var scalar: Unicode.Scalar
        var location: SourceLocation
    }

    /// A file that is not well-formed CSV, with the diagnostic saying where and why.
    struct Malformed: Error, Sendable {
        /// Where the file stops being CSV, and why.
        var diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    }

    /// The first row: the column names.
    var header: [Cell]
    /// The other rows, blank lines left out.
    var rows: [[Cell]]
    /// Whether a workbook counts days from 1904 (older Mac workbooks) rather than 1900.
    var uses1904Dates = false
    /// The character between a CSV file's cells; `nil` for a workbook's sheet, whose rows need not name
    /// every cell.
    var delimiter: Character? = ","

    /// Parses `text`, written in `file`; stops at the first malformed cell with a diagnostic for it.
    /// Cells are separated by `delimiter`.
    static func parse(_ text: String, file: String, delimiter: Character = ",") -> Result<CSVTable, Malformed> {
        var parser = Parser(text: text, file: file, delimiter: delimiter)
        return parser.table()
    }

    /// The delimiter of a CSV text: whichever of comma, semicolon and tab its first line (outside quotes)
    /// holds most of; a comma when it holds none. Spreadsheets set to a language that writes decimals with
    /// a comma save CSV with semicolons.
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text.prefix(65_536) {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted, Parser.isLineBreak(character) { break }
            if !quoted, counts[character] != nil { counts[character]! += 1 }
        }
        let most = max(counts[";"]!, counts["\t"]!)
        guard most > counts[","]! else { return "," }
        return counts[";"]! >= counts["\t"]! ? ";" : "\t"
    }

    /// How messages name a delimiter: "comma".
    static func name(of delimiter: Character) -> String {
        switch delimiter {
        case ",": "comma"
        case ";": "semicolon"
        case "\t": "tab"
        default: "\"\(delimiter)\""
        }
    }

    /// The table with row `row` (1-based, as a spreadsheet counts) as its header and the rows after it as
    /// its rows; `nil` when no row starts there. A CSV row is counted by the line it starts on.
    func withHeader(atRow row: Int) -> CSVTable? {
        guard row != 1 else { return self }
        let all = [header] + rows
        guard let index = all.firstIndex(where: { $0.first?.location.line == row }) else { return nil }
        var table = self
        table.header = all[index]
        table.rows = Array(all[(index + 1)...])
        return table
    }

    /// The state of one parse: the characters and where the next one is.
    private struct Parser {
        let characters: [Character]
        let file: String
        let delimiter: Character
        var index = 0
        var line = 1
        var column = 1

        init(text: String, file: String, delimiter: Character) {
            var characters = Array(text)
            if characters.first == "\u{FEFF}" { characters.removeFirst() }
            self.characters = characters; self.file = file; self.delimiter = delimiter
        }

        var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

        /// Whether a character ends a line. Swift reads "\r\n" as one character.
        static func isLineBreak(_ character: Character) -> Bool { character == "\n" || character == "\r\n" || character == "\r" }

        /// The first control character of a character a cell may not hold: any but a tab, and a
        /// line break inside quotes.
        static func control(in character: Character, quoted: Bool) -> Unicode.Scalar? {
            if quoted && isLineBreak(character) { return nil }
            return character.unicodeScalars.first { $0.isControl && $0 != "\t" }
        }

        /// Moves past one character, counting lines and columns.
        mutating func advance() {
            if Self.isLineBreak(characters[index]) { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func table() -> Result<CSVTable, Malformed> {
            var rows: [[Cell]] = []
            while index < characters.count {
                // A line with nothing on it is not a row (a trailing line break, a gap between rows).
                if Self.isLineBreak(characters[index]) { advance(); continue }
                switch row() {
                case .success(let cells): rows.append(cells)
                case .failure(let malformed): return .failure(malformed)
                }
            }
            guard !rows.isEmpty else {
                return .failure(Malformed(Diagnostic(
                    severity: .error, location: SourceLocation(file: file, line: 1, column: 1), field: nil,
                    message: "the CSV file is empty", expected: "a header row naming the columns, then one row per record")))
            }
            return .success(CSVTable(header: rows[0], rows: Array(rows.dropFirst()), delimiter: delimiter))
        }

        /// Reads cells up to the end of the line (or file).
        mutating func row() -> Result<[Cell], Malformed> {
            var cells: [Cell] = []
            while true {
                switch cell() {
                case .failure(let malformed): return .failure(malformed)
                case .success(let cell): cells.append(cell)
                }
                guard index < characters.count else { return .success(cells) }
                if characters[index] == delimiter { advance(); continue }
                // The cell reader stops only at a delimiter, a line break or the end.
                advance()
                return .success(cells)
            }
        }

        /// Reads one cell, quoted or not, leaving `index` at the delimiter or line break after it.
        mutating func cell() -> Result<Cell, Malformed> {
            let start = location
            guard index < characters.count, characters[index] == "\"" else {
                var text = ""
                var control: Control?
                while index < characters.count, characters[index] != delimiter, !Self.isLineBreak(characters[index]) {
                    if characters[index] == "\"" {
                        return .failure(Malformed(Diagnostic(
                            severity: .error, location: location, field: nil,
                            message: "a double quote inside a cell that does not start with one",
                            expected: "the whole cell in double quotes, with each \" inside it written twice (\"\")")))
                    }
                    if control == nil, let scalar = Self.control(in: characters[index], quoted: false) {
                        control = Control(scalar: scalar, location: location)
                    }
                    text.append(characters[index])
                    advance()
                }
                return .success(Cell(text: text, location: start, control: control))
            }
            advance()
            var text = ""
            var control: Control?
            while true {
                guard index < characters.count else {
                    return .failure(Malformed(Diagnostic(
                        severity: .error, location: start, field: nil,
                        message: "the quoted cell starting here is never closed",
                        expected: "a closing double quote; a \" inside the cell is written twice (\"\")")))
                }
                let character = characters[index]
                if control == nil, let scalar = Self.control(in: character, quoted: true) {
                    control = Control(scalar: scalar, location: location)
                }
                advance()
                if character != "\"" { text.append(character); continue }
                if index < characters.count, characters[index] == "\"" { text.append("\""); advance(); continue }
                break
            }
            if index < characters.count, characters[index] != delimiter, !Self.isLineBreak(characters[index]) {
                return .failure(Malformed(Diagnostic(
                    severity: .error, location: location, field: nil,
                    message: "text after the closing double quote of a cell",
                    expected: "a \(CSVTable.name(of: delimiter)) or the end of the line after the closing quote; a \" inside the cell is written twice (\"\")")))
            }
            return .success(Cell(text: text, location: start, isQuoted: true, control: control))
        }
    }
}
