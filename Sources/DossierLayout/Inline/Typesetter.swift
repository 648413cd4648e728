// Typesetter: the text shaper layout and charts are handed: a glyph shaper's pieces broken into lines here.

import DossierDisplay

/// Sets paragraphs from a `GlyphShaper`'s pieces: the shaper itemizes and shapes (once per
/// distinct word, through its cache), and the lines are broken and justified here, in Swift,
/// Knuth–Plass total fit for justified text and first fit for ragged text.
///
/// Sendable: it holds only the shaper, which is Sendable.
public final class Typesetter: TextShaper {
    /// The shaper pieces come from.
    public let shaper: any GlyphShaper

    /// Creates a typesetter over `shaper`.
    public init(_ shaper: any GlyphShaper) { self.shaper = shaper }

    /// Shapes `text` and breaks it into lines of at most `format.width`.
    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        guard !format.width.points.isNaN, format.width >= .zero else {
            throw InlineError.invalidWidth(format.width.points)
        }
        var format = format
        // Hyphenation evens out justified lines; ragged lines are left whole (soft hyphens still break).
        if format.alignment != .justify || !format.width.isFinite { format.hyphenate = false }
        let shaped = try shaper.prepare(text, format: format)
        let width = format.width.points
        let items = InlineItems(shaped, narrowest: min(width, width - format.firstLineIndent.points))
        let lines = InlineBreaks.lines(of: items, format: format, settings: Self.settings(for: text))
        return ShapedParagraph(lines: InlineLines(paragraph: items, text: text, format: format).build(lines),
                               leading: format.leading)
    }

    /// The line breaking settings for justified text: TeX's, with an emergency stretch of one and
    /// a half ems for paragraphs that cannot be set otherwise.
    static func settings(for text: StyledText) -> LineBreakSettings {
        var settings = LineBreakSettings.standard
        let size = text.spans.first?.style.size.points ?? 10
        settings.emergencyStretch = 1.5 * size
        return settings
    }

    /// Returns the natural width of `text` on one line (the widest line if it holds newlines).
    public func measure(_ text: StyledText) throws -> Length {
        try shaper.measure(text)
    }
}

/// A paragraph format that cannot be set.
public enum InlineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line width that is negative or not a number.
    case invalidWidth(Double)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .invalidWidth(let width): return "line width must be zero or more points, got \(width)"
        }
    }
}
