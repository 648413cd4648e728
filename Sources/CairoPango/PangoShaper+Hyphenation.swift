// PangoShaper+Hyphenation: where words may be hyphenated, and the hyphen a hyphenated line ends with.
import CCairo
import DossierDisplay

/// Finds hyphenation points in the words of a paragraph. Only plain words are hyphenated: a
/// word holding digits, a URL or an identifier (slashes, `@`, `:`, `_`, dots inside, hyphens)
/// keeps whole, and so does one in capitals (an acronym). At least two letters stay before a
/// hyphen and three go after it.
struct WordHyphenation {
    static let leftMinimum = 2
    static let rightMinimum = 3

    /// The points of one run of letters, as character offsets in it (0 < offset < count).
    let points: (String) -> [Int]

    /// The hyphenation points of a word piece, as UTF-8 offsets into `word`.
    func offsets(in word: ArraySlice<UInt8>) -> [Int] {
        let text = String(decoding: word, as: UTF8.self)
        guard Self.mayHyphenate(text) else { return [] }
        var result: [Int] = []
        // Runs of letters: quotes, apostrophes and trailing punctuation stay outside them.
        var run = "", runStart = 0, offset = 0
        func flush() {
            defer { run = "" }
            let count = run.count
            guard count >= Self.leftMinimum + Self.rightMinimum,
                  run.contains(where: { $0.isLowercase }) else { return }
            var utf8 = 0, index = 0
            var byOffset: [Int] = [0]
            for character in run { utf8 += character.utf8.count; index += 1; byOffset.append(utf8) }
            for point in points(run).sorted() where point >= Self.leftMinimum && count - point >= Self.rightMinimum {
                result.append(runStart + byOffset[point])
            }
        }
        for character in text {
            if character.isLetter {
                if run.isEmpty { runStart = offset }
                run.append(character)
            } else {
                flush()
            }
            offset += character.utf8.count
        }
        flush()
        return result
    }

    /// Whether a word may be hyphenated at all.
    static func mayHyphenate(_ word: String) -> Bool {
        // Longer than any dictionary word: a code, an address.
        guard word.utf8.count <= 64 else { return false }
        var letters = 0
        var afterDot = false
        for character in word {
            if character.isNumber { return false }
            if "/@:_=\\#%&+~<>|-\u{2010}\u{2011}\u{AD}".contains(character) { return false }
            // A dot between letters: an address or an abbreviation.
            if afterDot && character.isLetter { return false }
            afterDot = character == "."
            if character.isLetter { letters += 1 }
        }
        return letters >= leftMinimum + rightMinimum
    }
}

extension PangoShaper {
    /// The hyphen for words of an item: "-" shaped with the item's analysis, from the cache.
    /// Call with the lock held.
    func hyphen(for analysis: PangoAnalysis) throws -> GlyphRun {
        guard let font = analysis.font else { throw ShapingError.pango("an item without a font") }
        let text: [UInt8] = [0x2D]
        let key = ShapingKey(font: UInt(bitPattern: font), script: Int32(analysis.script),
                             language: UInt(bitPattern: analysis.language),
                             mode: UInt32(analysis.level & 1) << 8 | UInt32(analysis.flags), letterSpacing: 0, text: text)
        if let known = cache.run(for: key) { return known }
        guard let glyphString = pango_glyph_string_new() else { throw ShapingError.pango("pango_glyph_string_new") }
        defer { pango_glyph_string_free(glyphString) }
        withUnsafePointer(to: analysis) { analysis in
            "-".withCString { pango_shape_with_flags($0, 1, $0, 1, analysis, glyphString, PANGO_SHAPE_NONE) }
        }
        var glyphs: [UInt32] = [], advances: [Int32] = [], clusters: [Int32] = []
        if let infos = glyphString.pointee.glyphs {
            for i in 0..<Int(glyphString.pointee.num_glyphs) {
                let glyph = infos[i].glyph
                glyphs.append(glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 || glyph == PANGO_GLYPH_EMPTY ? 0 : glyph)
                advances.append(infos[i].geometry.width)
                clusters.append(0)
            }
        }
        let run = GlyphRun(font: glyphFont(font), text: text, glyphs: glyphs, advances: advances, clusters: clusters,
                           rightToLeft: analysis.level & 1 == 1)
        cache.insert(run, for: key)
        return run
    }
}

extension PangoShaper {
    /// How words of `language` are hyphenated; nil for a language without patterns.
    func wordHyphenation(for language: String?) -> WordHyphenation? {
        nil
    }
}
