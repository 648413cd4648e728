// LayoutKeys: checks the keys a layout file holds against those `LayoutFile` reads, so a misspelt
// key is an error with a suggestion instead of being silently ignored; the templates' placeholders
// are checked too.

import Foundation
import Yams

/// Checks a layout file's keys and template placeholders.
enum LayoutKeys {
    // The keys are declared once, as the properties of `LayoutFile` and its parts, and read
    // off them here: a key added there is a key allowed here.
    static let top = keys(of: LayoutFile())
    static let nested: [String: [String]] = [
        "page": keys(of: LayoutFile.PageFile()),
        "page.margins": LayoutFile.MarginSide.allCases.map(\.rawValue),
        "fonts": keys(of: LayoutFile.Fonts()),
        "chart": keys(of: LayoutFile.ChartFile()),
        "header": keys(of: LayoutFile.RunningFile()),
        "footer": keys(of: LayoutFile.RunningFile()),
        "bates": keys(of: LayoutFile.BatesFile()),
        "styles.*": keys(of: LayoutFile.StyleFile()),
    ]
    /// The placeholders running lines may use.
    static let placeholders = RunningLine.Placeholder.allCases.map(\.rawValue)

    /// The keys of a part of a layout file: the names of its type's properties, in order.
    static func keys(of part: Any) -> [String] { Mirror(reflecting: part).children.compactMap(\.label) }

    static func check(_ text: String, file: String) throws {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw LayoutError(file: file, message: "not valid YAML: \(error)")
        }
        guard let root = node else { return }
        guard let mapping = root.mapping else {
            throw LayoutError(file: file, message: "expected a mapping of layout keys such as page:, styles:, footer:")
        }
        try keys(mapping, allowed: top, path: "", file: file)
        for (key, value) in mapping {
            guard let name = key.string, let inner = value.mapping else { continue }
            if name == "styles" {
                for (style, body) in inner {
                    if let b = body.mapping {
                        try keys(b, allowed: nested["styles.*"]!, path: "styles.\(style.string ?? "?").", file: file)
                    }
                }
                continue
            }
            if let allowed = nested[name] { try keys(inner, allowed: allowed, path: name + ".", file: file) }
            if name == "page", let margins = inner["margins"]?.mapping {
                try keys(margins, allowed: nested["page.margins"]!, path: "page.margins.", file: file)
            }
            if name == "header" || name == "footer" {
                for (_, template) in inner {
                    guard let t = template.string else { continue }
                    try checkPlaceholders(t, path: name, line: template.mark?.line, file: file)
                }
            }
        }
    }

    private static func keys(_ mapping: Node.Mapping, allowed: [String], path: String, file: String) throws {
        for (key, _) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let line = key.mark.map { " (line \($0.line))" } ?? ""
            var message = "\(path)\(name)\(line): unknown key"
            if let near = closest(name, in: allowed) { message += "; did you mean \(path)\(near)?" }
            message += " Expected one of: \(allowed.joined(separator: ", "))"
            throw LayoutError(file: file, message: message)
        }
    }

    private static func checkPlaceholders(_ template: String, path: String, line: Int?, file: String) throws {
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let braced = rest[open.upperBound..<close.lowerBound]
            if RunningLine.Placeholder(braced: braced) == nil {
                let name = braced.trimmingCharacters(in: .whitespaces)
                var message = "\(path)\(line.map { " (line \($0))" } ?? ""): unknown placeholder {{\(name)}}"
                if let near = closest(name, in: placeholders) { message += "; did you mean {{\(near)}}?" }
                message += " Expected one of: " + placeholders.map { "{{\($0)}}" }.joined(separator: ", ")
                throw LayoutError(file: file, message: message)
            }
            rest = rest[close.upperBound...]
        }
    }

    /// The allowed word nearest to `word` by edit distance, if it is near enough to be a typo.
    static func closest(_ word: String, in words: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, x) in a.enumerated() {
                var current = [i + 1]
                for (j, y) in b.enumerated() {
                    current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        let scored = words.map { ($0, distance(Array(word.lowercased()), Array($0))) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= Swift.max(2, word.count / 3) else { return nil }
        return best
    }
}
