// PDFValue: the kinds of PDF object the finishing step reads (dictionaries, arrays, names, references, strings).

/// A parsed PDF object, reduced to what the structure tree needs. Sendable: a value.
indirect enum PDFValue: Equatable, Sendable {
    case dictionary([String: PDFValue])
    case array([PDFValue])
    case name(String)
    case number(Double)
    case reference(Int)
    /// A literal or hex string, as its bytes (escapes and hex digits decoded).
    case string([UInt8])
    /// `true`, `false`, `null` and other bare words.
    case keyword(String)

    /// The value for `key` if this is a dictionary.
    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// The name, if this is one.
    var name: String? { if case .name(let n) = self { return n }; return nil }

    /// The string as text (UTF-16BE with a byte-order mark, else PDFDocEncoding read as Latin-1), if this is one.
    var text: String? { if case .string(let bytes) = self { return PDFTextString.decode(bytes) }; return nil }

    /// The number as an integer, if this is a whole number.
    var integer: Int? { if case .number(let n) = self, n == n.rounded(), abs(n) < 1e15 { return Int(n) }; return nil }

    /// The object numbers referred to, in order: this reference, or the references in this array.
    var references: [Int] {
        switch self {
        case .reference(let n): return [n]
        case .array(let items): return items.compactMap { if case .reference(let n) = $0 { return n }; return nil }
        default: return []
        }
    }
}
