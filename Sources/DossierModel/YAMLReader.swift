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
    ///
    /// Aliases may add at most `RecordLimits.yamlAliasValues` values once expanded, and values nest at
    /// most `RecordLimits.yamlDepth` deep; beyond that the file is refused before it is expanded.
    static func read(text: String, file: String) -> Outcome {
        // Plain JSON, as generated record files are, is read without the YAML parser.
        if text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D }).map({ $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) == true,
           let root = JSONRecordReader.read(text: text, file: file) {
            return .parsed(root)
        }
        return readYAML(text: text, file: file)
    }

    /// Parses `text` with the YAML parser, whatever it holds.
    static func readYAML(text: String, file: String) -> Outcome {
        switch YAMLAliasCheck.check(text, file: file, maximumAdded: RecordLimits.yamlAliasValues,
                                    maximumDepth: RecordLimits.yamlDepth) {
        case .fine: break
        case .refused(let diagnostic): return .failed(diagnostic)
        case .unparsable(let error as YamlError): return .failed(diagnostic(for: error, text: text, file: file))
        case .unparsable(let error):
            return .failed(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                                      field: nil, message: "cannot parse the file: \(error)"))
        }
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
        var converter = Converter(file: file, text: text)
        do {
            return .parsed(try converter.value(of: root, level: 1))
        } catch let tooDeep as Converter.TooDeep {
            return .failed(Diagnostic(severity: .error, location: tooDeep.location, field: nil,
                                      message: "values nested more than \(RecordLimits.yamlDepth) levels deep",
                                      expected: "records nested at most \(RecordLimits.yamlDepth) levels deep"))
        } catch let tooMany as Converter.TooMany {
            return .failed(Diagnostic(severity: .error, location: tooMany.location, field: nil,
                                      message: "the file's aliases repeat more than \(RecordLimits.grouped(RecordLimits.yamlAliasValues)) values once expanded",
                                      expected: "aliases (*name) that repeat at most \(RecordLimits.grouped(RecordLimits.yamlAliasValues)) values "
                                          + "in one file; write the values out, or refer to anchors (&name) less often"))
        } catch {
            return .failed(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                                      field: nil, message: "cannot read the file: \(error)"))
        }
    }

    /// Converts Yams nodes into the located tree, one file at a time.
    private struct Converter {
        /// A value nested deeper than the limit.
        struct TooDeep: Error { var location: SourceLocation? }
        /// More values than the text holds plus what aliases may add.
        struct TooMany: Error { var location: SourceLocation? }

        let file: String
        let text: String
        /// The text's lines, split on first use (only a block of text `|` needs them).
        var lines: [Substring]?
        /// Values still allowed. A text holds fewer values than twice its bytes (`[?,?]`, the densest, has
        /// three in two bytes): past that and the aliases' allowance, the alias check was outwitted, and
        /// converting stops rather than expanding without end.
        var allowance: Int

        init(file: String, text: String) {
            self.file = file; self.text = text
            allowance = 2 * text.utf8.count + 1 + RecordLimits.yamlAliasValues
        }

        func location(_ mark: Mark?) -> SourceLocation? {
            mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        }

        /// Converts a node and what it holds; `level` is 1 for the root.
        mutating func value(of node: Node, level: Int) throws -> RecordValue {
            let location = location(node.mark)
            guard level <= RecordLimits.yamlDepth else { throw TooDeep(location: location) }
            allowance -= 1
            guard allowance >= 0 else { throw TooMany(location: location) }
            switch node {
            case .scalar(let scalar):
                // Only an unquoted null is nothing; a quoted "null" is the word.
                if scalar.style == .plain || scalar.style == .any, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                    return RecordValue(content: .null, location: location)
                }
                return RecordValue(content: .scalar(scalar.string), location: location, origin: origin(of: scalar, at: location))
            case .sequence(let sequence):
                var items: [RecordValue] = []
                items.reserveCapacity(sequence.count)
                for item in sequence { items.append(try value(of: item, level: level + 1)) }
                return RecordValue(content: .list(items), location: location)
            case .mapping(let mapping):
                var entries: [RecordValue.Entry] = []
                for pair in mapping {
                    entries.append(RecordValue.Entry(key: YAMLReader.keyText(pair.key), keyLocation: self.location(pair.key.mark),
                                                     value: try value(of: pair.value, level: level + 1)))
                }
                return RecordValue(content: .mapping(entries), location: location)
            case .alias:
                // compose() resolves aliases to their anchored nodes; a bare alias node cannot reach here.
                return RecordValue(content: .null, location: location)
            }
        }

        /// Where a text's first line starts, and whether its lines are the file's lines.
        mutating func origin(of scalar: Node.Scalar, at location: SourceLocation?) -> TextOrigin? {
            guard let location else { return nil }
            switch scalar.style {
            case .literal, .folded:
                // The block's text starts on the line after its `|` or `>`, at the block's indentation.
                let indent = blockIndentation(after: location.line) ?? location.column
                return TextOrigin(start: SourceLocation(file: file, line: location.line + 1, column: indent),
                                  keepsLines: scalar.style == .literal, continuationColumn: indent)
            case .singleQuoted, .doubleQuoted:
                return TextOrigin(start: SourceLocation(file: file, line: location.line, column: location.column + 1),
                                  keepsLines: !scalar.string.utf8.contains(0x0A))
            case .plain, .any:
                return TextOrigin(start: location, keepsLines: !scalar.string.utf8.contains(0x0A))
            }
        }

        /// The 1-based column of the first non-blank line after `line`; `nil` when there is none, or when
        /// libyaml counted a line break this split does not (U+2028, a lone CR).
        mutating func blockIndentation(after line: Int) -> Int? {
            if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
            guard let lines, line >= 1, line < lines.count else { return nil }
            for index in line..<min(lines.count, line + 1000) where lines[index].contains(where: { !$0.isWhitespace }) {
                return lines[index].prefix { $0 == " " }.count + 1
            }
            return nil
        }
    }

    /// The text of a mapping key; a non-scalar key (rare, and never meaningful here) reads as its YAML.
    fileprivate static func keyText(_ key: Node) -> String {
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
        case let .parser(_, problem, mark, _) where problem.contains("Maximum nesting level"):
            return Diagnostic(severity: .error, location: at(mark), field: nil,
                              message: "values nested too deep for the YAML parser (more than 1,000 levels)",
                              expected: "records nested at most \(RecordLimits.yamlDepth) levels deep")
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
