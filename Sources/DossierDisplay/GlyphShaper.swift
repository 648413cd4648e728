// GlyphShaper: the interface through which text is itemized and shaped without being broken.

/// Itemizes styled text (script, direction, font and fallback) and shapes it into pieces, with
/// the places where lines may break; line breaking is left to the caller. The command line
/// tool wires in the Pango implementation; tests may use `FixedWidthShaper`.
public protocol GlyphShaper: AnyObject, Sendable {
    /// Shapes `text` for a paragraph in `format` (its language, direction and hyphenation);
    /// the width is not used.
    func prepare(_ text: StyledText, format: ParagraphFormat) throws -> ShapedText

    /// Returns the natural width of `text` on one line (the widest line if it holds newlines).
    func measure(_ text: StyledText) throws -> Length
}
