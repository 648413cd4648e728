// YAMLAliasCheck: measures what a YAML text's aliases would expand to, without expanding them, so a
// few hundred bytes of nested anchors ("billion laughs") are refused before they cost gigabytes.

import Yams

/// Refuses YAML whose aliases would repeat too many values, or nest them too deep.
///
/// Yams resolves an alias by sharing its anchor's node, which is cheap, but everything that walks the
/// tree afterwards visits each repetition: converting it, and Yams' own check for repeated keys, which
/// hashes whole keys while it composes. So the text is first composed with the `*` of every alias
/// replaced by a marker character, which turns each alias into a plain value naming its anchor: that
/// tree is no larger than the text. Walking it once, with each anchor's expanded size and depth
/// remembered when its node ends, gives the expanded size and depth in time linear in the text.
enum YAMLAliasCheck {
    /// What the check found.
    enum Verdict {
        /// No aliases, or aliases within the limits: the text may be composed.
        case fine
        /// The aliases pass a limit.
        case refused(Diagnostic)
        /// The text is not valid YAML (the error is at the same place in the text as given).
        case unparsable(Error)
    }

    /// A limit that the expanded text would pass.
    private struct Exceeded: Error {
        var diagnostic: Diagnostic
    }

    /// Checks `text`, written in `file`.
    static func check(_ text: String, file: String, maximumAdded: Int, maximumDepth: Int) -> Verdict {
        // An alias names an anchor; without both there is nothing to expand (an alias to no anchor is an error).
        guard containsName(after: "&", in: text), containsName(after: "*", in: text) else { return .fine }
        guard let marker = unusedMarker(in: text) else {
            return .refused(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1), field: nil,
                                       message: "the file uses every private-use character, so its aliases cannot be checked",
                                       expected: "a file without aliases (*name), or without private-use characters"))
        }
        let marked = markingAliases(in: text, with: marker)
        let parser: Yams.Parser, root: Node?
        do {
            parser = try Yams.Parser(yaml: marked)
            root = try parser.singleRoot()
        } catch {
            // Markers stand where `*` stood, one character for one, so the error's place is the text's.
            return .unparsable(error)
        }
        guard let root else { return .fine }
        var walk = Walk(file: file, marker: marker, maximumAdded: maximumAdded, maximumDepth: maximumDepth)
        do {
            // The parser owns the anchors the nodes point to weakly: it must live while the tree is walked.
            try withExtendedLifetime(parser) { _ = try walk.visit(root, level: 1) }
        } catch let exceeded as Exceeded {
            return .refused(exceeded.diagnostic)
        } catch {
            return .unparsable(error)
        }
        return .fine
    }

    /// Characters of an anchor or alias name, as libyaml scans them.
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
        default: false
        }
    }

    /// Whether `indicator` is followed by a name character somewhere: `&name`, `*name`.
    static func containsName(after indicator: Unicode.Scalar, in text: String) -> Bool {
        let mark = UInt8(indicator.value)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == mark, byte < 0x80, isNameCharacter(Unicode.Scalar(byte)) { return true }
            previous = byte
        }
        return false
    }

    /// A private-use character the text does not hold.
    static func unusedMarker(in text: String) -> Unicode.Scalar? {
        let used = Set(text.unicodeScalars.lazy.filter { $0.value >= 0xE000 && $0.value <= 0xF8FF }.map(\.value))
        return (UInt32(0xE000)...0xF8FF).lazy.first { !used.contains($0) }.flatMap(Unicode.Scalar.init)
    }

    /// The text with every `*` followed by a name character replaced by `marker`.
    ///
    /// Every alias is replaced, wherever it stands; a `*` in quotes, a block of text, a comment or the
    /// middle of a plain value is replaced too, which only changes the words of a value in a tree that
    /// is measured and thrown away. (A `*` in a tag makes the marked text invalid: it is reported as
    /// a syntax error, which records, having no tags, never see.)
    static func markingAliases(in text: String, with marker: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var pendingStar = false
        for scalar in text.unicodeScalars {
            if pendingStar {
                out.append(isNameCharacter(scalar) ? marker : "*")
                pendingStar = false
            }
            if scalar == "*" { pendingStar = true } else { out.append(scalar) }
        }
        if pendingStar { out.append("*") }
        return String(out)
    }

    /// One walk over the marked tree, in document order.
    private struct Walk {
        let file: String
        let marker: Unicode.Scalar
        let maximumAdded: Int
        let maximumDepth: Int
        /// Each anchor's expanded size and depth, as of the last node that defined it.
        var anchors: [String: (size: Int, depth: Int)] = [:]
        /// Values the aliases met so far repeat, beyond the aliases themselves.
        var added = 0

        /// Visits a node at `level` (the root is 1); returns its expanded size and depth.
        mutating func visit(_ node: Node, level: Int) throws -> (size: Int, depth: Int) {
            var size = 1, depth = 1
            switch node {
            case .scalar(let scalar):
                let names = aliasNames(scalar)
                let known = names.compactMap { anchors[$0] }
                if names.count == 1, scalar.string.unicodeScalars.count == names[0].unicodeScalars.count + 1, let anchored = known.first {
                    // The alias itself: it stands for its anchor's whole value.
                    size = anchored.size; depth = anchored.depth
                    added = saturating(added, anchored.size - 1)
                } else if !known.isEmpty {
                    // Aliases the marked text read as part of a longer plain value (`{*a:b}` in a flow mapping):
                    // counted in full, a level down.
                    for anchored in known {
                        size = saturating(size, anchored.size); depth = max(depth, anchored.depth + 1)
                        added = saturating(added, anchored.size)
                    }
                }
                if added > maximumAdded, let name = names.first {
                    throw exceeded(at: scalar.mark, message:
                        "with the alias *\(name) here, the file's aliases repeat more than \(RecordLimits.grouped(maximumAdded)) values once expanded",
                        expected: "aliases (*name) that repeat at most \(RecordLimits.grouped(maximumAdded)) values in one file; "
                            + "write the values out, or refer to anchors (&name) less often")
                }
                if level + depth - 1 > maximumDepth, let name = names.first {
                    throw exceeded(at: scalar.mark, message: "values nested more than \(maximumDepth) levels deep once the alias *\(name) is expanded",
                                   expected: "records nested at most \(maximumDepth) levels deep")
                }
            case .sequence(let sequence):
                for item in sequence {
                    let inner = try visit(item, level: level + 1)
                    size = saturating(size, inner.size); depth = max(depth, inner.depth + 1)
                }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let k = try visit(key, level: level + 1), v = try visit(value, level: level + 1)
                    size = saturating(size, saturating(k.size, v.size)); depth = max(depth, k.depth + 1, v.depth + 1)
                }
            case .alias:
                break
            }
            if let anchor = Self.anchor(of: node) { anchors[anchor] = (size, depth) }
            return (size, depth)
        }

        /// The names after each marker in a plain value: an alias, or (rarely) a `*` in plain text.
        func aliasNames(_ scalar: Node.Scalar) -> [String] {
            guard scalar.style == .plain || scalar.style == .any, scalar.string.unicodeScalars.contains(marker) else { return [] }
            var names: [String] = []
            var current: String.UnicodeScalarView?
            for character in scalar.string.unicodeScalars {
                if character == marker {
                    if let name = current, !name.isEmpty { names.append(String(name)) }
                    current = String.UnicodeScalarView()
                } else if current != nil, YAMLAliasCheck.isNameCharacter(character) {
                    current!.append(character)
                } else {
                    if let name = current, !name.isEmpty { names.append(String(name)) }
                    current = nil
                }
            }
            if let name = current, !name.isEmpty { names.append(String(name)) }
            return names
        }

        func exceeded(at mark: Mark?, message: String, expected: String) -> Exceeded {
            let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
            return Exceeded(diagnostic: Diagnostic(severity: .error, location: location, field: nil, message: message,
                                                   expected: expected))
        }

        /// Adds without overflowing: sizes past the limit only need to stay past it.
        func saturating(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? Int.max : sum
        }

        static func anchor(of node: Node) -> String? {
            switch node {
            case .scalar(let s): s.anchor?.rawValue
            case .sequence(let s): s.anchor?.rawValue
            case .mapping(let m): m.anchor?.rawValue
            case .alias: nil
            }
        }
    }
}
