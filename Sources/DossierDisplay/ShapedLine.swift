// ShapedLine: one line of text after shaping and line breaking, ready to be placed on a page.

/// Glyphs of a shaped line, owned by the text shaper that made them; renderers that know the
/// shaper draw them, others may draw `ShapedLine.text` instead.
public protocol ShapedGlyphs: AnyObject, Sendable {}

/// A link inside a shaped line, as a horizontal extent relative to the line's start.
public struct InlineLink: Hashable, Sendable {
    public var minX: Length
    public var maxX: Length
    public var target: LinkTarget
    public init(minX: Length, maxX: Length, target: LinkTarget) {
        self.minX = minX; self.maxX = maxX; self.target = target
    }
}

extension [InlineLink] {
    /// Adds the extent `minX..<maxX` of a link to `target`, lengthening the last link instead
    /// when it goes to the same target and ends where this extent starts.
    public mutating func append(target: LinkTarget, minX: Length, maxX: Length) {
        if let last = self.last, last.target == target, last.maxX.approximatelyEquals(minX) {
            self[count - 1].maxX = maxX
        } else {
            append(InlineLink(minX: minX, maxX: maxX, target: target))
        }
    }
}

/// One line of shaped text.
public struct ShapedLine: Sendable {
    /// The line's text, in logical order, for dumps, tests and text-only backends.
    public var text: String
    /// The horizontal offset of the line's ink from the left edge of the paragraph box
    /// (non-zero for centred, right-aligned and indented lines).
    public var x: Length
    /// The advance width of the line.
    public var width: Length
    /// The height above the baseline.
    public var ascent: Length
    /// The depth below the baseline (positive).
    public var descent: Length
    /// Links in the line.
    public var links: [InlineLink]
    /// The glyphs, for the renderer.
    public var glyphs: any ShapedGlyphs
    /// The part of the paragraph's plain text the line shows, as UTF-8 offsets (footnote calls
    /// and other marks find their line by it).
    public var sourceRange: Range<Int>

    public init(text: String, x: Length = .zero, width: Length, ascent: Length, descent: Length,
                links: [InlineLink] = [], glyphs: any ShapedGlyphs, sourceRange: Range<Int>? = nil) {
        self.text = text; self.x = x; self.width = width; self.ascent = ascent
        self.descent = descent; self.links = links; self.glyphs = glyphs
        self.sourceRange = sourceRange ?? 0..<text.utf8.count
    }
}

/// Glyphs of a line that has no real shaper behind it (tests, text-only dumps).
public final class PlainGlyphs: ShapedGlyphs {
    public init() {}
}

/// A paragraph after shaping: its lines, top to bottom, with the leading they were set at.
public struct ShapedParagraph: Sendable {
    public var lines: [ShapedLine]
    public var leading: Length
    public init(lines: [ShapedLine], leading: Length) { self.lines = lines; self.leading = leading }
    /// The height of the paragraph: one leading per line.
    public var height: Length { leading * Double(lines.count) }
}
