// PDFValue: the kinds of PDF object the finishing step reads (dictionaries, arrays, names, references, strings).

/// A parsed PDF object, reduced to what the structure tree needs. Sendable: a value.
enum PDFValue: Equatable, Sendable {
    case dictionary(PDFEntries<PDFValue>)
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

/// A PDF dictionary's entries in the order written. Dictionaries in a PDF hold a handful of keys:
/// a scan finds one faster than hashing, and building one costs a single allocation. A key
/// written twice takes its last value, as readers do. Sendable when its values are.
struct PDFEntries<Value> {
    private(set) var entries: [(key: String, value: Value)] = []

    init() {}

    /// Empty, with room for `capacity` entries.
    init(capacity: Int) { entries.reserveCapacity(capacity) }

    /// The value of `key`, nil when it is absent.
    subscript(key: String) -> Value? {
        get {
            var i = entries.count - 1
            while i >= 0 {
                if entries[i].key == key { return entries[i].value }
                i -= 1
            }
            return nil
        }
        set {
            entries.removeAll { $0.key == key }
            if let newValue { entries.append((key, newValue)) }
        }
    }

    /// Adds an entry as read (a later one for the same key wins).
    mutating func append(_ key: String, _ value: Value) { entries.append((key, value)) }

    /// The values, in the order written.
    var values: [Value] { entries.map(\.value) }

    /// The same keys with their values transformed.
    func mapValues<T>(_ transform: (Value) -> T) -> PDFEntries<T> {
        var out = PDFEntries<T>()
        out.entries = entries.map { ($0.key, transform($0.value)) }
        return out
    }
}

extension PDFEntries: Sendable where Value: Sendable {}

extension PDFEntries: Equatable where Value: Equatable {
    /// Equal when every key has the same value, whatever the order.
    static func == (a: Self, b: Self) -> Bool {
        let keys = Set(a.entries.map(\.key))
        return keys == Set(b.entries.map(\.key)) && keys.allSatisfy { a[$0] == b[$0] }
    }
}

extension PDFEntries: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { append(key, value) }
    }
}
