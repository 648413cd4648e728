// SheetMapping: a file of records kept in a spreadsheet's own layout, and how dossier.yaml says to read
// it: which sheet, which row holds the headers, which column fills which field, how dates and numbers
// are written.

/// How to read one spreadsheet (CSV, TSV, XLSX or ODS) into records: an entry of `records:` written
/// as a mapping, or a plain entry naming such a file, read with the defaults.
struct SheetMapping: Sendable {
    /// A column of the sheet mapped onto a field.
    struct Column: Sendable {
        /// The header as written in dossier.yaml.
        var header: String
        /// The field's dotted path, split: `["casualties", "killed"]`.
        var path: [String]
        /// Where the header is written in dossier.yaml.
        var location: SourceLocation?
        /// Where the field's path is written.
        var pathLocation: SourceLocation?
    }

    /// A value given to every row that leaves its field empty.
    struct Default: Sendable {
        var path: [String]
        var value: RecordValue
        var location: SourceLocation?
    }

    /// The file, project-relative.
    var file: String
    /// Whether the entry is a mapping (columns may then be mapped and unmapped ones are warned about);
    /// a plain path is read with the record schema's column names.
    var isMapped = false
    /// The sheet of a workbook; the first when `nil`.
    var sheet: String?
    /// What the rows are; guessed from the columns when `nil`.
    var kind: RecordKind?
    /// The 1-based row holding the headers.
    var headerRow = 1
    /// The columns mapped onto fields, in the order written.
    var columns: [Column] = []
    /// Columns left out on purpose, with where each is named.
    var ignore: [(name: String, location: SourceLocation?)] = []
    /// How text cells write dates; ISO and month names when empty.
    var dateFormats: [DateFormat] = []
    /// Values for fields a row leaves empty.
    var defaults: [Default] = []
    /// The CSV delimiter; detected when `nil`.
    var delimiter: Character?
    /// How text cells write numbers; the project language's way when `nil`.
    var numbers: NumberStyle?
    /// The dataset version of a UCDP GED extract ("24.1"); read from the file's name when `nil`.
    var version: String?
    /// How diagnostics name the entry: "records[1]".
    var field: String
    /// Where the entry is written in dossier.yaml.
    var location: SourceLocation?
    /// Where `sheet:` is written.
    var sheetLocation: SourceLocation?
    /// Where `header_row:` is written.
    var headerRowLocation: SourceLocation?

    /// The extensions of files read as spreadsheets.
    static let extensions = Set<String>(["csv", "tsv", "tab", "txt"]).union(WorkbookReader.extensions).union(WorkbookReader.refused.keys)

    /// The normal form of a header for matching: trimmed, inner runs of spaces made one, case folded.
    static func normalised(_ header: String) -> String {
        header.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The column mapped from a header, if any.
    func column(forHeader header: String) -> Column? {
        let key = Self.normalised(header)
        return columns.first { Self.normalised($0.header) == key }
    }

    /// Whether a header is among those left out on purpose.
    func ignores(_ header: String) -> Bool {
        let key = Self.normalised(header)
        return ignore.contains { Self.normalised($0.name) == key }
    }
}
