// PangoShaper: the Pango implementation of GlyphShaper: text itemized and shaped into cached pieces.
import CCairo
import DossierDisplay

/// Itemizes and shapes text with Pango and HarfBuzz, using only the fonts of a `FontLibrary`.
/// Each distinct word (and run of spaces) in one font is shaped once and kept in a cache that
/// every paragraph shares; lines are broken elsewhere (`Typesetter` in DossierLayout) and refer
/// to the cached pieces.
///
/// Sendable (`@unchecked`), as `GlyphShaper` requires: the mutable state (the caches and the
/// font wrappers) and every Pango call are guarded by the font library's lock.
public final class PangoShaper: @unchecked Sendable {
    /// The fonts the shaper uses.
    public let fonts: FontLibrary
    let context: PangoContextHandle
    private var measureCache: [StyledText: Length] = [:]
    private static let measureCacheLimit = 4096
    /// Shaped pieces, shared by the lines that show them. Two generations of 4,096 hold the words
    /// in steady use; what falls out is mostly met once (web addresses, numbers, names): the
    /// 1,000-incident benchmark shapes as much as with 16,384 and holds 6 MB less (15 MB at 3,000).
    var cache = ShapingCache(limit: 4_096)
    /// One wrapper per Pango font that pieces are shaped in.
    var glyphFonts: [UInt: PangoGlyphFont] = [:]
    /// The hyphenation patterns of each language met (nil: none installed).
    var hyphenators: [String: Hyphenator?] = [:]
    /// Short texts already prepared, by text and format (see `prepare`).
    var prepared: [PreparedKey: ShapedText] = [:]
    /// The longest text kept prepared, in UTF-8 bytes, and how many are kept at most.
    static let preparedTextLimit = 64
    static let preparedLimit = 1024
    /// Each style's Latin font by language (nil: none has every Latin character), found once.
    var latinFonts: [LatinFontKey: LatinFont?] = [:]
    /// Hyphenation points by language and word.
    var hyphenationCache: [HyphenationKey: [Int]] = [:]
    static let hyphenationCacheLimit = 32_768

    /// Creates a shaper on the bundled fonts.
    public init(fonts: FontLibrary) throws {
        self.fonts = fonts
        self.context = try PangoContextHandle(fonts: fonts)
    }

    /// Returns the natural width of `text` on one line (the widest line if it holds newlines):
    /// the advances of its pieces, spaces included.
    public func measure(_ text: StyledText) throws -> Length {
        try Self.validate(text)
        if let known = fonts.withLock({ measureCache[text] }) { return known }
        let shaped = try prepare(text, format: ParagraphFormat(width: .infinity, leading: .zero, autoDirection: true))
        var widest = 0, line = 0
        for piece in shaped.pieces {
            if piece.kind == .lineBreak { line = 0 } else { line += piece.run?.width ?? 0 }
            widest = max(widest, line)
        }
        let width = Length.pt(Double(widest) / GlyphRun.unitsPerPoint)
        fonts.withLock {
            if measureCache.count >= Self.measureCacheLimit { measureCache.removeAll(keepingCapacity: true) }
            measureCache[text] = width
        }
        return width
    }

    /// Forgets every shaped piece, prepared text, measurement and hyphenation kept so far (the
    /// fonts stay): for the end of a layout, so the memory serves the steps after it. Lines shaped
    /// before keep their pieces; the next texts are shaped anew.
    public func emptyCaches() {
        fonts.withLock {
            measureCache = [:]
            cache = ShapingCache(limit: cache.limit)
            prepared = [:]
            hyphenationCache = [:]
        }
    }

    static func validate(_ text: StyledText) throws {
        for span in text.spans where !(span.style.size.points > 0 && span.style.size.isFinite) {
            throw ShapingError.invalidFontSize("\(span.style.size.points)")
        }
    }
}

/// A short text and the format it was prepared in: what a prepared text depends on.
struct PreparedKey: Hashable {
    var text: StyledText
    var format: ParagraphFormat
}
