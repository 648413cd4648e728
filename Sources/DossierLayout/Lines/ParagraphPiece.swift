// ParagraphPiece: a measured piece of a paragraph's text, as line breaking reads it.

/// A piece of a shaped paragraph: a word (or part of one), a space, a place where a word may be
/// hyphenated, or a forced line break; widths in points.
public struct ParagraphPiece: Sendable, Hashable {
    /// What the piece is to line breaking.
    public enum Kind: Sendable, Hashable {
        /// Text that stays on one line.
        case word
        /// A space between words: stretches and shrinks to justify a line, and may end one.
        case space
        /// A place inside a word where the line may end; `width` is that of the hyphen the break
        /// adds, 0 after a hyphen the word already has.
        case hyphenationPoint
        /// A line break the text asks for.
        case forcedBreak
    }

    /// The text of the piece ("" for a hyphenation point or forced break).
    public var text: String
    /// Its width, or for a hyphenation point the width of the hyphen added at a break there.
    public var width: Double
    public var kind: Kind

    /// Makes a piece.
    public init(_ text: String, width: Double, kind: Kind) {
        self.text = text
        self.width = width
        self.kind = kind
    }
}
