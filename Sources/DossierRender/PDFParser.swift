// PDFParser: reads PDF tokens and objects from bytes, enough for the cross-reference table and the structure tree.

/// Parses PDF syntax from a byte buffer. Sendable: a value.
struct PDFParser: Sendable {
    /// Why parsing stopped.
    enum Failure: Error, Equatable {
        /// The buffer ended inside the object: read more and try again.
        case truncated
        /// The bytes are not PDF syntax the parser understands.
        case malformed(String)
    }

    let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether `b` is PDF whitespace.
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    /// Whether `b` is a PDF delimiter.
    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Skips whitespace and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            if Self.isWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Reads a bare word or number (a run of regular characters).
    mutating func word() throws -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        guard position < bytes.count else { throw Failure.truncated }
        guard position > start else { throw Failure.malformed("expected a word at byte \(start)") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Reads a non-negative integer.
    mutating func integer() throws -> Int {
        skipWhitespace()
        if let value = plainInteger() { return value }
        let text = try word()
        guard let value = Int(text) else { throw Failure.malformed("expected an integer, found \"\(text)\"") }
        return value
    }

    /// Reads `keyword` or fails.
    mutating func expect(_ keyword: String) throws {
        let found = try word()
        guard found == keyword else { throw Failure.malformed("expected \"\(keyword)\", found \"\(found)\"") }
    }

    /// Reads "N G obj" and returns the object number; `position` is then just after "obj".
    mutating func objectHeader() throws -> Int {
        let number = try integer()
        _ = try integer()
        try expect("obj")
        return number
    }

    /// Reads a dictionary and returns, for each key, the byte range of its value (in the
    /// buffer's numbering), so one value can be replaced in place.
    mutating func dictionaryValueRanges() throws -> PDFEntries<Range<Int>> {
        try dictionaryWithRanges().ranges
    }

    /// Reads a dictionary in one pass: its value and, for each key, the byte range of its value.
    mutating func dictionaryWithRanges() throws -> (value: PDFValue, ranges: PDFEntries<Range<Int>>) {
        skipWhitespace()
        guard position + 1 < bytes.count else { throw Failure.truncated }
        guard bytes[position] == UInt8(ascii: "<"), bytes[position + 1] == UInt8(ascii: "<") else {
            throw Failure.malformed("expected a dictionary at byte \(position)")
        }
        position += 2
        // Most dictionaries cairo writes (structure elements, pages, links) have up to eight entries.
        var entries = PDFEntries<PDFValue>(capacity: 8)
        var ranges = PDFEntries<Range<Int>>(capacity: 8)
        while true {
            skipWhitespace()
            guard position + 1 < bytes.count else { throw Failure.truncated }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return (.dictionary(entries), ranges)
            }
            guard case .name(let key) = try value() else { throw Failure.malformed("dictionary key is not a name") }
            skipWhitespace()
            let start = position
            entries.append(key, try value())
            ranges.append(key, start..<position)
        }
    }

    /// Reads an unsigned integer written as plain digits, if one starts here and ends before the
    /// buffer does; `position` moves past it only then.
    private mutating func plainInteger() -> Int? {
        var end = position, value = 0
        while end < bytes.count, Self.isDigit(bytes[end]), end - position < 18 {
            value = value * 10 + Int(bytes[end] - UInt8(ascii: "0"))
            end += 1
        }
        guard end > position, end < bytes.count, Self.isWhitespace(bytes[end]) || Self.isDelimiter(bytes[end]) else { return nil }
        position = end
        return value
    }

    /// Powers of ten that a double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { x, _ in x * 10 } }

    /// Reads a real number written as `[+-]digits[.digits]` with at most 15 digits, if one starts
    /// here and ends before the buffer does; `position` moves past it only then. Such a number
    /// is its digits as a whole number divided by a power of ten, both exact in a double, so the
    /// one division rounds as `strtod` does (cairo writes link rectangles and boxes this way).
    private mutating func plainDecimal() -> Double? {
        var end = position
        var negative = false
        if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") {
            negative = bytes[end] == UInt8(ascii: "-")
            end += 1
        }
        var mantissa = 0, digits = 0, decimals = 0, seenPoint = false
        while end < bytes.count {
            let b = bytes[end]
            if Self.isDigit(b) {
                mantissa = mantissa * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            end += 1
            if digits > 15 { return nil }
        }
        guard digits > 0, end < bytes.count, Self.isWhitespace(bytes[end]) || Self.isDelimiter(bytes[end]) else { return nil }
        position = end
        let value = Double(mantissa) / Self.exactPowersOfTen[decimals]
        return negative ? -value : value
    }

    private static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Reads a literal string `(…)` starting at `position`, decoding its escapes.
    private mutating func literalString() throws -> [UInt8] {
        var out: [UInt8] = []
        var depth = 0
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            switch c {
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw Failure.truncated }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0A: break
                case 0x0D: if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(e - UInt8(ascii: "0")), digits = 1
                    while digits < 3, position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                        digits += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                default: out.append(e)
                }
            case UInt8(ascii: "("):
                if depth > 0 { out.append(c) }
                depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(c)
            default:
                out.append(c)
            }
        }
        throw Failure.truncated
    }

    /// Reads one value.
    mutating func value() throws -> PDFValue {
        skipWhitespace()
        guard position < bytes.count else { throw Failure.truncated }
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "/"):
            position += 1
            let start = position
            while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
            guard position < bytes.count else { throw Failure.truncated }
            return .name(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: "<"):
            guard position + 1 < bytes.count else { throw Failure.truncated }
            if bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var entries = PDFEntries<PDFValue>()
                while true {
                    skipWhitespace()
                    guard position + 1 < bytes.count else { throw Failure.truncated }
                    if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                        position += 2
                        return .dictionary(entries)
                    }
                    guard case .name(let key) = try value() else { throw Failure.malformed("dictionary key is not a name") }
                    entries.append(key, try value())
                }
            }
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { throw Failure.truncated }
            var decoded: [UInt8] = []
            var high: UInt8?
            for b in bytes[(position + 1)..<end] {
                guard let digit = Self.hexDigit(b) else { continue }
                if let h = high { decoded.append(h << 4 | digit); high = nil } else { high = digit }
            }
            if let h = high { decoded.append(h << 4) }
            position = end + 1
            return .string(decoded)
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw Failure.truncated }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value())
            }
        default:
            // Most values in a structure tree are "N G R" references and plain counts: read
            // them without building strings.
            if Self.isDigit(b), let number = plainInteger() {
                var ahead = self
                ahead.skipWhitespace()
                if ahead.plainInteger() != nil {
                    ahead.skipWhitespace()
                    if ahead.position + 1 < bytes.count, bytes[ahead.position] == UInt8(ascii: "R"),
                       Self.isWhitespace(bytes[ahead.position + 1]) || Self.isDelimiter(bytes[ahead.position + 1]) {
                        position = ahead.position + 1
                        return .reference(number)
                    }
                }
                return .number(Double(number))
            }
            if let number = plainDecimal() { return .number(number) }
            let text = try word()
            guard let number = Double(text) else { return .keyword(text) }
            // "N G R" is a reference; look ahead without consuming anything else.
            if let objectNumber = Int(text) {
                var ahead = self
                if let generation = try? ahead.word(), Int(generation) != nil, let r = try? ahead.word(), r == "R" {
                    self = ahead
                    return .reference(objectNumber)
                }
            }
            return .number(number)
        }
    }
}
