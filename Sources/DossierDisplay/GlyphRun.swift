// GlyphRun: one piece of text (a word, a space) shaped once and shared by every line that shows it.

/// The glyphs of one piece of text in one font and direction, as the shaper returned them.
/// Pieces are shaped once and cached, and lines refer to them (or to a range of their glyphs)
/// rather than copying glyphs, so a word that appears a thousand times is held once.
///
/// Positions are in units of 1/1024 point. Sendable: nothing changes after creation.
public final class GlyphRun: Sendable {
    /// Units per point of `advances` and the offsets.
    public static let unitsPerPoint = 1024.0
    /// The glyph id of a glyph that takes its place but is never drawn (a zero-width joiner or
    /// non-joiner, a bidi control, a soft hyphen).
    public static let invisible = UInt32.max

    /// The font the glyphs belong to.
    public let font: any GlyphFont
    /// The piece's text, UTF-8.
    public let text: [UInt8]
    /// Glyph ids, in visual order (left to right).
    public let glyphs: [UInt32]
    /// Each glyph's advance.
    public let advances: [Int32]
    /// Each glyph's horizontal offset from its pen position; empty when all are zero.
    public let xOffsets: [Int32]
    /// Each glyph's vertical offset (downwards); empty when all are zero.
    public let yOffsets: [Int32]
    /// For each glyph, the UTF-8 offset in `text` where its cluster starts.
    public let clusters: [Int32]
    /// Whether the glyphs run right to left: clusters then fall from the first glyph to the last.
    public let rightToLeft: Bool
    /// The sum of the advances.
    public let width: Int

    /// Creates a run; `xOffsets` and `yOffsets` may be empty when all are zero.
    public init(font: any GlyphFont, text: [UInt8], glyphs: [UInt32], advances: [Int32], xOffsets: [Int32] = [],
                yOffsets: [Int32] = [], clusters: [Int32], rightToLeft: Bool) {
        precondition(advances.count == glyphs.count && clusters.count == glyphs.count, "one advance and cluster per glyph")
        self.font = font; self.text = text; self.glyphs = glyphs; self.advances = advances
        self.xOffsets = xOffsets.allSatisfy { $0 == 0 } ? [] : xOffsets
        self.yOffsets = yOffsets.allSatisfy { $0 == 0 } ? [] : yOffsets
        self.clusters = clusters; self.rightToLeft = rightToLeft
        self.width = advances.reduce(0) { $0 + Int($1) }
    }

    /// The advance of all glyphs as a length.
    public var advance: Length { .pt(Double(width) / Self.unitsPerPoint) }

    /// The glyphs whose clusters start inside `bytes` (offsets into `text`): a contiguous range
    /// in either direction, found by binary search so long pieces cost no more than short ones.
    public func glyphRange(bytes: Range<Int>) -> Range<Int> {
        if rightToLeft {
            // Clusters fall along the glyphs: those in the range lie between the first glyph
            // below the upper bound and the first below the lower one.
            return firstGlyph { Int($0) < bytes.upperBound } ..< firstGlyph { Int($0) < bytes.lowerBound }
        }
        return firstGlyph { Int($0) >= bytes.lowerBound } ..< firstGlyph { Int($0) >= bytes.upperBound }
    }

    /// The text covered by a range of glyphs (the inverse of `glyphRange(bytes:)`).
    public func byteRange(glyphs range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        if rightToLeft {
            let end = range.lowerBound > 0 ? Int(clusters[range.lowerBound - 1]) : text.count
            return Int(clusters[range.upperBound - 1])..<end
        }
        let end = range.upperBound < clusters.count ? Int(clusters[range.upperBound]) : text.count
        return Int(clusters[range.lowerBound])..<end
    }

    /// The summed advance of a range of glyphs, in units.
    public func width(of range: Range<Int>) -> Int {
        if range == 0..<glyphs.count { return width }
        var sum = 0
        for i in range { sum += Int(advances[i]) }
        return sum
    }

    /// The first glyph index whose cluster satisfies `predicate`, which must be false for a
    /// prefix of the glyphs and true after it; `glyphs.count` if none does.
    private func firstGlyph(where predicate: (Int32) -> Bool) -> Int {
        var low = 0, high = clusters.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(clusters[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
