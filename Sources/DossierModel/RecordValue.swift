// RecordValue: the located value tree every front end (YAML, JSON, CSV, UCDP GED extracts) produces for the decoder.

/// A value read from a record file, with where it was written.
///
/// Scalars stay text: the decoder, not the front end, decides what a number or a date is, so a
/// YAML timestamp, a JSON string and a CSV cell are all judged by the same rules.
struct RecordValue: Sendable {
    /// A field of a mapping, with where its name was written.
    struct Entry: Sendable {
        /// The field name.
        var key: String
        /// Where the field name was written.
        var keyLocation: SourceLocation?
        /// The field's value.
        var value: RecordValue
    }

    /// The shape of a value.
    enum Content: Sendable {
        /// Nothing: an empty value, `~` or `null`.
        case null
        /// A piece of text, exactly as written (after YAML's quoting rules).
        case scalar(String)
        /// An ordered list.
        case list([RecordValue])
        /// Fields in the order written.
        case mapping([Entry])
    }

    /// What the value holds.
    var content: Content
    /// Where the value starts.
    var location: SourceLocation?
    /// For text, where its first line starts and whether its lines are the file's lines.
    var origin: TextOrigin? = nil

    /// Whether the value is empty.
    var isNull: Bool { if case .null = content { return true } else { return false } }

    /// The field with a name, if present.
    func entry(_ key: String) -> Entry? {
        guard case .mapping(let entries) = content else { return nil }
        return entries.first { $0.key == key }
    }

    /// Names the shape of the value for messages: "a list", "a mapping", "text", "nothing".
    var shapeName: String {
        switch content {
        case .null: return "nothing"
        case .scalar: return "text"
        case .list: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
