// FixedWidthShaper: a text shaper with fixed metrics and no font library, for tests.

/// Shapes text as if every character were `advance × size` wide, breaking at spaces. Layout
/// tests use it so their geometry does not depend on fonts.
public final class FixedWidthShaper: TextShaper {
    /// The width of one character, as a fraction of the font size.
    public let advance: Double

    public init(advance: Double = 0.5) { self.advance = advance }

    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        let size = text.spans.map(\.style.size).max() ?? .pt(10)
        let charWidth = size * advance
        let maxChars = format.width.isFinite ? max(1, Int((format.width / charWidth).rounded(.down))) : Int.max
        var lines: [ShapedLine] = []
        var current = ""
        func flush() {
            let width = charWidth * Double(current.count)
            var x = Length.zero
            if format.width.isFinite {
                switch format.alignment {
                case .center: x = (format.width - width) / 2
                case .end: x = format.width - width
                case .start, .justify: break
                }
            }
            lines.append(ShapedLine(text: current, x: x, width: width, ascent: size * 0.8, descent: size * 0.2,
                                    glyphs: PlainGlyphs()))
            current = ""
        }
        for hardLine in text.plainText.split(separator: "\n", omittingEmptySubsequences: false) {
            for word in hardLine.split(separator: " ") {
                var word = Substring(word)
                while word.count > maxChars {
                    if !current.isEmpty { flush() }
                    current = String(word.prefix(maxChars)); flush()
                    word = word.dropFirst(maxChars)
                }
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if candidate.count > maxChars { flush(); current = String(word) } else { current = candidate }
            }
            flush()
        }
        return ShapedParagraph(lines: lines, leading: format.leading)
    }
}
