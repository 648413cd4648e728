// GlyphFont: a font that shaped glyphs refer to, loaded and owned by the shaper that made them.

/// A font glyphs are drawn in. The shaper that loaded it also draws with it; other code only
/// reads its line metrics.
public protocol GlyphFont: AnyObject, Sendable {
    /// The height of a line box above the baseline, for text set in this font.
    var ascent: Length { get }
    /// The depth of a line box below the baseline (positive).
    var descent: Length { get }
}
