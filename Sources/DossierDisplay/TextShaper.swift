// TextShaper: the one interface through which layout and charts measure and break text.

/// Shapes styled text into lines. The layout engine and the charts are handed one; the command
/// line tool wires in DossierLayout's `Typesetter` over the Pango `GlyphShaper`, tests may use a
/// fixed-metric one.
public protocol TextShaper: AnyObject, Sendable {
    /// Shapes `text` and breaks it into lines of at most `format.width`.
    func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph

    /// Returns the natural width of `text` on one line.
    func measure(_ text: StyledText) throws -> Length
}

extension TextShaper {
    /// Shapes `text` on a single unbroken line.
    public func shapeLine(_ text: StyledText, leading: Length? = nil) throws -> ShapedLine {
        let size = text.spans.first?.style.size ?? .pt(10)
        let paragraph = try shape(text, format: ParagraphFormat(width: .infinity, leading: leading ?? size * 1.2))
        if let line = paragraph.lines.first { return line }
        return ShapedLine(text: "", width: .zero, ascent: size * 0.8, descent: size * 0.2, glyphs: PlainGlyphs())
    }

    public func measure(_ text: StyledText) throws -> Length {
        try shapeLine(text).width
    }
}
