// ShapedText: a paragraph itemized and shaped but not yet broken into lines.

/// A paragraph after itemizing and shaping: its pieces in logical order and the places where a
/// line may break. A line breaker turns it into lines without shaping again.
public struct ShapedText: Sendable {
    /// The paragraph's plain text, UTF-8; every range below is an offset into it.
    public var text: [UInt8]
    /// The pieces, in logical order, covering the text without gaps.
    public var pieces: [TextPiece]
    /// Where lines may break inside or between pieces, by offset, in increasing order.
    /// Breaks after a line-break piece are implied and not listed.
    public var breaks: [TextBreak]
    /// The paragraph's bidi level: 0 left to right, 1 right to left.
    public var baseLevel: UInt8
    /// The height above the baseline of a line with no glyphs, from the paragraph's first style.
    public var ascent: Length
    /// The depth below the baseline of a line with no glyphs.
    public var descent: Length

    public init(text: [UInt8], pieces: [TextPiece], breaks: [TextBreak], baseLevel: UInt8, ascent: Length,
                descent: Length) {
        self.text = text; self.pieces = pieces; self.breaks = breaks; self.baseLevel = baseLevel
        self.ascent = ascent; self.descent = descent
    }

    /// Whether lines run right to left.
    public var isRightToLeft: Bool { baseLevel & 1 == 1 }
}

/// A word, a run of spaces or a line break, shaped as one piece in one style.
public struct TextPiece: Sendable {
    /// What a piece is, for line breaking.
    public enum Kind: Sendable, Hashable {
        /// Text between spaces (it may hold break opportunities of its own, as after a hyphen).
        case word
        /// White space between words: stretches in justified lines, dropped at line ends.
        case space
        /// A forced line break (a newline).
        case lineBreak
    }

    public var kind: Kind
    /// The piece's text in the paragraph.
    public var range: Range<Int>
    /// The bidi embedding level (even: left to right, odd: right to left).
    public var level: UInt8
    /// The index of the `StyledText` span the piece belongs to.
    public var span: Int
    /// The glyphs; their text is exactly the piece's text. Nil for line breaks.
    public var run: GlyphRun?
    /// The hyphen to add where a line breaks at one of the piece's hyphenation points.
    public var hyphen: GlyphRun?

    public init(kind: Kind, range: Range<Int>, level: UInt8, span: Int, run: GlyphRun?, hyphen: GlyphRun? = nil) {
        self.kind = kind; self.range = range; self.level = level; self.span = span; self.run = run
        self.hyphen = hyphen
    }
}

/// A place where a line may break.
public struct TextBreak: Sendable, Hashable {
    /// Why a line may break here.
    public enum Kind: Sendable, Hashable {
        /// A break opportunity of the Unicode line breaking rules (UAX #14): after spaces, after
        /// a hyphen or a dash, between ideographs.
        case allowed
        /// A hyphenation point inside a word: breaking here adds a hyphen.
        case hyphenation
    }

    /// The offset in the text the next line would start at.
    public var offset: Int
    public var kind: Kind

    public init(offset: Int, kind: Kind) { self.offset = offset; self.kind = kind }
}
