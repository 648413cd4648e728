// JSONRecordReader: plain JSON straight into the located tree, the tree the YAML reader makes of it.

/// Reads a record file written as plain JSON (as generated files are) into a `RecordValue` tree
/// without the YAML parser, which reads JSON as YAML at several times the cost. The tree, its
/// lines, columns and text origins are the ones `YAMLReader` gives for the same text: columns
/// count characters from 1, quoted text starts after its quote, and `null` is nothing.
///
/// It takes only what both read alike. Anything else (a syntax error, a key written twice, a
/// character YAML refuses or reads as a line break, a tab, escapes of surrogate pairs, values
/// nested deeper than the records' limit) makes it return nil, and the YAML reader reads the file
/// and reports its mistakes as it always does. Sendable: no state.
enum JSONRecordReader {
    /// The tree of `text`, or nil when it is not plain JSON this reader takes.
    static func read(text: String, file: String) -> RecordValue? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, file: file)
            guard let root = parser.value(level: 1) else { return nil }
            parser.skipSpace()
            return parser.failed || parser.position != bytes.count ? nil : root
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var position = 0
        var line = 1
        /// A place on the current line and its column: columns count characters, not bytes, and
        /// are counted on from the last one asked for, so a file on one line costs no more.
        var counted = 0
        var countedColumn = 1
        var failed = false

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes; self.file = file
        }

        /// The 1-based column of `position`, in characters.
        mutating func column() -> Int {
            for i in counted..<position where bytes[i] & 0xC0 != 0x80 { countedColumn += 1 }
            counted = position
            return countedColumn
        }

        mutating func location() -> SourceLocation { SourceLocation(file: file, line: line, column: column()) }

        mutating func newLine() { line += 1; counted = position; countedColumn = 1 }

        mutating func fail() -> RecordValue? { failed = true; return nil }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20: position += 1
                case 0x0A:
                    position += 1; newLine()
                case 0x0D:
                    // CR LF is one break; a lone CR is one too, as YAML counts it.
                    position += 1
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                    newLine()
                default: return
                }
            }
        }

        mutating func value(level: Int) -> RecordValue? {
            guard level <= RecordLimits.yamlDepth else { return fail() }
            skipSpace()
            guard position < bytes.count else { return fail() }
            let location = location()
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var entries: [RecordValue.Entry] = []
                var keys = Set<String>()
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return RecordValue(content: .mapping(entries), location: location)
                }
                while true {
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return fail() }
                    let keyLocation = self.location()
                    guard let key = string(), keys.insert(key).inserted else { return fail() }
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return fail() }
                    position += 1
                    guard let item = value(level: level + 1) else { return fail() }
                    entries.append(RecordValue.Entry(key: key, keyLocation: keyLocation, value: item))
                    skipSpace()
                    guard position < bytes.count else { return fail() }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "}") else { return fail() }
                    position += 1
                    return RecordValue(content: .mapping(entries), location: location)
                }
            case UInt8(ascii: "["):
                position += 1
                var items: [RecordValue] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return RecordValue(content: .list(items), location: location)
                }
                while true {
                    guard let item = value(level: level + 1) else { return fail() }
                    items.append(item)
                    skipSpace()
                    guard position < bytes.count else { return fail() }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    guard bytes[position] == UInt8(ascii: "]") else { return fail() }
                    position += 1
                    return RecordValue(content: .list(items), location: location)
                }
            case UInt8(ascii: "\""):
                guard let text = string() else { return fail() }
                let origin = TextOrigin(start: SourceLocation(file: file, line: location.line, column: location.column + 1),
                                        keepsLines: !text.utf8.contains(0x0A))
                return RecordValue(content: .scalar(text), location: location, origin: origin)
            default:
                // A number, true, false or null: written as it is, as a plain YAML scalar.
                let start = position
                while position < bytes.count, Self.isPlain(bytes[position]) { position += 1 }
                guard position > start else { return fail() }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                guard word == "true" || word == "false" || word == "null" || Self.isNumber(word) else { return fail() }
                if word == "null" { return RecordValue(content: .null, location: location) }
                return RecordValue(content: .scalar(word), location: location, origin: TextOrigin(start: location, keepsLines: true))
            }
        }

        private static func isPlain(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: "E")
        }

        /// Whether `word` is a JSON number.
        private static func isNumber(_ word: String) -> Bool {
            var rest = Substring(word)
            if rest.first == "-" { rest = rest.dropFirst() }
            let integer = rest.prefix { $0.isASCII && $0.isNumber }
            guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
            rest = rest.dropFirst(integer.count)
            if rest.first == "." {
                let fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(1 + fraction.count)
            }
            if rest.first == "e" || rest.first == "E" {
                rest = rest.dropFirst()
                if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
                let exponent = rest.prefix { $0.isASCII && $0.isNumber }
                guard !exponent.isEmpty else { return false }
                rest = rest.dropFirst(exponent.count)
            }
            return rest.isEmpty
        }

        /// Reads a string from its opening quote; nil for anything YAML would read otherwise.
        private mutating func string() -> String? {
            position += 1
            var out: [UInt8] = []
            var plainStart = position
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\"") {
                    out += UnsafeBufferPointer(rebasing: bytes[plainStart..<position])
                    position += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b == UInt8(ascii: "\\") {
                    out += UnsafeBufferPointer(rebasing: bytes[plainStart..<position])
                    guard position + 1 < bytes.count else { return nil }
                    let escaped = bytes[position + 1]
                    position += 2
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard position + 4 <= bytes.count,
                              let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self),
                                                radix: 16),
                              let scalar = Unicode.Scalar(code), Self.isPrintable(scalar) || code < 0x20 else { return nil }
                        out += Array(String(Character(scalar)).utf8)
                        position += 4
                    default: return nil
                    }
                    plainStart = position
                    continue
                }
                // Raw controls, tabs and line breaks are not JSON; a byte that starts a character
                // YAML refuses or breaks lines at sends the file to the YAML reader.
                if b < 0x20 || b == 0x7F { return nil }
                if b >= 0x80 {
                    guard let scalar = decode(at: position), Self.isPrintable(scalar),
                          scalar.value != 0x85, scalar.value != 0x2028, scalar.value != 0x2029 else { return nil }
                    position += UTF8.width(scalar)
                    continue
                }
                position += 1
            }
            return nil
        }

        /// The character whose UTF-8 encoding starts at `index`.
        private func decode(at index: Int) -> Unicode.Scalar? {
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return nil
        }

        /// YAML's printable characters (c-printable), tab and line breaks aside.
        private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }
    }
}
