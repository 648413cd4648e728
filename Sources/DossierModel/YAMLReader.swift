// YAMLReader: the YAML (and JSON, which is YAML) front end, from text to a located RecordValue tree.

import Foundation
import Yams

/// Reads YAML or JSON text into a `RecordValue` tree, keeping every value's line and column.
enum YAMLReader {
    /// What reading one file gives: a tree, or the syntax error that stopped the parser.
    enum Outcome {
        /// The document's root; `nil` for an empty document.
        case parsed(RecordValue?)
        /// The text is not valid YAML.
        case failed(Diagnostic)
    }

    /// Parses `text`, written in `file` (relative to the project, used in locations).
    static func read(text: String, file: String) -> Outcome {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failed(diagnostic(for: error, text: text, file: file))
        } catch {
            return .failed(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                                      field: nil, message: "cannot parse the file: \(error)"))
        }
        guard let root else { return .parsed(nil) }
        return .parsed(value(of: root, file: file))
    }

    /// Converts a Yams node, recursively, into the located tree.
    private static func value(of node: Node, file: String) -> RecordValue {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            // Only an unquoted null is nothing; a quoted "null" is the word.
            if scalar.style == .plain || scalar.style == .any, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return RecordValue(content: .null, location: location)
            }
            return RecordValue(content: .scalar(scalar.string), location: location)
        case .sequence(let sequence):
            return RecordValue(content: .list(sequence.map { value(of: $0, file: file) }), location: location)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                RecordValue.Entry(key: keyText(pair.key),
                                  keyLocation: pair.key.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) },
                                  value: value(of: pair.value, file: file))
            }
            return RecordValue(content: .mapping(entries), location: location)
        case .alias:
            // compose() resolves aliases to their anchored nodes; a bare alias node cannot reach here.
            return RecordValue(content: .null, location: location)
        }
    }

    /// The text of a mapping key; a non-scalar key (rare, and never meaningful here) reads as its YAML.
    private static func keyText(_ key: Node) -> String {
        if case .scalar(let scalar) = key { return scalar.string }
        return (try? Yams.serialize(node: key).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
    }

    /// Turns a Yams error into a diagnostic at the line and column libyaml reported.
    private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func syntax(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> Diagnostic {
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return Diagnostic(severity: .error, location: at(mark), field: nil, message: message,
                              expected: hint(problem, at: mark))
        }
        // libyaml's words for the mistakes people make most, said plainly.
        func hint(_ problem: String, at mark: Mark) -> String? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = mark.line >= 1 && mark.line <= lines.count ? String(lines[mark.line - 1]) : ""
            if line.contains("\t") || problem.contains("cannot start any token") && line.hasPrefix("\t") {
                return "spaces, not tabs, to indent (YAML does not allow tab characters for indentation)"
            }
            if problem.contains("mapping values are not allowed") {
                return "quotes around a value that contains a colon followed by a space, e.g. title: \"Attack: the aftermath\""
            }
            if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
                return "every field of a record indented by the same number of spaces, under its parent"
            }
            if problem.contains("found unexpected end of stream") || problem.contains("found unknown escape character") {
                return "a closing quote for every opening quote on this line"
            }
            return nil
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return syntax(context, problem, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return Diagnostic(severity: .error, location: at(context.mark), field: nil,
                              message: "field \(names) appears more than once in the same mapping",
                              expected: "each field once")
        case let .reader(problem, offset, _, _):
            let location = offset.map { lineAndColumn(ofCharacter: $0, in: text, file: file) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return Diagnostic(severity: .error, location: location, field: nil, message: "cannot read the text: \(problem)")
        default:
            return Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1), field: nil,
                              message: "cannot parse the file: \(error)")
        }
    }

    /// Finds the 1-based line and column of the character at `offset`.
    private static func lineAndColumn(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
