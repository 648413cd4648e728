// CSVRecords: a CSV table as the located value tree: one record per row, dotted column names
// (casualties.killed.best, location.name, perpetrators.0.name) as nested fields, "a; b" for lists.

/// Turns a CSV table into records for the decoder, so CSV is checked by the same rules as YAML.
enum CSVRecords {
    /// What reading a table gives.
    struct Outcome: Sendable {
        /// `{kind: [records…]}`, or `nil` when no row could be read.
        var root: RecordValue?
        /// Problems with the table itself: unknown or repeated columns, rows of the wrong length.
        var diagnostics: [Diagnostic] = []
        /// For each cell, the fields made from it and the column each came from, where the two are named
        /// differently (a UCDP column such as `where_description` read into `location.name`).
        var columns: [SourceLocation: [String: String]] = [:]
    }

    /// A column the records are read from.
    private struct Column {
        var index: Int
        var name: String
        var path: [String]
        /// Whether a cell holds a list written "a; b".
        var isList: Bool
        /// Whether the field is required where it is, so an empty cell is reported there rather than left out.
        var isRequired: Bool
        /// Whether every mapping on the way is required too, so an empty cell makes them (location.name).
        var isRequiredAllTheWay: Bool
    }

    /// Reads every row of `table` as a record of `kind`.
    static func read(_ table: CSVTable, kind: RecordKind) -> Outcome {
        var outcome = Outcome()
        let object = RecordSchema.object(for: kind)
        let columns = Self.columns(of: table, object: object, kind: kind, diagnostics: &outcome.diagnostics)
        var records: [RecordValue] = []
        for var row in table.rows where !row.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            for index in row.indices {
                guard let control = row[index].control else { continue }
                row[index] = reported(control, in: row[index], column: index, of: table, into: &outcome.diagnostics)
            }
            if row.count != table.header.count {
                let at = row.count > table.header.count ? row[table.header.count].location : row[row.count - 1].location
                outcome.diagnostics.append(Diagnostic(
                    severity: .error, location: at, field: nil,
                    message: "the row has \(row.count) cells, but the header names \(table.header.count) columns",
                    expected: "one cell per column; an empty cell still needs its comma"))
            }
            var entries: [RecordValue.Entry] = []
            // Filled cells first. An empty cell is left out unless its field is required and its mapping exists
            // (a location whose other cells are filled) or is required all the way up (the record, location.name):
            // then the decoder reports the empty required field at the cell.
            for pass in [false, true] {
                for column in columns where column.index < row.count {
                    let cell = row[column.index]
                    let blank = cell.text.allSatisfy(\.isWhitespace)
                    guard blank == pass, !blank || column.isRequired else { continue }
                    let value = blank ? RecordValue(content: .null, location: cell.location) : Self.value(of: cell, isList: column.isList)
                    _ = insert(column.path[...], value: value, at: cell.location, into: &entries,
                               createsMappings: !blank || column.isRequiredAllTheWay)
                }
            }
            let start = row.first?.location
            records.append(listified(RecordValue(content: .mapping(entries), location: start)))
        }
        let list = RecordValue(content: .list(records), location: table.header.first?.location)
        outcome.root = RecordValue(content: .mapping([RecordValue.Entry(key: kind.rawValue, keyLocation: list.location, value: list)]),
                                   location: list.location)
        return outcome
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
        clean.text.unicodeScalars.removeAll { $0.properties.generalCategory == .control && !" \t\n\r".unicodeScalars.contains($0) }
        clean.control = nil
        return clean
    }

    /// The usable columns of the header; unknown, nameless and repeated ones are reported once here.
    private static func columns(of table: CSVTable, object: RecordSchema.Object, kind: RecordKind,
                                diagnostics: inout [Diagnostic]) -> [Column] {
        var columns: [Column] = []
        var seen: [String: SourceLocation] = [:]
        for (index, cell) in table.header.enumerated() {
            let name = cell.text.trimmingWhitespace
            if name.isEmpty {
                let used = table.rows.contains { index < $0.count && !$0[index].text.allSatisfy(\.isWhitespace) }
                if used {
                    diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: nil,
                                                  message: "column \(index + 1) has no name but holds values",
                                                  expected: "a field name in the header, e.g. title or casualties.killed.best"))
                }
                continue
            }
            if let earlier = seen[name] {
                diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: name,
                                              message: "column \"\(name)\" appears twice, first at \(earlier)",
                                              expected: "each column once"))
                continue
            }
            seen[name] = cell.location
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch RecordSchema.lookup(path, in: object) {
            case .found(let shape, let required, let requiredAllTheWay):
                columns.append(Column(index: index, name: name, path: path, isList: RecordSchema.isListOfScalars(shape),
                                      isRequired: required, isRequiredAllTheWay: requiredAllTheWay))
            case .unknown(let at, let candidates):
                let prefix = path[..<at].joined(separator: ".")
                var message = "unknown column \"\(name)\""
                if let guess = Suggestion.closest(to: path[at], among: candidates) {
                    message += " (did you mean \"\(prefix.isEmpty ? guess : prefix + "." + guess)\"?)"
                    diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: name, message: message))
                } else {
                    let expected = candidates.isEmpty
                        ? "a column named like the \(kind.singular) fields of the YAML, with dots: location.name, casualties.killed.best"
                        : "one of \(candidates.map { prefix.isEmpty ? $0 : prefix + "." + $0 }.joined(separator: ", "))"
                    diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: name, message: message,
                                                  expected: expected))
                }
            }
        }
        return columns
    }

    /// A cell's value: its text, or for a list column the pieces between semicolons.
    private static func value(of cell: CSVTable.Cell, isList: Bool) -> RecordValue {
        guard isList else {
            // A cell keeps its line breaks as written; inside quotes its text starts after the quote.
            var start = cell.location
            if cell.isQuoted { start.column += 1 }
            return RecordValue(content: .scalar(cell.text), location: cell.location,
                               origin: TextOrigin(start: start, keepsLines: true))
        }
        let items = cell.text.split(separator: ";").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        return RecordValue(content: .list(items.map { RecordValue(content: .scalar($0), location: cell.location) }),
                           location: cell.location)
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
