// GlyphLine: the glyphs of a broken line, as positioned references into shaped pieces.

/// The glyphs of one line: ranges of shared `GlyphRun`s placed along the baseline in visual
/// order, with the colour and rise they are drawn in. Lines refer to the pieces rather than
/// copying their glyphs. Sendable: nothing changes after creation.
public final class GlyphLine: ShapedGlyphs {
    /// Glyphs of one piece placed on the line.
    public struct Part: Sendable {
        /// The piece.
        public var run: GlyphRun
        /// The glyphs drawn: `run.glyphs[start ..< end]`.
        public var start: Int32, end: Int32
        /// Where the first glyph's pen position is, from the line's left end, in points.
        public var x: Double

        public init(run: GlyphRun, glyphs: Range<Int>, x: Double) {
            self.run = run; self.start = Int32(glyphs.lowerBound); self.end = Int32(glyphs.upperBound); self.x = x
        }

        /// The glyphs drawn, as a range.
        public var glyphs: Range<Int> { Int(start)..<Int(end) }
    }

    /// How the parts from `firstPart` on (until the next paint) are drawn.
    public struct Paint: Sendable, Hashable {
        public var firstPart: Int
        public var color: Color
        /// How far the glyphs are raised above the baseline (superscripts).
        public var rise: Length

        public init(firstPart: Int, color: Color, rise: Length) {
            self.firstPart = firstPart; self.color = color; self.rise = rise
        }
    }

    /// The parts, left to right.
    public let parts: [Part]
    /// The part that is a hyphen added at a hyphenated line end: drawn, but not part of the
    /// text, so copying and searching see the word whole.
    public let addedHyphen: Int?
    // Most lines have one paint: it is kept inline, so they allocate no array for it (a long
    // document holds every line until its pages are written).
    private let firstPaint: Paint?
    private let laterPaints: [Paint]

    /// Creates a line; `paints` go by increasing `firstPart`, the first starting at part 0.
    public init(parts: [Part], paints: [Paint], addedHyphen: Int? = nil) {
        self.parts = parts; self.addedHyphen = addedHyphen
        firstPaint = paints.first
        laterPaints = paints.count > 1 ? Array(paints.dropFirst()) : []
    }

    /// The number of paints.
    public var paintCount: Int { firstPaint == nil ? 0 : 1 + laterPaints.count }

    /// The paint at `index` (0 ..< `paintCount`); black on the baseline for a line given none.
    public func paint(_ index: Int) -> Paint {
        guard index > 0 else { return firstPaint ?? Paint(firstPart: 0, color: .black, rise: .zero) }
        return laterPaints[index - 1]
    }
}
