// RecordDecoder+Record: naming a record for diagnostics and registering its id before its fields are read.

extension RecordDecoder {
    /// Opens a record of `kind`: reads and registers its id, so diagnostics can name the record by
    /// it, then reads its fields against the kind's schema. Nil when the record is not a mapping
    /// (reported). The id is nil when missing or unusable, and the record is then named
    /// `kind[position]`; a missing id is reported by the required-field check.
    mutating func openRecord(_ value: RecordValue, kind: RecordKind, position: Int) -> (id: String?, fields: Fields)? {
        var path = "\(kind.rawValue)[\(position)]", id: String?
        if let entry = value.entry("id"), !entry.value.isNull, let found = identifier(entry.value, field: "\(path).id") {
            definitions.append(Definition(kind: kind, id: found, location: entry.value.location))
            path = found
            id = found
        }
        guard let fields = fields(of: value, path: path, object: kind.schema,
                                  expected: "\(kind.withArticle): a mapping with \(kind.schema.requiredNames.joined(separator: ", ")), …")
        else { return nil }
        return (id, fields)
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

extension RecordKind {
    /// The schema of a record of this kind.
    var schema: RecordSchema.Object {
        switch self {
        case .incidents: RecordSchema.incident
        case .quotations: RecordSchema.quotation
        case .sources: RecordSchema.source
        }
    }
}
