// ContentArtifacts: rewrites a page's content stream so that everything it draws is either tagged or an artifact.
import CairoPango

/// Turns the content marks cairo wrote (`Canvas.ContentMark`) into marked content, and marks
/// everything else drawn as an artifact; cairo cannot write either itself. What is drawn between
/// the marks of an element's content becomes `/Tag << /MCID n >> BDC … EMC`, numbered on the
/// page in order; between the marks of furniture (running lines, page numbers, Bates numbers,
/// exhibit labels), `/Artifact << /Type /Pagination >> BDC … EMC`. Paths, text and images drawn
/// outside any marked sequence (rules, chart strokes, decorations) are wrapped in
/// `/Artifact BMC … EMC`. A wrapper never crosses a text object's bounds, never starts inside a
/// path and closes before the next marked sequence, so marked content nests as PDF requires.
enum ContentArtifacts {
    private enum Wrapper { case outsideText, insideText }

    private typealias Name = ContentScanner.OperatorName
    private static let pathStart: [Name] = ["m", "re"]
    private static let pathEnd: [Name] = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"]
    private static let painting: [Name] = ["Tj", "TJ", "'", "\"", "Do", "sh"]
    private static let (bdc, bmc, emc, bt, et, bi): (Name, Name, Name, Name, Name, Name) = ("BDC", "BMC", "EMC", "BT", "ET", "BI")
    private static let (rectangle, fill): (Name, Name) = ("re", "f")

    /// Each content mark as cairo writes it: its rectangle's operands and operator.
    private static let marks: [(written: [UInt8], mark: Canvas.ContentMark)] = Canvas.ContentMark.allCases.map { mark in
        func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        return (Array("0 0 \(number(mark.size.width)) \(number(mark.size.height)) re".utf8), mark)
    }

    /// Returns `content` with its marks made marked content and its artifacts marked. `tags` are
    /// the structure types of the elements whose content the page marks, in order; the page must
    /// mark exactly that many.
    static func mark(_ content: [UInt8], tags: [String] = []) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count + content.count / 16 + 64)
        var copied = 0
        func emit(upTo end: Int, _ text: String) {
            out += content[copied..<end]
            out += Array(text.utf8)
            copied = end
        }
        var mcid = 0
        var scanner = ContentScanner(content)
        var depth = 0, inText = false, inPath = false
        var wrapper: Wrapper?
        func open(at start: Int) {
            guard depth == 0, wrapper == nil else { return }
            emit(upTo: start, "/Artifact BMC\n")
            wrapper = inText ? .insideText : .outsideText
        }
        func close(at start: Int) {
            guard wrapper != nil else { return }
            emit(upTo: start, "EMC\n")
            wrapper = nil
        }
        // Names are compared as integers, against constants made once (a string literal in a
        // `case` would be packed again for every operator).
        let (bdc, bmc, emc, bt, et, bi) = (Self.bdc, Self.bmc, Self.emc, Self.bt, Self.et, Self.bi)
        let (pathStart, pathEnd, painting) = (Self.pathStart, Self.pathEnd, Self.painting)
        while let op = scanner.nextOperator() {
            let name = op.name
            if name == Self.rectangle, !inPath, !inText,
               let mark = Self.marks.first(where: { content[op.start..<op.end].elementsEqual($0.written) }) {
                // A content mark: its rectangle, then its fill.
                var ahead = scanner
                if let next = ahead.nextOperator(), next.name == Self.fill {
                    scanner = ahead
                    close(at: op.start)
                    switch mark.mark {
                    case .beginFurniture:
                        emit(upTo: op.start, "/Artifact << /Type /Pagination >> BDC")
                        depth += 1
                    case .beginContent:
                        guard mcid < tags.count else {
                            throw PDFSource.Failure(description: "a page marks more content than its elements were drawn with (\(tags.count))")
                        }
                        emit(upTo: op.start, "/\(tags[mcid]) << /MCID \(mcid) >> BDC")
                        mcid += 1
                        depth += 1
                    case .endFurniture, .endContent:
                        emit(upTo: op.start, "EMC")
                        depth = max(0, depth - 1)
                    }
                    copied = next.end
                    continue
                }
            }
            if name == bdc || name == bmc {
                close(at: op.start)
                depth += 1
            } else if name == emc {
                depth = max(0, depth - 1)
            } else if name == bt {
                if wrapper == .outsideText { close(at: op.start) }
                inText = true
            } else if name == et {
                if wrapper == .insideText { close(at: op.start) }
                inText = false
            } else if name == bi {
                open(at: op.start)
            } else if pathStart.contains(name) {
                if !inPath { open(at: op.start) }
                inPath = true
            } else if pathEnd.contains(name) {
                inPath = false
            } else if painting.contains(name) {
                open(at: op.start)
            }
        }
        if wrapper != nil { emit(upTo: content.count, "\nEMC\n") }
        out += content[copied...]
        guard mcid == tags.count else {
            throw PDFSource.Failure(description: "a page marks \(mcid) pieces of content, its elements were drawn with \(tags.count)")
        }
        return out
    }
}

/// Splits a content stream into operators with their operands. Sendable: a value.
struct ContentScanner: Sendable {
    /// One operator: its name, where its first operand (or the operator) starts, where it
    /// ends, and where its first operand lies.
    struct Operator {
        var name: OperatorName
        var start: Int
        var end: Int
        var firstOperand: Range<Int>
    }

    /// An operator's name, its bytes packed in an integer: operators are compared for every
    /// token of every page, and PDF's have at most three bytes. A longer word is kept apart by
    /// its length (and compares equal to another of the same length and first four bytes, which
    /// no operator this scanner is asked about has).
    struct OperatorName: Hashable, Sendable, ExpressibleByStringLiteral {
        let packed: UInt64

        init(_ bytes: ArraySlice<UInt8>) {
            var packed = UInt64(min(bytes.count, 255)) << 32
            for (i, byte) in bytes.prefix(4).enumerated() { packed |= UInt64(byte) << (8 * UInt64(i)) }
            self.packed = packed
        }

        init(stringLiteral value: String) { self.init(ArraySlice(value.utf8)) }
    }

    private static let (trueWord, falseWord, nullWord, inlineImage): (OperatorName, OperatorName, OperatorName, OperatorName) =
        ("true", "false", "null", "BI")

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static func isWhitespace(_ b: UInt8) -> Bool { PDFParser.isWhitespace(b) }
    private static func isDelimiter(_ b: UInt8) -> Bool { PDFParser.isDelimiter(b) }
    private static func startsNumber(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    /// Returns the next operator, or nil at the end of the stream; `names` is told where each
    /// name token on the way lies.
    mutating func nextOperator(names: ((Range<Int>) -> Void)? = nil) -> Operator? {
        var operandStart: Int?
        var firstOperand = 0..<0
        var nesting = 0
        while true {
            skipWhitespace()
            guard position < bytes.count else { return nil }
            let start = position
            let b = bytes[position]
            var isOperand = true
            switch b {
            case UInt8(ascii: "("): skipLiteralString()
            case UInt8(ascii: "<"):
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { position += 2; nesting += 1 } else {
                    while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
                    position = min(bytes.count, position + 1)
                }
            case UInt8(ascii: ">"):
                position += bytes[position...].starts(with: ">>".utf8) ? 2 : 1
                nesting = max(0, nesting - 1)
            case UInt8(ascii: "["): position += 1; nesting += 1
            case UInt8(ascii: "]"): position += 1; nesting = max(0, nesting - 1)
            case UInt8(ascii: "{"), UInt8(ascii: "}"): position += 1
            case UInt8(ascii: "/"):
                position += 1
                skipRegular()
                names?(start..<position)
            default:
                skipRegular()
                if position == start { position += 1 }
                // Numbers are most tokens: tell them by their first byte, without making a string.
                if nesting > 0 || Self.startsNumber(b) { break }
                let word = OperatorName(bytes[start..<position])
                isOperand = word == Self.trueWord || word == Self.falseWord || word == Self.nullWord
                if !isOperand {
                    if word == Self.inlineImage { skipInlineImage() }
                    return Operator(name: word, start: operandStart ?? start, end: position, firstOperand: firstOperand)
                }
            }
            if isOperand, operandStart == nil {
                operandStart = start
                firstOperand = start..<position
            }
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipRegular() {
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
    }

    private mutating func skipLiteralString() {
        var depth = 0
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == UInt8(ascii: "\\") {
                position += 1
            } else if c == UInt8(ascii: "(") {
                depth += 1
            } else if c == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    /// Skips an inline image's dictionary and data, up to and including "EI".
    private mutating func skipInlineImage() {
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "I"), bytes[position + 1] == UInt8(ascii: "D"),
               Self.isWhitespace(bytes[position - 1]), position + 2 < bytes.count, Self.isWhitespace(bytes[position + 2]) {
                position += 3
                break
            }
            position += 1
        }
        while position + 2 < bytes.count {
            if Self.isWhitespace(bytes[position]), bytes[position + 1] == UInt8(ascii: "E"), bytes[position + 2] == UInt8(ascii: "I"),
               position + 3 == bytes.count || Self.isWhitespace(bytes[position + 3]) {
                position += 3
                return
            }
            position += 1
        }
        position = bytes.count
    }
}

/// Renames resources in a content stream. Sendable: no state.
enum ContentNames {
    /// `content` with every name token in `renames` replaced; strings, comments and inline
    /// image data are left as they are.
    static func renamed(_ content: [UInt8], _ renames: [String: String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count + 64)
        var scanner = ContentScanner(content)
        var copied = 0
        scanner.forEachName { range in
            let name = String(decoding: content[(range.lowerBound + 1)..<range.upperBound], as: UTF8.self)
            guard let given = renames[name] else { return }
            out += content[copied..<range.lowerBound]
            out += Array(("/" + given).utf8)
            copied = range.upperBound
        }
        out += content[copied...]
        return out
    }
}

extension ContentScanner {
    /// Calls `body` with the range of every name token (its slash included), in order.
    mutating func forEachName(_ body: (Range<Int>) -> Void) {
        withoutActuallyEscaping(body) { body in
            while nextOperator(names: body) != nil {}
        }
    }
}
