// FixedWidthShaper: a text shaper with fixed metrics and no font library, for tests.

/// Shapes text as if every character were `advance × size` wide, breaking at spaces. Layout
/// tests use it so their geometry does not depend on fonts; links keep their extents.
public final class FixedWidthShaper: TextShaper {
    /// The width of one character, as a fraction of the font size.
    public let advance: Double

    public init(advance: Double = 0.5) { self.advance = advance }

    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        let size = text.spans.map(\.style.size).max() ?? .pt(10)
        let charWidth = size * advance
        let maxChars = format.width.isFinite ? max(1, Int((format.width / charWidth).rounded(.down))) : Int.max
        typealias Glyph = (character: Character, link: LinkTarget?)
        let glyphs: [Glyph] = text.spans.flatMap { span in span.text.map { ($0, span.link) } }

        var lines: [ShapedLine] = []
        func emit(_ line: [Glyph]) {
            let width = charWidth * Double(line.count)
            var x = Length.zero
            if format.width.isFinite {
                switch format.alignment {
                case .center: x = (format.width - width) / 2
                case .end: x = format.width - width
                case .start, .justify: break
                }
            }
            var links: [InlineLink] = []
            for (i, g) in line.enumerated() {
                guard let target = g.link else { continue }
                let minX = x + charWidth * Double(i), maxX = minX + charWidth
                if let last = links.last, last.target == target, last.maxX.approximatelyEquals(minX) {
                    links[links.count - 1].maxX = maxX
                } else {
                    links.append(InlineLink(minX: minX, maxX: maxX, target: target))
                }
            }
            lines.append(ShapedLine(text: String(line.map(\.character)), x: x, width: width, ascent: size * 0.8,
                                    descent: size * 0.2, links: links, glyphs: PlainGlyphs()))
        }
        for hardLine in glyphs.split(omittingEmptySubsequences: false, whereSeparator: { $0.character == "\n" }) {
            var current: [Glyph] = []
            for word in hardLine.split(whereSeparator: { $0.character == " " }) {
                var word = Array(word)
                while word.count > maxChars {
                    if !current.isEmpty { emit(current); current = [] }
                    emit(Array(word.prefix(maxChars)))
                    word.removeFirst(maxChars)
                }
                let joined = current.isEmpty ? word : current + [(" ", current.last?.link == word.first?.link ? word.first?.link : nil)] + word
                if joined.count > maxChars { emit(current); current = word } else { current = joined }
            }
            emit(current)
        }
        return ShapedParagraph(lines: lines, leading: format.leading)
    }
}
