// LineBreak: where a line ends, and how much its glue must stretch or shrink to fill the measure.

/// The end of one line chosen by `LineBreaker`.
public struct LineBreak: Sendable, Hashable {
    /// The index in the items of the glue or penalty the line ends at, or the number of items for
    /// a paragraph that does not end with a forced break.
    public var position: Int
    /// The line's adjustment ratio for justifying it: the fraction of its glue's stretch (positive)
    /// or shrink (negative) to use. At least −1; above 1 the line is looser than its glue allows.
    /// 0 for a line whose glue cannot stretch (it stays short) and for one with infinite stretch.
    public var ratio: Double
    /// Whether the line ends at a flagged penalty (a hyphen).
    public var hyphenated: Bool
    /// Whether the line is wider than its measure even with its glue fully shrunk. Only a paragraph
    /// with no other way to break gives such a line; the caller must then break inside a box, for
    /// example by splitting a word into characters with zero-cost penalties between them.
    public var overfull: Bool

    /// Makes a line end.
    public init(position: Int, ratio: Double, hyphenated: Bool, overfull: Bool = false) {
        self.position = position
        self.ratio = ratio
        self.hyphenated = hyphenated
        self.overfull = overfull
    }
}
