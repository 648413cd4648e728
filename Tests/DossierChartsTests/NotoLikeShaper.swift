// NotoLikeShaper: a fixed-width shaper with the tall line boxes of real fonts, for overlap tests.

import DossierDisplay

/// Shapes like `FixedWidthShaper` but reports Noto's ascent and descent (1.069 and 0.293 em),
/// whose line boxes are taller than the 1.2 em leading layouts usually use: a chart that
/// stacks lines by its own leading would overlap with real fonts and not with the fixed shaper.
final class NotoLikeShaper: TextShaper {
    private let base = FixedWidthShaper(advance: 0.55)

    func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        let size = text.spans.map(\.style.size).max() ?? .pt(10)
        var paragraph = try base.shape(text, format: format)
        for i in paragraph.lines.indices {
            paragraph.lines[i].ascent = size * 1.069
            paragraph.lines[i].descent = size * 0.293
        }
        return paragraph
    }
}
