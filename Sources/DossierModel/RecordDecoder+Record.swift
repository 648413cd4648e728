// RecordDecoder+Record: naming a record for diagnostics and registering its id before its fields are read.

extension RecordDecoder {
    /// Reads a record's id so diagnostics can name the record by it, and registers the id.
    ///
    /// Returns the record's path: its id when usable, else `kind[position]`. A missing id is reported
    /// later by the required-field check.
    mutating func openRecord(_ value: RecordValue, kind: RecordKind, position: Int) -> (path: String, id: String?) {
        let fallback = "\(kind.rawValue)[\(position)]"
        guard let entry = value.entry("id"), !entry.value.isNull else { return (fallback, nil) }
        guard let id = identifier(entry.value, field: "\(fallback).id") else { return (fallback, nil) }
        definitions.append(Definition(kind: kind, id: id, location: entry.value.location))
        return (id, id)
    }

    /// Decodes every record of a list of one kind, appending the good ones to `records`.
    mutating func records(of kind: RecordKind, in value: RecordValue, field: String, into records: inout DecodedRecords) {
        guard case .list(let items) = value.content else {
            if !value.isNull { wrongShape(value, field: field, expected: "a list of \(kind.rawValue)") }
            return
        }
        for (position, item) in items.enumerated() {
            switch kind {
            case .incidents: if let incident = incident(from: item, position: position) { records.incidents.append(incident) }
            case .quotations: if let quotation = quotation(from: item, position: position) { records.quotations.append(quotation) }
            case .sources: if let source = source(from: item, position: position) { records.sources.append(source) }
            }
        }
    }
}
