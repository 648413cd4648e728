// LineBreakSettings: the parameters of Knuth–Plass line breaking, named and valued as in TeX.

/// The parameters of Knuth–Plass line breaking; badness, penalties and demerits are on TeX's scales.
public struct LineBreakSettings: Sendable, Hashable {
    /// The largest badness (100 × |ratio|³, at most 10000) a line may have: TeX's `\tolerance`.
    /// 100 allows ratios up to 1, 200 up to about 1.26, 1000 up to about 2.15.
    public var tolerance: Double
    /// If set, a first pass tries this badness limit with no break at a flagged penalty, and the
    /// paragraph is left unhyphenated when that succeeds (TeX's `\pretolerance`).
    public var pretolerance: Double?
    /// Points of extra stretch every line may count on in a pass run when the others fail
    /// (TeX's `\emergencystretch`); 0 skips that pass. About 1.5–3 em suits body text.
    public var emergencyStretch: Double
    /// How many lines more (positive) or fewer (negative) than the optimum the paragraph should
    /// have, when it can (TeX's `\looseness`); 0 for the best-looking paragraph.
    public var looseness: Int
    /// Demerits added to every line's badness before squaring, to prefer fewer lines
    /// (TeX's `\linepenalty`).
    public var linePenalty: Double
    /// The cost `ParagraphItems` gives a hyphenation point's penalty (TeX's `\hyphenpenalty`); the
    /// breaker itself reads each penalty's own cost.
    public var hyphenPenalty: Double
    /// Demerits added when two lines in a row end at flagged penalties, that is with hyphens
    /// (TeX's `\doublehyphendemerits`).
    public var flaggedDemerits: Double
    /// Demerits added when the penultimate line ends with a hyphen (TeX's `\finalhyphendemerits`).
    public var finalHyphenDemerits: Double
    /// Demerits added when adjacent lines' fitness classes (tight, decent, loose, very loose)
    /// differ by more than one (TeX's `\adjdemerits`).
    public var fitnessDemerits: Double
    /// The most lines in a row that may end with a hyphen.
    public var maxConsecutiveHyphens: Int

    /// Sets every parameter; the defaults are those of `standard`.
    public init(tolerance: Double = 200, pretolerance: Double? = 100, emergencyStretch: Double = 0,
                looseness: Int = 0, linePenalty: Double = 10, hyphenPenalty: Double = 50,
                flaggedDemerits: Double = 3000, finalHyphenDemerits: Double = 5000,
                fitnessDemerits: Double = 3000, maxConsecutiveHyphens: Int = 2) {
        self.tolerance = tolerance
        self.pretolerance = pretolerance
        self.emergencyStretch = emergencyStretch
        self.looseness = looseness
        self.linePenalty = linePenalty
        self.hyphenPenalty = hyphenPenalty
        self.flaggedDemerits = flaggedDemerits
        self.finalHyphenDemerits = finalHyphenDemerits
        self.fitnessDemerits = fitnessDemerits
        self.maxConsecutiveHyphens = maxConsecutiveHyphens
    }

    /// Plain TeX's pretolerance (100) and tolerance (200), line penalty 10 and hyphen penalty 50,
    /// with Knuth & Plass's 3000 demerits for double hyphens and fitness jumps, no emergency
    /// stretch, and at most two hyphenated lines in a row.
    public static let standard = LineBreakSettings()
}
