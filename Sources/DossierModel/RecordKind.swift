// RecordKind: the three kinds of record a project holds, and how a file's name tells which one it holds.

/// A kind of record: the key of a record file's mapping and the namespace of its ids.
enum RecordKind: String, CaseIterable, Sendable {
    case incidents, quotations, sources

    /// "incident", for messages.
    var singular: String { String(rawValue.dropLast()) }

    /// "an incident", for messages.
    var withArticle: String { self == .incidents ? "an incident" : "a \(singular)" }

    /// The kind a file holds by its name or the name of a folder above it ("incidents-2013.yaml",
    /// "sources/un.yaml"), or `nil` if the path does not say.
    static func named(byPath relativePath: String) -> RecordKind? {
        let components = relativePath.split(separator: "/").reversed()
        for component in components {
            let name = component.lowercased()
            if let kind = allCases.first(where: { name.hasPrefix($0.singular) }) { return kind }
        }
        return nil
    }
}
