// Wording: the words the tool writes, in the project's language: a table of strings with plural
// forms, read from locales/LANG.yaml and the project's own overrides, English where a string is missing.

/// The strings of one language, with its numbers and dates.
public struct Wording: Hashable, Sendable {
    /// One string of the table: plain text, or one text per plural category ("one", "other", …).
    public enum Entry: Hashable, Sendable {
        case text(String)
        case plural([PluralCategory: String])
    }

    /// The language, a BCP 47 tag as the project gives it ("fr", "fa").
    public let language: String
    /// Whether pages in this language read right to left.
    public let direction: TextDirection
    /// Dates, numbers, ordinals and country names in this language.
    public let format: LocaleFormat
    let entries: [String: Entry]
    /// The strings the English table has that this language's table lacks (English is printed).
    public let missing: [String]

    /// Makes a wording from its table; `english` fills what `entries` lacks.
    public init(language: String, direction: TextDirection = .leftToRight, format: LocaleFormat,
                entries: [String: Entry], english: [String: Entry] = [:]) {
        self.language = language; self.direction = direction; self.format = format
        self.entries = entries.merging(english) { own, _ in own }
        // "period.years.2" refines "period.years" for English; a language with the general string lacks nothing.
        func parent(_ key: String) -> String { String(key.split(separator: ".").dropLast().joined(separator: ".")) }
        self.missing = english.keys.filter { entries[$0] == nil && entries[parent($0)] == nil }.sorted()
    }

    /// Returns the string under `key` with `{name}` placeholders filled from `values`; the key
    /// itself when no table has it, so a misspelt key shows on the page rather than vanish.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        switch entries[key] {
        case .text(let t)?: return Self.fill(t, values)
        case .plural(let forms)?: return Self.fill(forms[.other] ?? forms.values.sorted().first ?? key, values)
        case nil: return key
        }
    }

    /// Returns the plural form of `key` for `count`, with `{n}` set to the count as the language
    /// writes it: "3 incidents", "3 incidents" (fr), "٣ حوادث".
    public func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["n"] == nil { values["n"] = format.count(count) }
        switch entries[key] {
        case .plural(let forms)?:
            // An explicit zero form ("no events") is used for 0 even where the language has no zero category.
            let category = count == 0 && forms[.zero] != nil ? .zero : PluralRule(language: language).category(count)
            return Self.fill(forms[category] ?? forms[.other] ?? key, values)
        case .text(let t)?: return Self.fill(t, values)
        case nil: return key
        }
    }

    /// The names of the strings starting with `prefix`, longest text first ("running.page_of_pages"
    /// before "running.page", so the longer words are replaced first).
    public func keys(withPrefix prefix: String) -> [String] {
        entries.keys.filter { $0.hasPrefix(prefix) }.sorted { (text($0).count, $0) > (text($1).count, $1) }
    }

    /// Whether the table (or English) has `key`.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// "a, b and c" with the language's separators.
    public func list(_ parts: [String]) -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default:
            return parts.dropLast().joined(separator: text("list.separator")) + text("list.last") + parts.last!
        }
    }

    /// The ordinal of `n` as used before a noun: "13th", "13e", "13.", "۱۳مین"; the table's
    /// `ordinal` string when the language has one, else the platform's.
    public func ordinal(_ n: Int) -> String {
        guard case .text(let t)? = ownOrdinal else { return format.ordinal(n) }
        return Self.fill(t, ["n": format.count(n)])
    }

    private var ownOrdinal: Entry? { entries["ordinal"].flatMap { $0 == .text("") ? nil : $0 } }

    /// Fills `{name}` placeholders in one pass; other braces (a layout's `{{page}}`) are kept.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        return out + rest
    }
}

/// The direction lines of a language read in.
public enum TextDirection: String, Hashable, Sendable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}
