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
                         expected: String) -> Fields? {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: path, expected: expected)
            return nil
        }
        var fields = Fields(path: path, location: value.location, values: [:])
        var seen = Set<String>()
        for entry in entries {
            let field = fields.path(entry.key)
            guard allowed.contains(entry.key) else {
                if let guess = Suggestion.closest(to: entry.key, among: allowed) {
                    error("unknown field \"\(entry.key)\" (did you mean \"\(guess)\"?)", at: entry.keyLocation, field: field)
                } else {
                    error("unknown field \"\(entry.key)\"", at: entry.keyLocation, field: field,
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
    mutating func fields(of value: RecordValue, path: String, object: RecordSchema.Object, expected: String) -> Fields? {
        fields(of: value, path: path, allowed: object.fieldNames, required: object.requiredNames, expected: expected)
    }

    // MARK: Scalars

    /// Reads text; a list or a mapping is an error.
    mutating func text(_ value: RecordValue, field: String) -> String? {
        guard case .scalar(let text) = value.content else {
            wrongShape(value, field: field, expected: "text")
            return nil
        }
        return text
    }

    /// Reads text that must not be blank.
    mutating func nonBlankText(_ value: RecordValue, field: String) -> String? {
        guard let text = text(value, field: field) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            error("is blank", at: value.location, field: field, expected: "some text")
            return nil
        }
        return text
    }

    /// Reads an id: letters, digits, "-" and "_", starting with a letter or digit.
    mutating func identifier(_ value: RecordValue, field: String) -> String? {
        guard let text = text(value, field: field) else { return nil }
        guard Self.isIdentifier(text) else {
            error("\"\(text)\" is not a valid id", at: value.location, field: field,
                  expected: "letters, digits, \"-\" and \"_\", starting with a letter or digit, e.g. ashraf-2013-09-01")
            return nil
        }
        return text
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

    /// Reads a count of people: a whole number, 0 or more.
    mutating func count(_ value: RecordValue, field: String) -> Int? {
        let expected = "a whole number, 0 or more"
        let largest = "a whole number, 0 or more, at most 10,000,000,000"
        guard let text = text(value, field: field) else { return nil }
        let digits = text.trimmingWhitespace
        guard let number = Int(digits) else {
            let tooLarge = !digits.isEmpty && digits.allSatisfy(\.isNumber)
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

    /// Reads a list of texts; a single text counts as a list of one.
    mutating func textList(_ value: RecordValue, field: String) -> [(text: String, location: SourceLocation?, field: String)] {
        switch value.content {
        case .null:
            return []
        case .scalar(let text):
            return [(text, value.location, field)]
        case .mapping:
            wrongShape(value, field: field, expected: "a list of texts")
            return []
        case .list(let items):
            var result: [(String, SourceLocation?, String)] = []
            for (index, item) in items.enumerated() {
                let itemField = "\(field)[\(index)]"
                if let text = text(item, field: itemField) { result.append((text, item.location, itemField)) }
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

    /// Writes a bound without a needless ".0".
    private static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
