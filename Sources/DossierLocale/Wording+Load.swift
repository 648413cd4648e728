// Wording+Load: reading a language's strings: the shipped locales/LANG.yaml over English, and the
// project's own locales/LANG.yaml over both.

import Foundation
import Yams

/// A strings file that cannot be used, with where and why.
public struct LocaleFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// One strings file as read: its settings and strings.
struct LocaleFile {
    var direction: TextDirection?
    var numbers: String?
    var entries: [String: Wording.Entry] = [:]

    /// The largest strings file read.
    static let sizeLimit = 1 << 20

    /// Reads `path`; nil when there is no such file.
    static func read(_ path: String) throws -> LocaleFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        func fail(_ message: String, _ node: Node? = nil) -> LocaleFileError {
            LocaleFileError(file: path, line: node?.mark.map(\.line), message: message)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard (size ?? 0) <= sizeLimit else { throw fail("is larger than 1 MB; a strings file is expected to be far smaller") }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot be read") }
        guard data.count <= sizeLimit else { throw fail("is larger than 1 MB; a strings file is expected to be far smaller") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not UTF-8 text") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw fail("is not valid YAML: \(error)") }
        guard let mapping = root?.mapping else {
            throw fail("expected a mapping with `strings:` (and optionally `direction:` and `numbers:`)", root)
        }
        var file = LocaleFile()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail("expected a key name", keyNode) }
            switch key {
            case "direction":
                guard let raw = value.string, let direction = TextDirection(rawValue: raw) else {
                    throw fail("direction: expected ltr or rtl", value)
                }
                file.direction = direction
            case "numbers":
                guard let raw = value.string, raw.allSatisfy({ $0.isLetter }), !raw.isEmpty else {
                    throw fail("numbers: expected a numbering system such as latn, arab or arabext", value)
                }
                file.numbers = raw
            case "strings":
                guard let strings = value.mapping else { throw fail("strings: expected a mapping of names to texts", value) }
                for (nameNode, entry) in strings {
                    guard let name = nameNode.string else { throw fail("expected a string name", nameNode) }
                    file.entries[name] = try Self.entry(entry, name: name, fail: fail)
                }
            default:
                throw fail("unknown key “\(key)”; expected strings, direction or numbers", keyNode)
            }
        }
        return file
    }

    private static func entry(_ node: Node, name: String, fail: (String, Node?) -> LocaleFileError) throws -> Wording.Entry {
        if let text = node.string { return .text(text) }
        guard let forms = node.mapping else {
            throw fail("\(name): expected a text, or a mapping of plural forms (one, other, …)", node)
        }
        var out: [PluralCategory: String] = [:]
        for (formNode, text) in forms {
            guard let form = formNode.string.flatMap(PluralCategory.init(rawValue:)) else {
                throw fail("\(name): unknown plural form; expected zero, one, two, few, many or other", formNode)
            }
            guard let t = text.string else { throw fail("\(name).\(form.rawValue): expected a text", text) }
            out[form] = t
        }
        guard out[.other] != nil else { throw fail("\(name): the plural forms need an `other` form", node) }
        return .plural(out)
    }
}

extension Wording {
    /// The language's wording: English (`shipped`/en.yaml) under the shipped language file under
    /// the project's own `project`/locales/LANG.yaml. A language with no file of its own keeps
    /// English words but its own dates and numbers. `numbers` (from the project) chooses the digits.
    public static func load(language: String, shipped: String?, project: String? = nil) throws -> Wording {
        let tag = language.isEmpty ? "en" : language
        let base = String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en").lowercased()
        func file(in folder: String?) throws -> LocaleFile? {
            guard let folder else { return nil }
            for name in Set([tag, base]).sorted(by: { $0.count > $1.count }) {
                if let f = try LocaleFile.read(folder + "/\(name).yaml") { return f }
            }
            return nil
        }
        guard let english = try shipped.flatMap({ try LocaleFile.read($0 + "/en.yaml") }) else {
            throw LocaleFileError(file: (shipped ?? "locales") + "/en.yaml",
                                  message: "the shipped English strings are missing; set DOSSIER_LOCALES to the locales/ folder")
        }
        let own = base == "en" ? nil : try file(in: shipped)
        let local = try file(in: project.map { $0 + "/locales" })
        var entries = own?.entries ?? [:]
        if let local { entries.merge(local.entries) { _, project in project } }
        let direction = local?.direction ?? own?.direction ?? .leftToRight
        let numbers = local?.numbers ?? own?.numbers
        return Wording(language: tag, direction: direction, format: LocaleFormat(language: tag, numbers: numbers),
                       entries: base == "en" ? english.entries.merging(entries) { _, own in own } : entries,
                       english: english.entries)
    }

    /// The shipped strings folder: `$DOSSIER_LOCALES`, else the nearest `locales/` with en.yaml.
    public static func shippedFolder() -> String? {
        ShippedFolder.find("locales", marker: "en.yaml", variable: "DOSSIER_LOCALES")
    }

    /// English from the shipped folder; only the keys themselves when it cannot be found.
    public static let english: Wording = (try? load(language: "en", shipped: shippedFolder()))
        ?? Wording(language: "en", format: .english, entries: [:])
}
