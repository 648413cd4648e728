// CSVRecords: a table (a CSV file or a workbook's sheet) as the located value tree: one record per row,
// dotted column names (casualties.killed.best, location.name, perpetrators.0.name) or the columns a
// sheet's entry in dossier.yaml maps as nested fields, "a; b" for lists.

/// Turns a table into records for the decoder, so a sheet is checked by the same rules as YAML.
enum CSVRecords {
    /// What reading a table gives.
    struct Outcome: Sendable {
        /// `{kind: [records…]}`, or `nil` when no row could be read.
        var root: RecordValue?
        /// Problems with the table itself: unknown or repeated columns, rows of the wrong length, cells
        /// that are not what their field expects.
        var diagnostics: [Diagnostic] = []
        /// For each cell, the fields made from it and the column each came from, where the two are named
        /// differently (a UCDP column such as `where_description` read into `location.name`).
        var columns: [SourceLocation: [String: String]] = [:]
        /// Cells already reported here, whose fields the decoder would only report again.
        var reported: Set<SourceLocation> = []
    }

    /// How to read a table: what its rows are, how its columns map onto fields, how its cells write
    /// dates and numbers.
    struct Settings: Sendable {
        /// What the rows are.
        var kind: RecordKind
        /// The entry of dossier.yaml mapping the sheet; `nil` for a CSV file in the record schema.
        var mapping: SheetMapping?
        /// How cells are read.
        var cells: SheetCellReader
        /// The file's name without folder and extension, for ids made up for rows that have none.
        var fileStem: String

        /// Settings for a CSV file in the record schema.
        static func plain(kind: RecordKind, language: String = "en") -> Settings {
            Settings(kind: kind, mapping: nil,
                     cells: SheetCellReader(dateFormats: [], numbers: NumberStyle.forLanguage(language), uses1904Dates: false,
                                            isMapped: false, numbersGiven: false),
                     fileStem: "row")
        }
    }

    /// A column the records are read from.
    private struct Column {
        var index: Int
        var name: String
        var path: [String]
        /// Whether a cell holds a list written "a; b".
        var isList: Bool
        /// Whether the list is of ids, which may also be separated by commas.
        var isReferenceList: Bool
        /// Whether the field is required where it is, so an empty cell is reported there rather than left out.
        var isRequired: Bool
        /// Whether every mapping on the way is required too, so an empty cell makes them (location.name).
        var isRequiredAllTheWay: Bool
        /// What the field expects of a cell.
        var target: SheetCellReader.Target
    }

    /// Reads every row of `table` as a record of `kind`, with the record schema's column names.
    static func read(_ table: CSVTable, kind: RecordKind) -> Outcome {
        read(table, settings: .plain(kind: kind))
    }

    /// Reads every row of `table` as `settings` say.
    static func read(_ table: CSVTable, settings: Settings) -> Outcome {
        var outcome = Outcome()
        let kind = settings.kind
        let object = RecordSchema.object(for: kind)
        let columns = Self.columns(of: table, object: object, settings: settings, diagnostics: &outcome.diagnostics)
        let defaults = settings.mapping.map { Self.defaults(of: $0, object: object, diagnostics: &outcome.diagnostics) } ?? []
        let makesIDs = settings.mapping != nil && !columns.contains { $0.path == ["id"] } && !defaults.contains { $0.path == ["id"] }
        let makesTitles = makesIDs && kind == .incidents && !columns.contains { $0.path == ["title"] }
        var records: [RecordValue] = []
        var madeIDs: [String: Int] = [:]
        for var row in table.rows where !row.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) && $0.typed == nil }) {
            for index in row.indices {
                guard let control = row[index].control else { continue }
                row[index] = reported(control, in: row[index], column: index, of: table, into: &outcome.diagnostics)
            }
            if let delimiter = table.delimiter, row.count != table.header.count {
                let at = row.count > table.header.count ? row[table.header.count].location : row[row.count - 1].location
                outcome.diagnostics.append(Diagnostic(
                    severity: .error, location: at, field: nil,
                    message: "the row has \(row.count) cells, but the header names \(table.header.count) columns",
                    expected: "one cell per column; an empty cell still needs its \(CSVTable.name(of: delimiter))"))
            }
            var entries: [RecordValue.Entry] = []
            // Filled cells first. An empty cell is left out unless its field is required and its mapping exists
            // (a location whose other cells are filled) or is required all the way up (the record, location.name):
            // then the decoder reports the empty required field at the cell.
            for pass in [false, true] {
                for column in columns where column.index < row.count {
                    let cell = row[column.index]
                    let blank = cell.text.allSatisfy(\.isWhitespace) && cell.typed == nil
                    guard blank == pass, !blank || column.isRequired else { continue }
                    // A default fills an empty cell instead of the decoder's complaint.
                    if blank, defaults.contains(where: { $0.path == column.path }) { continue }
                    let value: RecordValue
                    if blank {
                        value = RecordValue(content: .null, location: cell.location)
                    } else {
                        value = self.value(of: cell, column: column, settings: settings, outcome: &outcome)
                    }
                    _ = insert(column.path[...], value: value, at: cell.location, into: &entries,
                               createsMappings: !blank || column.isRequiredAllTheWay)
                    if let key = column.path.last, column.name != column.path.joined(separator: ".") {
                        outcome.columns[cell.location, default: [:]][key] = column.name
                    }
                }
            }
            let start = row.first?.location
            for fallback in defaults where !contains(fallback.path[...], in: entries) {
                _ = insert(fallback.path[...], value: fallback.value, at: fallback.location ?? start!, into: &entries, createsMappings: true)
            }
            if let start, makesIDs {
                let id = madeID(for: entries, kind: kind, row: start, stem: settings.fileStem, taken: &madeIDs)
                entries.insert(RecordValue.Entry(key: "id", keyLocation: start, value: RecordValue(content: .scalar(id), location: start)), at: 0)
                if makesTitles {
                    let title = madeTitle(for: entries, row: start)
                    entries.insert(RecordValue.Entry(key: "title", keyLocation: start,
                                                     value: RecordValue(content: .scalar(title), location: start)), at: 1)
                }
            }
            records.append(listified(RecordValue(content: .mapping(entries), location: start)))
        }
        let list = RecordValue(content: .list(records), location: table.header.first?.location)
        outcome.root = RecordValue(content: .mapping([RecordValue.Entry(key: kind.rawValue, keyLocation: list.location, value: list)]),
                                   location: list.location)
        return outcome
    }

    /// What the rows of a sheet are, guessed from the fields its columns fill: the kind whose records
    /// have the most of them, incidents on a tie; `nil` when no column fills a field of any kind.
    static func guessKind(of table: CSVTable, mapping: SheetMapping) -> RecordKind? {
        var paths: [[String]] = []
        for cell in table.header {
            let name = cell.text.trimmingWhitespace
            guard !name.isEmpty, !mapping.ignores(name) else { continue }
            paths.append(mapping.column(forHeader: name)?.path ?? name.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
        }
        paths += mapping.defaults.map(\.path)
        var best: (kind: RecordKind, score: Int)?
        for kind in RecordKind.allCases {
            let object = RecordSchema.object(for: kind)
            let score = paths.filter { if case .found = RecordSchema.lookup($0, in: object) { true } else { false } }.count
            if score > (best?.score ?? 0) { best = (kind, score) }
        }
        return best?.kind
    }

    /// Reports a control character in a cell by its column, and returns the cell without control
    /// characters so that the field it fills is not reported again.
    private static func reported(_ control: CSVTable.Control, in cell: CSVTable.Cell, column: Int, of table: CSVTable,
                                 into diagnostics: inout [Diagnostic]) -> CSVTable.Cell {
        let name = column < table.header.count ? table.header[column].text.trimmingWhitespace : ""
        let allowed = cell.isQuoted ? "tabs and line breaks are allowed" : "tabs are allowed, and line breaks inside a quoted cell"
        diagnostics.append(Diagnostic(severity: .error, location: control.location,
                                      field: name.isEmpty ? "column \(column + 1)" : "column \"\(name)\"",
                                      message: "control character \(RecordDecoder.named(control.scalar)) in the cell",
                                      expected: "text without control characters (\(allowed))"))
        var clean = cell
        clean.text.unicodeScalars.removeAll { $0.isControl && !" \t\n\r".unicodeScalars.contains($0) }
        clean.control = nil
        return clean
    }

    /// The usable columns of the header. Unknown, nameless and repeated ones are reported once here; in a
    /// mapped sheet, a column neither mapped, named like a field nor ignored is a warning, and a mapping
    /// naming a column the sheet does not have an error.
    private static func columns(of table: CSVTable, object: RecordSchema.Object, settings: Settings,
                                diagnostics: inout [Diagnostic]) -> [Column] {
        let kind = settings.kind
        let mapping = settings.mapping
        var columns: [Column] = []
        var seen: [String: SourceLocation] = [:]
        var filled: [String: String] = [:]
        for (index, cell) in table.header.enumerated() {
            let name = cell.text.trimmingWhitespace
            if name.isEmpty {
                let used = table.rows.contains { index < $0.count && (!$0[index].text.allSatisfy(\.isWhitespace) || $0[index].typed != nil) }
                if used {
                    diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: nil,
                                                  message: "column \(index + 1) has no name but holds values",
                                                  expected: mapping == nil ? "a field name in the header, e.g. title or casualties.killed.best"
                                                                           : "a name in the header row, or header_row: set to the row that names the columns"))
                }
                continue
            }
            let key = mapping == nil ? name : SheetMapping.normalised(name)
            if let earlier = seen[key] {
                diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: name,
                                              message: "column \"\(name)\" appears twice, first at \(earlier)",
                                              expected: "each column once"))
                continue
            }
            seen[key] = cell.location
            let mapped = mapping?.column(forHeader: name)
            if mapped == nil, mapping?.ignores(name) == true { continue }
            var path = mapped?.path ?? name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            // A mapped sheet's header named like a field in other case ("Summary", "Date precision") needs no mapping.
            if mapped == nil, mapping != nil, case .unknown = RecordSchema.lookup(path, in: object) {
                let fieldLike = SheetMapping.normalised(name).replacingOccurrences(of: " ", with: "_")
                    .split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if case .found = RecordSchema.lookup(fieldLike, in: object) { path = fieldLike }
            }
            switch RecordSchema.lookup(path, in: object) {
            case .found(let shape, let required, let requiredAllTheWay):
                let dotted = path.joined(separator: ".")
                if let other = filled[dotted] {
                    diagnostics.append(Diagnostic(severity: .error, location: mapped?.pathLocation ?? cell.location, field: name,
                                                  message: "columns \"\(other)\" and \"\(name)\" both fill \(dotted)",
                                                  expected: "one column for each field; leave the other out with ignore:"))
                    continue
                }
                filled[dotted] = name
                var itemIsReference = false
                if case .oneOrMore(.reference) = shape { itemIsReference = true }
                if case .list(.reference) = shape { itemIsReference = true }
                columns.append(Column(index: index, name: name, path: path, isList: RecordSchema.isListOfScalars(shape),
                                      isReferenceList: itemIsReference, isRequired: required, isRequiredAllTheWay: requiredAllTheWay,
                                      target: SheetCellReader.target(of: shape)))
            case .unknown(let at, let candidates):
                if let mapped {
                    reportUnknownTarget(mapped, at: at, candidates: candidates, kind: kind, mapping: mapping!, diagnostics: &diagnostics)
                } else if let mapping {
                    diagnostics.append(unmapped(name, at: cell.location, kind: kind, mapping: mapping))
                } else {
                    reportUnknownColumn(name, path: path, at: at, candidates: candidates, location: cell.location, kind: kind,
                                        diagnostics: &diagnostics)
                }
            }
        }
        if let mapping {
            let headers = table.header.map { $0.text.trimmingWhitespace }.filter { !$0.isEmpty }
            for column in mapping.columns where !headers.contains(where: { SheetMapping.normalised($0) == SheetMapping.normalised(column.header) }) {
                var message = "no column \"\(RecordDecoder.shortened(column.header))\" in \(mapping.file)"
                if let guess = Suggestion.closest(to: column.header, among: headers) { message += " (did you mean \"\(guess)\"?)" }
                diagnostics.append(Diagnostic(severity: .error, location: column.location, field: "\(mapping.field).columns",
                                              message: message,
                                              expected: "a name from the header row (row \(mapping.headerRow)): "
                                                  + headers.prefix(12).map { "\"\(RecordDecoder.shortened($0))\"" }.joined(separator: ", ")
                                                  + (headers.count > 12 ? ", …" : "")))
            }
            for ignored in mapping.ignore where !headers.contains(where: { SheetMapping.normalised($0) == SheetMapping.normalised(ignored.name) }) {
                diagnostics.append(Diagnostic(severity: .warning, location: ignored.location, field: "\(mapping.field).ignore",
                                              message: "no column \"\(RecordDecoder.shortened(ignored.name))\" in \(mapping.file) to leave out",
                                              expected: "a name from the header row (row \(mapping.headerRow))"))
            }
        }
        return columns
    }

    /// The defaults of a mapping whose fields exist for `kind`; the others are reported.
    private static func defaults(of mapping: SheetMapping, object: RecordSchema.Object,
                                 diagnostics: inout [Diagnostic]) -> [SheetMapping.Default] {
        mapping.defaults.filter { fallback in
            if case .found = RecordSchema.lookup(fallback.path, in: object) { return true }
            let dotted = fallback.path.joined(separator: ".")
            var message = "\"\(RecordDecoder.shortened(dotted))\" is not a field of \(RecordKind.allCases.first { RecordSchema.object(for: $0).name == object.name }?.withArticle ?? "a record")"
            if case .unknown(let at, let candidates) = RecordSchema.lookup(fallback.path, in: object),
               let guess = Suggestion.closest(to: fallback.path[at], among: candidates) {
                let prefix = fallback.path[..<at].joined(separator: ".")
                message += " (did you mean \"\(prefix.isEmpty ? guess : prefix + "." + guess)\"?)"
            }
            diagnostics.append(Diagnostic(severity: .error, location: fallback.location, field: "\(mapping.field).defaults",
                                          message: message, expected: "a dotted field path such as location.country or sources"))
            return false
        }
    }

    /// A cell's value for its column: its text as the field expects it, or for a list column the pieces
    /// between semicolons (and commas, for ids).
    private static func value(of cell: CSVTable.Cell, column: Column, settings: Settings, outcome: inout Outcome) -> RecordValue {
        guard column.isList else {
            var text = cell.text
            switch settings.cells.read(cell, as: column.target) {
            case .text(let read):
                text = read
            case .problem(let message, let expected):
                let record = column.path.joined(separator: ".")
                outcome.diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: "column \"\(column.name)\" (\(record))",
                                                      message: message, expected: expected))
                outcome.reported.insert(cell.location)
            }
            // A cell keeps its line breaks as written; inside quotes its text starts after the quote. A
            // workbook's cell has no lines of the file to point to.
            var start = cell.location
            if cell.isQuoted { start.column += 1 }
            return RecordValue(content: .scalar(text), location: cell.location,
                               origin: TextOrigin(start: start, keepsLines: cell.location.sheet == nil))
        }
        let separators: Set<Character> = column.isReferenceList ? [";", ","] : [";"]
        let items = cell.text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        return RecordValue(content: .list(items.map { RecordValue(content: .scalar($0), location: cell.location) }),
                           location: cell.location)
    }

    /// An id for a row of a sheet that has none: its date and place ("2011-04-08-camp-ashraf") when it
    /// has them, so that the id stays when rows are sorted or added, else the file and row ("casualties-7").
    private static func madeID(for entries: [RecordValue.Entry], kind: RecordKind, row: SourceLocation, stem: String,
                               taken: inout [String: Int]) -> String {
        var base = "\(slug(stem, limit: 60) ?? "row")-\(row.line)"
        if kind == .incidents, let date = scalar(at: ["date"], in: entries) ?? scalar(at: ["date", "start"], in: entries),
           Day.parseSpan(date.trimmingWhitespace).isSuccess,
           let place = scalar(at: ["location", "name"], in: entries) ?? scalar(at: ["location"], in: entries),
           let placeSlug = slug(place, limit: 60) {
            base = "\(date.trimmingWhitespace)-\(placeSlug)"
        }
        let count = taken[base, default: 0] + 1
        taken[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }

    /// A title for an incident row of a sheet without titles: "Incident in Camp Ashraf, Diyala".
    private static func madeTitle(for entries: [RecordValue.Entry], row: SourceLocation) -> String {
        let place = scalar(at: ["location", "name"], in: entries) ?? scalar(at: ["location"], in: entries)
        let region = scalar(at: ["location", "admin1"], in: entries)
        guard let place = place?.trimmingWhitespace, !place.isEmpty else { return "Incident on row \(row.line)" }
        let title = "Incident in \(place)" + (region.map { $0.trimmingWhitespace }.flatMap { $0.isEmpty || $0 == place ? nil : ", \($0)" } ?? "")
        return title.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Lower-case letters and digits joined by "-", at most `limit` characters; `nil` when nothing is left.
    static func slug(_ text: String, limit: Int) -> String? {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
                if out.count >= limit { break }
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? nil : out
    }

    /// The text at a dotted path of the entries, if one is there.
    private static func scalar(at path: [String], in entries: [RecordValue.Entry]) -> String? {
        guard let key = path.first, let entry = entries.first(where: { $0.key == key }) else { return nil }
        if path.count == 1 { if case .scalar(let text) = entry.value.content { return text } else { return nil } }
        guard case .mapping(let inner) = entry.value.content else { return nil }
        return scalar(at: Array(path.dropFirst()), in: inner)
    }

    /// Whether a value is at a dotted path.
    private static func contains(_ path: ArraySlice<String>, in entries: [RecordValue.Entry]) -> Bool {
        guard let key = path.first, let entry = entries.first(where: { $0.key == key }) else { return false }
        if path.count == 1 { return !entry.value.isNull }
        guard case .mapping(let inner) = entry.value.content else { return true }
        return contains(path.dropFirst(), in: inner)
    }

    /// Puts a value at a dotted path, making the mappings on the way when allowed; returns whether it was put.
    private static func insert(_ path: ArraySlice<String>, value: RecordValue, at location: SourceLocation,
                               into entries: inout [RecordValue.Entry], createsMappings: Bool) -> Bool {
        guard let key = path.first else { return false }
        if path.count == 1 {
            entries.append(RecordValue.Entry(key: key, keyLocation: location, value: value))
            return true
        }
        var index = entries.firstIndex { $0.key == key }
        if index == nil {
            guard createsMappings else { return false }
            entries.append(RecordValue.Entry(key: key, keyLocation: location, value: RecordValue(content: .mapping([]), location: location)))
            index = entries.count - 1
        }
        guard let index, case .mapping(var inner) = entries[index].value.content else { return false }
        let done = insert(path.dropFirst(), value: value, at: location, into: &inner, createsMappings: createsMappings)
        entries[index].value.content = .mapping(inner)
        return done
    }

    /// Turns mappings whose keys are all list positions ("0", "1", …) into lists, in position order.
    private static func listified(_ value: RecordValue) -> RecordValue {
        guard case .mapping(let entries) = value.content else { return value }
        let children = entries.map { RecordValue.Entry(key: $0.key, keyLocation: $0.keyLocation, value: listified($0.value)) }
        let positions = children.compactMap { Int($0.key) }
        guard !children.isEmpty, positions.count == children.count else {
            return RecordValue(content: .mapping(children), location: value.location)
        }
        let ordered = zip(positions, children).sorted { $0.0 < $1.0 }.map(\.1.value)
        return RecordValue(content: .list(ordered), location: value.location)
    }
}

extension Result {
    /// Whether the result is a success.
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
