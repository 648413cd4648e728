// FixedWidthShaper: a text shaper with fixed metrics and no font library, for tests.

/// Shapes text as if every character were `advance × size` wide, breaking at spaces. Layout
/// tests use it so their geometry does not depend on fonts; links keep their extents. As a
/// `GlyphShaper` it gives one glyph per character and breaks after spaces, so line breaking
/// can be tested without fonts too.
public final class FixedWidthShaper: TextShaper, GlyphShaper {
    /// The width of one character, as a fraction of the font size.
    public let advance: Double

    public init(advance: Double = 0.5) { self.advance = advance }

    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        let size = text.spans.map(\.style.size).max() ?? .pt(10)
        let charWidth = size * advance
        let maxChars = format.width.isFinite ? max(1, Int((format.width / charWidth).rounded(.down))) : Int.max
        typealias Glyph = (character: Character, link: LinkTarget?, offset: Int)
        var glyphs: [Glyph] = []
        var offset = 0
        for span in text.spans {
            for character in span.text {
                glyphs.append((character, span.link, offset))
                offset += character.utf8.count
            }
        }

        var lines: [ShapedLine] = []
        func emit(_ line: [Glyph], at start: Int) {
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
                links.append(target: target, minX: minX, maxX: maxX)
            }
            let range = (line.first?.offset ?? start)..<(line.last.map { $0.offset + $0.character.utf8.count } ?? start)
            lines.append(ShapedLine(text: String(line.map(\.character)), x: x, width: width, ascent: size * 0.8,
                                    descent: size * 0.2, links: links, glyphs: PlainGlyphs(), sourceRange: range))
        }
        for hardLine in glyphs.split(omittingEmptySubsequences: false, whereSeparator: { $0.character == "\n" }) {
            let lineStart = hardLine.first?.offset ?? hardLine.startIndex
            var current: [Glyph] = []
            for word in hardLine.split(whereSeparator: { $0.character == " " }) {
                var word = Array(word)
                while word.count > maxChars {
                    if !current.isEmpty { emit(current, at: lineStart); current = [] }
                    emit(Array(word.prefix(maxChars)), at: lineStart)
                    word.removeFirst(maxChars)
                }
                let space: Glyph = (" ", current.last?.link == word.first?.link ? word.first?.link : nil,
                                    current.last.map { $0.offset + $0.character.utf8.count } ?? 0)
                let joined = current.isEmpty ? word : current + [space] + word
                if joined.count > maxChars { emit(current, at: lineStart); current = word } else { current = joined }
            }
            emit(current, at: lineStart)
        }
        return ShapedParagraph(lines: lines, leading: format.leading)
    }

    /// Pieces of one glyph per character, `advance × size` wide; lines may break after spaces.
    public func prepare(_ text: StyledText, format: ParagraphFormat) throws -> ShapedText {
        var pieces: [TextPiece] = [], breaks: [TextBreak] = []
        var bytes: [UInt8] = []
        for (index, span) in text.spans.enumerated() {
            let font = FixedWidthFont(size: span.style.shapedSize)
            let unit = Int32((span.style.shapedSize.points * advance * GlyphRun.unitsPerPoint).rounded())
            var pending: [Character] = []
            var kind = TextPiece.Kind.word
            func flush() {
                guard !pending.isEmpty else { return }
                let start = bytes.count
                let pieceText = Array(String(pending).utf8)
                bytes += pieceText
                if kind == .lineBreak {
                    pieces.append(TextPiece(kind: .lineBreak, range: start..<bytes.count, level: 0, span: index, run: nil))
                } else {
                    var clusters: [Int32] = [], offset: Int32 = 0
                    for character in pending { clusters.append(offset); offset += Int32(character.utf8.count) }
                    let run = GlyphRun(font: font, text: pieceText, glyphs: pending.map { UInt32($0.unicodeScalars.first?.value ?? 0) },
                                       advances: Array(repeating: unit, count: pending.count), clusters: clusters,
                                       rightToLeft: false)
                    pieces.append(TextPiece(kind: kind, range: start..<bytes.count, level: 0, span: index, run: run))
                    if kind == .space { breaks.append(TextBreak(offset: bytes.count, kind: .allowed)) }
                }
                pending = []
            }
            for character in span.text {
                let next: TextPiece.Kind = character == "\n" ? .lineBreak : character == " " ? .space : .word
                if next != kind || next == .lineBreak { flush(); kind = next }
                pending.append(character)
            }
            flush()
        }
        // A break at the very end, or where a span starts with a space, is no break inside the text.
        breaks.removeAll { $0.offset >= bytes.count }
        let size = text.spans.first?.style.size ?? .pt(10)
        return ShapedText(text: bytes, pieces: pieces, breaks: breaks, baseLevel: 0, ascent: size * 0.8,
                          descent: size * 0.2)
    }

    public func measure(_ text: StyledText) throws -> Length {
        try shapeLine(text).width
    }
}

/// The metrics of `FixedWidthShaper`'s glyphs: ascent 0.8 and descent 0.2 of the size.
final class FixedWidthFont: GlyphFont {
    let ascent: Length, descent: Length
    init(size: Length) { ascent = size * 0.8; descent = size * 0.2 }
}
