// RecordDecoder+Lists: reading lists of texts, and lists of ids that refer to other records (noted
// so that they can be checked once every file is read).

extension RecordDecoder {
    /// Reads a list of texts; a single text counts as a list of one.
    mutating func textList(_ value: RecordValue, field: String,
                           as kind: TextKind = .line) -> [(text: String, location: SourceLocation?, field: String)] {
        switch value.content {
        case .null:
            return []
        case .scalar:
            return text(value, field: field, as: kind).map { [($0, value.location, field)] } ?? []
        case .mapping:
            wrongShape(value, field: field, expected: "a list of texts")
            return []
        case .list(let items):
            var result: [(String, SourceLocation?, String)] = []
            for (index, item) in items.enumerated() {
                let itemField = "\(field)[\(index)]"
                if let text = text(item, field: itemField, as: kind) { result.append((text, item.location, itemField)) }
            }
            return result
        }
    }

    /// Reads a list of ids of records of a kind, noting each as a reference to check later.
    mutating func references(_ value: RecordValue, field: String, to kind: RecordKind) -> [String] {
        var ids: [String] = []
        for entry in textList(value, field: field) {
            let item = RecordValue(content: .scalar(entry.text), location: entry.location)
            guard let id = identifier(item, field: entry.field) else { continue }
            refer(to: kind, id: id, at: item.location, field: entry.field)
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// Notes a reference to a record of a kind.
    mutating func refer(to kind: RecordKind, id: String, at location: SourceLocation?, field: String) {
        references.append(Reference(kind: kind, id: id, location: location, field: field))
    }
}
