// Hyphenator: where a word may break with a hyphen, from libhyphen and the TeX patterns of a language.
import CHyphen
import Foundation

/// Finds the points where a word may be hyphenated, with libhyphen and the patterns Debian installs
/// in `/usr/share/hyphen` (packages `hyphen-en-us`, `hyphen-en-gb`, …).
///
/// Rules on top of the patterns: at least 2 letters before a hyphen and 3 after; no hyphenation
/// of words with digits or with `@`, `/`, `:`, `_` or `.` inside (addresses, e-mail, source ids),
/// nor of words in capitals (acronyms), nor of words longer than `longestWord`; a word with a hyphen
/// of its own breaks only after it, and one with soft hyphens (U+00AD) only after those.
///
/// Sendable (`@unchecked`): the dictionary is not changed after `init`, and
/// `hnj_hyphen_hyphenate2` only reads it — in libhyphen 2.8.8 it allocates its working buffers per
/// call and writes only into the buffers it is given — so any number of threads may hyphenate at
/// once with one `Hyphenator`.
public final class Hyphenator: @unchecked Sendable {
    /// Where Debian's hyphenation patterns are.
    public static let patternDirectory = "/usr/share/hyphen"
    /// Words longer than this (in characters) are not hyphenated: no dictionary word is this long,
    /// and longer runs are codes or addresses.
    public static let longestWord = 100

    /// The language tag the patterns were found for.
    public let language: String
    /// The pattern file read.
    public let path: String

    /// The loaded patterns (`HyphenDict *`), owned: freed in `deinit`.
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// Whether the patterns are in UTF-8 (else in an 8-bit set, read here as ISO 8859-1).
    private let isUTF8: Bool

    /// Loads the patterns for a BCP 47 language tag (`en`, `en-US`, `en-GB`, …): the file for the
    /// whole tag, else for the language with its usual region (`en` → `en_US`), else for the
    /// language alone. Nil when there are none: that language is not hyphenated.
    public init?(language: String, directory: String = Hyphenator.patternDirectory) {
        guard let path = Self.patternFile(for: language, in: directory),
              let dictionary = hnj_hyphen_load(path) else { return nil }
        // The minimums of these rules, unless the patterns ask for more.
        dictionary.pointee.lhmin = max(dictionary.pointee.lhmin, 2)
        dictionary.pointee.rhmin = max(dictionary.pointee.rhmin, 3)
        self.language = language
        self.path = path
        self.dictionary = dictionary
        isUTF8 = dictionary.pointee.utf8 != 0
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// The usual region of a language where its patterns come per region.
    private static let usualRegion = ["en": "US", "de": "DE", "pt": "PT", "nl": "NL", "sv": "SE"]

    /// The pattern file for a language tag, if one is installed.
    static func patternFile(for tag: String, in directory: String) -> String? {
        let subtags = tag.replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        guard let first = subtags.first, first.count >= 2, first.count <= 8,
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let language = first.lowercased()
        var names: [String] = []
        if subtags.count > 1 {
            let rest = subtags.dropFirst().map { $0.count == 4 ? $0.capitalized : $0.uppercased() }
            names.append(([language] + rest).joined(separator: "_"))
        }
        if let region = usualRegion[language] { names.append(language + "_" + region) }
        names.append(language)
        for name in names where name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            let path = directory + "/hyph_" + name + ".dic"
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The places in `word` where it may break with a hyphen, as indices of the character that
    /// starts the next line (the hyphen goes before it), in order. `word` may carry punctuation
    /// at either end ("(government),"), which is left out of the count of letters.
    public func hyphenationPoints(in word: String) -> [String.Index] {
        // The letters between leading and trailing punctuation.
        // Bounded before anything walks the whole string: punctuation around a word is short.
        guard word.unicodeScalars.prefix(4 * Self.longestWord + 1).count <= 4 * Self.longestWord,
              let first = word.firstIndex(where: \.isLetter),
              let last = word.lastIndex(where: \.isLetter) else { return [] }
        let core = word[first...last]
        guard core.count <= Self.longestWord,
              !core.contains(where: { $0.isNumber || "@/:_.".contains($0) }) else { return [] }
        let letters = core.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) { return [] }

        // Hyphens the word has (and the author's soft hyphens) are its only breaks.
        let ownHyphens: Set<Character> = ["-", "\u{2010}"]
        if core.contains(where: { ownHyphens.contains($0) || $0 == "\u{00AD}" }) {
            let marks = core.contains(where: ownHyphens.contains) ? ownHyphens : ["\u{00AD}"]
            return core.indices.compactMap { i in
                guard marks.contains(core[i]) else { return nil }
                let next = core.index(after: i)
                let before = core[..<i].filter(\.isLetter).count, after = core[next...].filter(\.isLetter).count
                return before >= 2 && after >= 3 ? next : nil
            }
        }
        guard core.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "\u{2019}" }) else { return [] }
        return patternPoints(in: core)
    }

    /// The points libhyphen's patterns give for a run of letters (and apostrophes).
    private func patternPoints(in core: Substring) -> [String.Index] {
        // One code unit per Unicode scalar, lower-cased scalar by scalar so positions line up.
        let scalars = Array(core.unicodeScalars)
        var bytes: [CChar] = []
        for scalar in scalars {
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            let lower = mapping.count == 1 ? mapping.first! : scalar
            if isUTF8 {
                bytes += String(lower).utf8.map { CChar(bitPattern: $0) }
            } else {
                guard lower.value <= 0xFF else { return [] }
                bytes.append(CChar(bitPattern: UInt8(lower.value)))
            }
        }
        let size = bytes.count
        bytes.append(0)
        var hyphens = [CChar](repeating: 0, count: size + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let status = hnj_hyphen_hyphenate2(dictionary, bytes, Int32(size), &hyphens, nil,
                                           &replacements, &positions, &cuts)
        defer {
            // Non-standard breaks (a German "Schiff-fahrt") come with strings libhyphen allocated.
            if let replacements {
                for i in 0..<size { free(replacements[i]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        guard status == 0 else { return [] }

        // With UTF-8 patterns libhyphen reports per scalar, with 8-bit ones per byte: one per scalar.
        let unicodeIndices = Array(core.unicodeScalars.indices)
        var points: [String.Index] = []
        for n in 0..<(scalars.count - 1) where hyphens[n] & 1 == 1 {
            // Breaks that change the spelling around them cannot be set with a plain hyphen.
            if let replacements, replacements[n] != nil { continue }
            let index = unicodeIndices[n + 1]
            // Only between characters, and with 2 letters before and 3 after.
            guard let boundary = index.samePosition(in: core.base), boundary > core.startIndex else { continue }
            let before = core[..<boundary].filter(\.isLetter).count, after = core[boundary...].filter(\.isLetter).count
            if before >= 2 && after >= 3 { points.append(boundary) }
        }
        return points
    }
}
