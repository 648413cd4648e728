// RecordDecoder: turns located values into typed records, collecting every problem instead of stopping at the first.

/// Decodes `RecordValue` trees into records, noting each id it defines and each id it refers to so
/// that cross-record checks can run once every file is read.
///
/// Every reader returns `nil` (or a default) after recording a diagnostic, so one run reports all
/// problems. The front end does not matter: YAML, JSON and CSV feed the same readers.
struct RecordDecoder {
    /// An id a record defines.
    struct Definition: Sendable {
        var kind: RecordKind
        var id: String
        var location: SourceLocation?
    }

    /// An id a record refers to.
    struct Reference: Sendable {
        var kind: RecordKind
        var id: String
        var location: SourceLocation?
        var field: String
    }

    /// A local file a record names, to be checked for existence by the loader.
    struct FileReference: Sendable {
        var path: String
        var location: SourceLocation?
        var field: String
    }

    /// The fields of a mapping that passed the shape, unknown-field and required-field checks.
    struct Fields {
        /// The dotted path of the mapping itself.
        var path: String
        /// Where the mapping starts.
        var location: SourceLocation?
        /// The fields by name; a field whose value is empty is absent.
        var values: [String: RecordValue]

        /// The value of a field, if given and not empty.
        subscript(_ key: String) -> RecordValue? { values[key] }
        /// The dotted path of a field.
        func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    }

    /// Everything found wrong so far.
    var diagnostics: [Diagnostic] = []
    /// Ids defined so far, in reading order.
    var definitions: [Definition] = []
    /// Ids referred to so far, in reading order.
    var references: [Reference] = []
    /// Local files named so far.
    var fileReferences: [FileReference] = []
    /// Quotations' words, to be checked against their sources' archive copies once every source is read.
    var quotedTexts: [ArchiveCheck.Quoted] = []
    /// Whether a location's country may be a name rather than a code: set while reading a UCDP GED extract,
    /// which names countries, for a name with no known code.
    var acceptsCountryNames = false
    /// Every casualty category named so far, to keep their number within what the overview chart can show.
    var projectCategories: Set<String> = []
    /// The project's language, the default for quotations.
    var projectLanguage: String

    /// Creates a decoder for a project written in `projectLanguage`.
    init(projectLanguage: String = "en") { self.projectLanguage = projectLanguage }

    // MARK: Reporting

    /// Records an error.
    mutating func error(_ message: String, at location: SourceLocation?, field: String?, expected: String? = nil) {
        diagnostics.append(Diagnostic(severity: .error, location: location, field: field, message: message, expected: expected))
    }

    /// Records a warning.
    mutating func warning(_ message: String, at location: SourceLocation?, field: String?, expected: String? = nil) {
        diagnostics.append(Diagnostic(severity: .warning, location: location, field: field, message: message, expected: expected))
    }

    /// Records a value of the wrong shape.
    mutating func wrongShape(_ value: RecordValue, field: String, expected: String) {
        error("found \(value.shapeName)", at: value.location, field: field, expected: expected)
    }

    // MARK: Mappings

    /// Opens a mapping, reporting a wrong shape, unknown fields (with a suggestion) and missing required fields.
    mutating func fields(of value: RecordValue, path: String, allowed: [String], required: [String],
                         expected: @autoclosure () -> String) -> Fields? {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: path, expected: expected())
            return nil
        }
        var fields = Fields(path: path, location: value.location, values: [:])
        var seen = Set<String>()
        for entry in entries {
            let field = fields.path(entry.key)
            guard allowed.contains(entry.key) else {
                let field = fields.path(Self.shortened(entry.key))
                if let guess = Suggestion.closest(to: entry.key, among: allowed) {
                    error("unknown field \"\(Self.shortened(entry.key))\" (did you mean \"\(guess)\"?)", at: entry.keyLocation, field: field)
                } else {
                    error("unknown field \"\(Self.shortened(entry.key))\"", at: entry.keyLocation, field: field,
                          expected: "one of \(allowed.joined(separator: ", "))")
                }
                continue
            }
            guard seen.insert(entry.key).inserted else {
                error("field \"\(entry.key)\" is given twice", at: entry.keyLocation, field: field, expected: "each field once")
                continue
            }
            if entry.value.isNull {
                if required.contains(entry.key) {
                    error("required field \"\(entry.key)\" is empty", at: entry.keyLocation, field: field)
                }
                continue
            }
            fields.values[entry.key] = entry.value
        }
        for key in required where !seen.contains(key) {
            error("missing required field \"\(key)\"", at: value.location, field: fields.path(key))
        }
        return fields
    }

    /// Opens a mapping described by the schema, with the schema's fields and required fields.
    mutating func fields(of value: RecordValue, path: String, object: RecordSchema.Object,
                         expected: @autoclosure () -> String) -> Fields? {
        fields(of: value, path: path, allowed: object.fieldNames, required: object.requiredNames, expected: expected())
    }

    // MARK: Scalars

    /// What a text field holds, which decides how long it may be and what it may contain.
    enum TextKind {
        /// One line: a title, a name, a place, a role. A line break at the end (left by YAML's `|` or
        /// `>`) is dropped.
        case line
        /// An id.
        case identifier
        /// Paragraphs: a summary, a quotation's words. Tabs and line breaks are allowed.
        case paragraphs
        /// A web address.
        case webAddress
        /// A path to a file in the project.
        case path

        /// The most characters allowed.
        var maximumCharacters: Int {
            switch self {
            case .line, .path: RecordLimits.lineCharacters
            case .identifier: RecordLimits.identifierCharacters
            case .paragraphs: RecordLimits.textCharacters
            case .webAddress: RecordLimits.webAddressCharacters
            }
        }

        /// The longest run without spaces allowed, outside web addresses; `nil` for no limit.
        var maximumWord: Int? {
            switch self {
            case .line: RecordLimits.lineWordCharacters
            case .paragraphs: RecordLimits.textWordCharacters
            case .identifier, .webAddress, .path: nil
            }
        }

        /// How the limit is said in messages.
        var described: String {
            switch self {
            case .line: "a one-line field"
            case .identifier: "an id"
            case .paragraphs: "a text"
            case .webAddress: "a web address"
            case .path: "a path"
            }
        }
    }

    /// Reads text; a list or a mapping is an error, and so is text past the limits of its kind: too
    /// long, a word too long, or a control character (an invisible character pasted in by mistake,
    /// which could also act on a terminal that prints it).
    mutating func text(_ value: RecordValue, field: String, as kind: TextKind = .line) -> String? {
        guard case .scalar(var text) = value.content else {
            wrongShape(value, field: field, expected: "text")
            return nil
        }
        if kind != .paragraphs { while text.last?.isNewline == true { text.removeLast() } }
        if Self.mayHoldControl(text), let control = text.unicodeScalars.first(where: { Self.isForbiddenControl($0, in: kind) }) {
            if control == "\n" || control == "\r" {
                error("is on more than one line", at: value.location, field: field,
                      expected: "one line of text; line breaks belong in a summary or note")
            } else {
                error("contains the control character \(Self.named(control))", at: value.location, field: field,
                      expected: "text without control characters\(kind == .paragraphs ? " (tabs and line breaks are allowed)" : "")")
            }
            return nil
        }
        let maximum = kind.maximumCharacters
        if text.utf8.count > maximum, text.count > maximum {
            let advice = switch kind {
            case .line: "; longer text belongs in a summary or note"
            case .paragraphs: "; split it, or leave the rest in the source it comes from"
            default: ""
            }
            error("is \(RecordLimits.grouped(text.count)) characters long", at: value.location, field: field,
                  expected: "at most \(RecordLimits.grouped(maximum)) characters in \(kind.described)\(advice)")
            return nil
        }
        if let maximumWord = kind.maximumWord, let word = Self.longWord(in: text, longerThan: maximumWord) {
            error("has a word of \(RecordLimits.grouped(word.count)) characters without a space (\"\(Self.shortened(word))\")",
                  at: value.location, field: field,
                  expected: "words of at most \(RecordLimits.grouped(maximumWord)) characters in \(kind.described); "
                      + "only a web address may be longer (up to \(RecordLimits.grouped(RecordLimits.webAddressCharacters)))")
            return nil
        }
        return text
    }

    /// Reads text that must not be blank.
    mutating func nonBlankText(_ value: RecordValue, field: String, as kind: TextKind = .line) -> String? {
        guard let text = text(value, field: field, as: kind) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            error("is blank", at: value.location, field: field, expected: "some text")
            return nil
        }
        return text
    }

    /// Reads an id: letters, digits, "-" and "_", starting with a letter or digit.
    mutating func identifier(_ value: RecordValue, field: String) -> String? {
        guard let text = text(value, field: field, as: .identifier) else { return nil }
        guard Self.isIdentifier(text) else {
            error("\"\(Self.shortened(text))\" is not a valid id", at: value.location, field: field,
                  expected: "letters, digits, \"-\" and \"_\", starting with a letter or digit, e.g. ashraf-2013-09-01")
            return nil
        }
        return text
    }

    /// Whether a character is a control character a field of a kind must not hold: every one (C0, DEL,
    /// C1) but tab and line breaks in paragraphs.
    /// Whether `text` may hold a control character (C0, DEL or C1): a scan of its bytes, which
    /// clears nearly every field before the scalar-by-scalar check.
    static func mayHoldControl(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }

    static func isForbiddenControl(_ scalar: Unicode.Scalar, in kind: TextKind) -> Bool {
        guard scalar.isControl else { return false }
        return !(kind == .paragraphs && (scalar == "\t" || scalar == "\n" || scalar == "\r"))
    }

    /// "U+0000 (NUL)": a control character as a message names it.
    static func named(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x00: "NUL", 0x09: "tab", 0x0A: "line break", 0x0D: "carriage return",
                                       0x1B: "escape", 0x7F: "delete"]
        return TerminalText.codePoint(scalar) + (names[scalar.value].map { " (\($0))" } ?? "")
    }

    /// The first run without spaces longer than `limit` characters, unless it is a web address (which
    /// may reach the web address limit). Scripts written without spaces (Chinese, Japanese, Thai, …)
    /// break anywhere, so their characters end a run.
    static func longWord(in text: String, longerThan limit: Int) -> Substring? {
        guard text.utf8.count > limit, longestRunOfBytes(in: text) > limit else { return nil }
        var start = text.startIndex, length = 0
        var index = text.startIndex
        func check(upTo end: String.Index) -> Substring? {
            guard length > limit else { return nil }
            let word = text[start..<end]
            let isAddress = word.contains("://") || word.contains("mailto:") || word.contains("www.")
            return isAddress && length <= RecordLimits.webAddressCharacters ? nil : word
        }
        for character in text {
            let next = text.index(after: index)
            if character.isWhitespace || character.unicodeScalars.contains(where: breaksAnywhere) {
                if let word = check(upTo: index) { return word }
                start = next; length = 0
            } else {
                length += 1
            }
            index = next
        }
        return check(upTo: text.endIndex)
    }

    /// The most UTF-8 bytes between two ASCII spaces, tabs or line breaks: a bound on the longest
    /// word in characters (a character has at least one byte; other separators only split words
    /// further), found without reading characters, so that the common text is checked at memory speed.
    static func longestRunOfBytes(in text: String) -> Int {
        var longest = 0, run = 0
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                longest = max(longest, run); run = 0
            } else {
                run += 1
            }
        }
        return max(longest, run)
    }

    /// Whether a character belongs to a script written without spaces between words.
    static func breaksAnywhere(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3000...0x30FF, 0x31F0...0x31FF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// A long value cut for quoting in a message: its first 60 characters and "…".
    static func shortened<S: StringProtocol>(_ text: S) -> String {
        text.count <= 60 ? String(text) : String(text.prefix(59)) + "…"
    }

    /// Whether a text is usable as an id.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// The largest count accepted: more people than have ever lived is a typing mistake, and
    /// totals of such counts must not overflow.
    static let maximumCount = 10_000_000_000

    /// Reads a count of people: a whole number, 0 or more. `isFigure` when the count is a casualty figure
    /// itself, where words in place of the number are answered with how a figure without one is written.
    mutating func count(_ value: RecordValue, field: String, isFigure: Bool = false) -> Int? {
        let expected = "a whole number, 0 or more"
        let largest = "a whole number, 0 or more, at most 10,000,000,000"
        guard let text = text(value, field: field) else { return nil }
        let digits = text.trimmingWhitespace
        guard let number = Int(digits) else {
            let tooLarge = !digits.isEmpty && digits.allSatisfy(\.isNumber)
            if isFigure, !tooLarge, digits.contains(where: \.isLetter) {
                // "dozens", "unknown", "several hundred": words where a number goes. A figure may say so.
                let words = Self.shortened(digits).replacingOccurrences(of: "\"", with: "'")
                error("\"\(Self.shortened(text))\" is not a whole number", at: value.location, field: field,
                      expected: "a whole number, 0 or more; a figure known only in words keeps them as a note and each source's words "
                          + "as a claim, with no number: {note: \"\(words)\", claims: [{source: SOURCE-ID, text: \"\(words)\"}]}"
                          + " (in a spreadsheet, a column mapped to the figure's .note)")
                return nil
            }
            error(tooLarge ? "count \(digits) is too large" : "\"\(text)\" is not a whole number",
                  at: value.location, field: field, expected: tooLarge ? largest : expected)
            return nil
        }
        guard number >= 0 else {
            error("count \(number) is negative", at: value.location, field: field, expected: expected)
            return nil
        }
        guard number <= Self.maximumCount else {
            error("count \(number) is too large", at: value.location, field: field, expected: largest)
            return nil
        }
        return number
    }

    /// Reads a decimal number within a closed range.
    mutating func number(_ value: RecordValue, field: String, in range: ClosedRange<Double>) -> Double? {
        let expected = "a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))"
        guard let text = text(value, field: field) else { return nil }
        guard let number = Double(text.trimmingWhitespace), number.isFinite else {
            error("\"\(text)\" is not a number", at: value.location, field: field, expected: expected)
            return nil
        }
        guard range.contains(number) else {
            error("\(text) is out of range", at: value.location, field: field, expected: expected)
            return nil
        }
        return number
    }

    /// Reads a calendar day written YYYY-MM-DD, from the text as written (never a YAML timestamp).
    mutating func day(_ value: RecordValue, field: String) -> Day? {
        guard let text = text(value, field: field) else { return nil }
        switch Day.parse(text.trimmingWhitespace) {
        case .success(let day):
            return day
        case .failure(let problem):
            let message = problem.reason.map { "invalid date \"\(text)\": \($0)" } ?? "invalid date \"\(text)\""
            error(message, at: value.location, field: field, expected: "a date written YYYY-MM-DD, e.g. 2013-09-01")
            return nil
        }
    }

    /// Reads one of an enumeration's values, listing the allowed ones (and the nearest) when it is not.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ value: RecordValue, field: String,
                                                                  as type: Value.Type) -> Value? where Value.RawValue == String {
        guard let text = text(value, field: field) else { return nil }
        if let choice = Value(rawValue: text) { return choice }
        let allowed = Value.allCases.map(\.rawValue)
        var message = "unknown value \"\(text)\""
        if let guess = Suggestion.closest(to: text, among: allowed) { message += " (did you mean \"\(guess)\"?)" }
        error(message, at: value.location, field: field, expected: "one of \(allowed.joined(separator: ", "))")
        return nil
    }

    /// Writes a bound without a needless ".0".
    private static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
