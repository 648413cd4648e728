// BreakItem: the boxes, glue and penalties a paragraph is made of for line breaking (Knuth & Plass 1981).

/// One element of a paragraph for line breaking (Knuth & Plass 1981): widths in points.
///
/// A glue's stretch may be `Double.infinity` for glue that fills whatever is left (TeX's `fil`), as
/// the paragraph's end does (see `paragraphEnd`). Widths that are not finite (NaN, ±∞), negative
/// stretch or shrink, and NaN costs are read as zero, so hostile input cannot poison the sums.
public enum BreakItem: Sendable, Hashable {
    /// Unbreakable material, such as a word or a piece of one.
    case box(width: Double)
    /// A space: a legal break if it follows a box; discarded at the start of a line.
    case glue(width: Double, stretch: Double, shrink: Double)
    /// A break opportunity: a hyphenation point is `flagged` with the width of the hyphen it adds;
    /// a cost of +10000 or more forbids a break here, −10000 or less forces one.
    case penalty(width: Double, cost: Double, flagged: Bool)

    /// The cost at or above which a penalty forbids a break (TeX's infinite penalty).
    public static let forbidden: Double = 10000
    /// The cost at or below which a penalty forces a break.
    public static let forced: Double = -10000

    /// Ends a paragraph with a ragged last line, as TeX's `\parfillskip` does: a forbidden break,
    /// glue that fills the rest of the line, and a forced break.
    public static let paragraphEnd: [BreakItem] = [
        .penalty(width: 0, cost: forbidden, flagged: false),
        .glue(width: 0, stretch: .infinity, shrink: 0),
        .penalty(width: 0, cost: forced, flagged: false),
    ]

    /// Returns `items` with trailing glue and penalties removed and `paragraphEnd` appended, so the
    /// last line ends with its last word and is set ragged; indices of the kept items do not change.
    public static func endingParagraph(_ items: [BreakItem]) -> [BreakItem] {
        var kept = items[...]
        while let last = kept.last, !last.isBox { kept = kept.dropLast() }
        return Array(kept) + paragraphEnd
    }

    /// Whether this item is a box.
    public var isBox: Bool {
        if case .box = self { return true }
        return false
    }
}
