// PangoShaper+Hyphenation: where words may be hyphenated, and the hyphen a hyphenated line ends with.
import CCairo
import DossierDisplay

/// A word in a language, for the cache of hyphenation points.
struct HyphenationKey: Hashable {
    var language: String
    var word: [UInt8]
}

/// Finds hyphenation points in the word pieces of a paragraph with a `Hyphenator`, which keeps
/// words with digits, addresses, identifiers and acronyms whole. Breaks after a word's own
/// hyphen or soft hyphen are left out: they are break opportunities already, and no hyphen is
/// added there.
struct WordHyphenation {
    let hyphenator: Hyphenator

    /// The hyphenation points of a word piece, as UTF-8 offsets into `word`.
    func offsets(in word: ArraySlice<UInt8>) -> [Int] {
        let text = String(decoding: word, as: UTF8.self)
        return hyphenator.hyphenationPoints(in: text).compactMap { index in
            guard index > text.startIndex else { return nil }
            let before = text[text.index(before: index)]
            guard before != "-", before != "\u{2010}", before != "\u{AD}" else { return nil }
            return text.utf8.distance(from: text.startIndex, to: index)
        }
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
    /// How words of `language` are hyphenated; nil for a language without patterns. The
    /// patterns of each language are loaded once. Call with the lock held.
    func wordHyphenation(for language: String?) -> WordHyphenation? {
        guard let language, !language.isEmpty else { return nil }
        if let known = hyphenators[language] { return known.map(WordHyphenation.init) }
        let hyphenator = Hyphenator(language: language)
        hyphenators[language] = .some(hyphenator)
        return hyphenator.map(WordHyphenation.init)
    }

    /// The hyphenation points of a word, found once per language and word: words repeat far more
    /// than they differ. Call with the lock held.
    func hyphenationPoints(in word: ArraySlice<UInt8>, language: String, with words: WordHyphenation) -> [Int] {
        let key = HyphenationKey(language: language, word: Array(word))
        if let known = hyphenationCache[key] { return known }
        let points = words.offsets(in: word)
        if hyphenationCache.count >= Self.hyphenationCacheLimit { hyphenationCache.removeAll(keepingCapacity: true) }
        hyphenationCache[key] = points
        return points
    }
}
