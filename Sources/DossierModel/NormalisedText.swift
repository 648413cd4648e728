// NormalisedText: text reduced to what a quotation check should compare (one space for any white space,
// straight quotes and apostrophes, hyphen-minus for dashes, lower case), remembering where each character came from.

/// Text normalised for comparing a quotation with its source, with a map back to the original text.
struct NormalisedText: Sendable {
    /// The normalised characters.
    let characters: [Character]
    /// For each normalised character, the index of the original character it came from.
    let origins: [Int]
    /// The original characters.
    let original: [Character]
    /// Normalised indices where a paragraph starts: after white space holding a blank line.
    let paragraphStarts: Set<Int>

    /// Normalises `text`: runs of white space become one space (none at either end), curly and other
    /// quotation marks become `"`, apostrophes and single quotes `'`, dashes and minus signs `-`,
    /// "…" becomes "...", invisible characters (soft hyphen, zero-width space) are dropped, and
    /// letters are lower-cased.
    init(_ text: String) {
        let original = Array(text)
        var characters: [Character] = [], origins: [Int] = []
        var paragraphStarts: Set<Int> = [0]
        var pendingSpace = false, lineBreaks = 0
        for (index, character) in original.enumerated() {
            if character.isWhitespace {
                pendingSpace = !characters.isEmpty
                if character.isNewline { lineBreaks += 1 }
                continue
            }
            guard let replacement = Self.replacement(for: character) else { continue }
            if pendingSpace {
                characters.append(" "); origins.append(index); pendingSpace = false
                if lineBreaks >= 2 { paragraphStarts.insert(characters.count) }
            }
            lineBreaks = 0
            for normalised in replacement {
                characters.append(normalised)
                origins.append(index)
            }
        }
        self.characters = characters; self.origins = origins; self.original = original
        self.paragraphStarts = paragraphStarts
    }

    /// The normalised text as a string.
    var text: String { String(characters) }

    /// What a character becomes; `nil` for characters that are dropped.
    private static func replacement(for character: Character) -> String? {
        switch character {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}", "\u{FF02}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{0060}", "\u{00B4}", "\u{2039}", "\u{203A}", "\u{FF07}": return "'"
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{2043}", "\u{FE58}",
             "\u{FE63}", "\u{FF0D}": return "-"
        case "\u{2026}": return "..."
        case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": return nil
        default: return character.lowercased()
        }
    }

    /// The original text from normalised index `start` up to (not including) `end`, with its white space
    /// collapsed to single spaces.
    func originalText(from start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= origins.count else { return "" }
        let first = origins[start], last = origins[end - 1]
        let slice = String(original[first...last])
        return slice.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The normalised text split into words at spaces: each word's characters and where it starts and ends.
    var words: [(word: String, start: Int, end: Int)] {
        var result: [(String, Int, Int)] = []
        var start: Int?
        for index in 0...characters.count {
            if index == characters.count || characters[index] == " " {
                if let begin = start { result.append((String(characters[begin..<index]), begin, index)); start = nil }
            } else if start == nil {
                start = index
            }
        }
        return result
    }
}
