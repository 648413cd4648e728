// PDFValue: the few kinds of PDF object the postprocessor needs to read (dictionaries, arrays, names, references).

/// A parsed PDF object, reduced to what the structure tree needs. Sendable: a value.
indirect enum PDFValue: Equatable, Sendable {
    case dictionary([String: PDFValue])
    case array([PDFValue])
    case name(String)
    case number(Double)
    case reference(Int)
    /// A literal or hex string; its contents are not needed.
    case string
    /// `true`, `false`, `null` and other bare words.
    case keyword(String)

    /// The value for `key` if this is a dictionary.
    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// The name, if this is one.
    var name: String? { if case .name(let n) = self { return n }; return nil }

    /// The object numbers referred to, in order: this reference, or the references in this array.
    var references: [Int] {
        switch self {
        case .reference(let n): return [n]
        case .array(let items): return items.compactMap { if case .reference(let n) = $0 { return n }; return nil }
        default: return []
        }
    }
}
