// ReferenceCheck: the checks that need every record at once: duplicate ids, dangling references, uncited sources.

/// Checks ids across all record files once they are read.
enum ReferenceCheck {
    /// Returns errors for duplicate ids and references to undefined records (a misspelt source id would
    /// leave a figure citing nothing), and warnings for sources nothing cites.
    static func diagnostics(definitions: [RecordDecoder.Definition],
                            references: [RecordDecoder.Reference]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [RecordKind: [String: RecordDecoder.Definition]] = [:]
        for definition in definitions {
            if let earlier = first[definition.kind]?[definition.id] {
                let place = earlier.location.map { " at \($0)" } ?? ""
                diagnostics.append(Diagnostic(
                    severity: .error, location: definition.location, field: "\(definition.id).id",
                    message: "duplicate \(definition.kind.singular) id \"\(definition.id)\", already defined\(place)",
                    expected: "ids unique among \(definition.kind.rawValue)"))
            } else {
                first[definition.kind, default: [:]][definition.id] = definition
            }
        }
        var cited = Set<String>()
        for reference in references {
            if reference.kind == .sources { cited.insert(reference.id) }
            let known = first[reference.kind] ?? [:]
            guard known[reference.id] == nil else { continue }
            var message = "no \(reference.kind.singular) has the id \"\(reference.id)\""
            // Sorted so the suggestion never depends on dictionary order.
            if let guess = Suggestion.closest(to: reference.id, among: known.keys.sorted()) {
                message += " (did you mean \"\(guess)\"?)"
            }
            diagnostics.append(Diagnostic(severity: .error,
                                          location: reference.location, field: reference.field, message: message,
                                          expected: "the id of \(reference.kind.withArticle) defined in the project"))
        }
        for definition in definitions where definition.kind == .sources && !cited.contains(definition.id) {
            guard first[.sources]?[definition.id]?.location == definition.location else { continue }
            diagnostics.append(Diagnostic(
                severity: .warning, location: definition.location, field: "\(definition.id).id",
                message: "source \"\(definition.id)\" is never cited",
                expected: "a citation from an incident, a casualty figure, a claim or a quotation"))
        }
        return diagnostics
    }
}
