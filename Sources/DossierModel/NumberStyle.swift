// NumberStyle: how a spreadsheet's text writes numbers ("1,200", "1.200", "1 200"), so that a count typed
// the way the sheet's language writes it is read, and one typed another way is not misread.

/// Which characters group thousands and which one marks decimals, named by an example: "1,234.5".
struct NumberStyle: Sendable, Equatable {
    /// How `numbers:` names the style, and how messages show it.
    var example: String
    /// The characters accepted between groups of three digits.
    var grouping: [Character]
    /// The decimal mark.
    var decimal: Character

    /// Spaces a spreadsheet may put between groups: a space, a no-break space, a narrow no-break space.
    private static let spaces: [Character] = [" ", "\u{00A0}", "\u{202F}"]

    /// The styles `numbers:` may name.
    static let all: [NumberStyle] = [
        NumberStyle(example: "1,234.5", grouping: [","], decimal: "."),
        NumberStyle(example: "1.234,5", grouping: ["."], decimal: ","),
        NumberStyle(example: "1 234,5", grouping: spaces, decimal: ","),
        NumberStyle(example: "1 234.5", grouping: spaces, decimal: "."),
        NumberStyle(example: "1'234.5", grouping: ["'", "\u{2019}"], decimal: "."),
        NumberStyle(example: "1234.5", grouping: [], decimal: "."),
    ]

    /// The style `numbers:` names, if it names one.
    static func named(_ text: String) -> NumberStyle? {
        let written = text.trimmingWhitespace
        return all.first { $0.example == written || ($0.example.contains(" ") && $0.example.replacingOccurrences(of: " ", with: "\u{00A0}") == written) }
    }

    /// The style usual for a language (BCP 47): comma-grouped for English and most others, point-grouped for
    /// German, Spanish, Italian and their neighbours, space-grouped for French and the Slavic and Nordic languages.
    static func forLanguage(_ tag: String) -> NumberStyle {
        let parts = tag.lowercased().split(separator: "-").map(String.init)
        let language = parts.first ?? "en"
        if language == "de", parts.contains("ch") || parts.contains("li") { return all[4] }
        let pointGrouped: Set<String> = ["de", "es", "it", "nl", "pt", "id", "tr", "da", "el", "ro", "hr", "sl", "sr", "vi", "ca",
                                         "eu", "gl", "is", "az", "bs", "mk", "sq"]
        let spaceGrouped: Set<String> = ["fr", "ru", "pl", "cs", "sk", "sv", "fi", "nb", "nn", "no", "uk", "hu", "bg", "lt", "lv",
                                         "et", "be", "kk", "uz", "hy", "ka"]
        if pointGrouped.contains(language) { return all[1] }
        if spaceGrouped.contains(language) { return all[2] }
        return all[0]
    }

    /// What reading a cell's text as a number found.
    enum Reading: Equatable {
        /// A number in this style.
        case number(Double)
        /// Digits and separators, but not as this style writes them ("1.200" where "1,234.5" is the style).
        case otherStyle
        /// Not written as a number at all ("dozens"): left for the field's own check.
        case notANumber
    }

    /// Reads a number written in this style: "1,200", "-33.7", "1 200,5".
    func read(_ text: String) -> Reading {
        var body = Substring(text.trimmingWhitespace)
        guard !body.isEmpty else { return .notANumber }
        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? 1 : -1
            body = body.dropFirst()
        }
        let separators = Set<Character>([",", ".", "'", "\u{2019}"] + Self.spaces)
        guard body.contains(where: { $0.isASCII && $0.isNumber }),
              body.allSatisfy({ ($0.isASCII && $0.isNumber) || separators.contains($0) }) else { return .notANumber }
        let whole: Substring, fraction: Substring
        if let mark = body.lastIndex(of: decimal) {
            whole = body[..<mark]; fraction = body[body.index(after: mark)...]
        } else {
            whole = body; fraction = ""
        }
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), !(whole.isEmpty && fraction.isEmpty),
              let digits = groupedDigits(whole) else { return .otherStyle }
        guard let value = Double((digits.isEmpty ? "0" : digits) + (fraction.isEmpty ? "" : "." + fraction)) else { return .otherStyle }
        return .number(sign * value)
    }

    /// The digits of a whole part written with or without grouping ("1,234,567" or "1234567"); nil when
    /// the groups are not of three digits or the separator is not this style's.
    private func groupedDigits(_ whole: Substring) -> String? {
        if whole.allSatisfy({ $0.isASCII && $0.isNumber }) { return String(whole) }
        // A space never marks decimals, so every style takes it as grouping.
        guard let separator = whole.first(where: { !($0.isASCII && $0.isNumber) }),
              grouping.contains(separator) || Self.spaces.contains(separator) else { return nil }
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return groups.joined()
    }

    /// A number as the decoder reads it: "1200", "33.7".
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
