// CSVRecords+Diagnostics: what the sheet reader says about columns it cannot place: unknown names, unknown fields, unmapped columns.

extension CSVRecords {
    /// Reports a column of a plain CSV file that names no field.
    static func reportUnknownColumn(_ name: String, path: [String], at: Int, candidates: [String], location: SourceLocation,
                                            kind: RecordKind, diagnostics: inout [Diagnostic]) {
        let prefix = path[..<at].joined(separator: ".")
        var message = "unknown column \"\(name)\""
        if let guess = Suggestion.closest(to: path[at], among: candidates) {
            message += " (did you mean \"\(prefix.isEmpty ? guess : prefix + "." + guess)\"?)"
            diagnostics.append(Diagnostic(severity: .error, location: location, field: name, message: message))
        } else {
            let expected = candidates.isEmpty
                ? "a column named like the \(kind.singular) fields of the YAML, with dots: location.name, casualties.killed.best"
                : "one of \(candidates.map { prefix.isEmpty ? $0 : prefix + "." + $0 }.joined(separator: ", "))"
            diagnostics.append(Diagnostic(severity: .error, location: location, field: name, message: message, expected: expected))
        }
    }

    /// Reports a mapping whose field is not a field of the sheet's records, where dossier.yaml writes it.
    static func reportUnknownTarget(_ column: SheetMapping.Column, at: Int, candidates: [String], kind: RecordKind,
                                            mapping: SheetMapping, diagnostics: inout [Diagnostic]) {
        let dotted = column.path.joined(separator: ".")
        let prefix = column.path[..<at].joined(separator: ".")
        var message = "\"\(RecordDecoder.shortened(dotted))\" is not a field of \(kind.withArticle)"
        if let guess = Suggestion.closest(to: column.path[at], among: candidates) {
            message += " (did you mean \"\(prefix.isEmpty ? guess : prefix + "." + guess)\"?)"
        }
        let expected = candidates.isEmpty ? "a field such as date, location.name or casualties.killed"
                                          : "one of \(candidates.map { prefix.isEmpty ? $0 : prefix + "." + $0 }.joined(separator: ", "))"
        diagnostics.append(Diagnostic(severity: .error, location: column.pathLocation ?? column.location,
                                      field: "\(mapping.field).columns.\(RecordDecoder.shortened(column.header))",
                                      message: message, expected: expected))
    }

    /// The warning for a column of a mapped sheet that is neither mapped, named like a field nor ignored.
    static func unmapped(_ name: String, at location: SourceLocation, kind: RecordKind, mapping: SheetMapping) -> Diagnostic {
        let shown = RecordDecoder.shortened(name)
        let key = shown.contains(where: { ":{}[],#&*!|>'\"%@`".contains($0) }) ? "\"\(shown.replacingOccurrences(of: "\"", with: "\\\""))\"" : shown
        if let field = ColumnSuggestion.field(for: name, kind: kind) {
            return Diagnostic(severity: .warning, location: location, field: nil,
                              message: "column \"\(shown)\" is not mapped to a field and is left out (is it \(field)?)",
                              expected: "columns: {\(key): \(field)} in this sheet's entry in dossier.yaml, or ignore: [\(key)] to leave it out")
        }
        return Diagnostic(severity: .warning, location: location, field: nil,
                          message: "column \"\(shown)\" is not mapped to a field and is left out",
                          expected: "columns: {\(key): FIELD} in this sheet's entry in dossier.yaml (a field of \(kind.withArticle) such as "
                              + "summary or tags), or ignore: [\(key)] to leave it out")
    }
}
