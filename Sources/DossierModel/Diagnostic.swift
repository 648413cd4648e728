// Diagnostic: one problem found in a project, with where it is, which field, and what was expected.

/// One problem found while loading a project: an error stops a build, a warning does not.
///
/// `field` names the value as a dotted path that starts at the record: the record's id when it has a
/// usable one (`ashraf-2009-07-28.casualties.killed.low`), otherwise the record's kind and 0-based
/// position in its file (`incidents[2].casualties.killed.low`). List elements inside a record are
/// 0-based too (`perpetrators[1].attribution`). Fields of `dossier.yaml` are named plainly (`data_as_of`).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// The project cannot be built until it is fixed.
        case error
        /// The project builds, but something looks wrong.
        case warning
    }

    /// Whether the problem stops a build.
    public var severity: Severity
    /// Where the offending value was written, if it was written anywhere.
    public var location: SourceLocation?
    /// The dotted path of the offending field, if the problem is about one field.
    public var field: String?
    /// What is wrong, in plain words.
    public var message: String
    /// What would have been accepted, if that can be said briefly.
    public var expected: String?

    /// Creates a diagnostic.
    public init(severity: Severity, location: SourceLocation?, field: String?, message: String,
                expected: String? = nil) {
        self.severity = severity; self.location = location; self.field = field
        self.message = message; self.expected = expected
    }

    /// The compiler-style line: `file:line:column: error: field: message; expected …`.
    ///
    /// Every part may quote the records, so control and bidi characters are written as escapes
    /// (`\u{202E}`): the line is safe to print on a terminal and stays one line.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let field { text += "\(field): " }
        text += message
        if let expected { text += "; expected \(expected)" }
        return TerminalText.escaped(text)
    }

    /// Sorts diagnostics by file, line and column, those not tied to a place first; ties keep their order.
    public static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            return (x == nil ? 0 : 1, x?.file ?? "", x?.line ?? 0, x?.column ?? 0, a.offset)
                < (y == nil ? 0 : 1, y?.file ?? "", y?.line ?? 0, y?.column ?? 0, b.offset)
        }.map(\.element)
    }
}
