// LineBreaker: total-fit line breaking (Knuth & Plass 1981, as in TeX) over boxes, glue and penalties.

/// Chooses where a paragraph's lines end so that the paragraph as a whole looks best: the fewest
/// demerits summed over its lines, each line's from how far its glue stretches or shrinks, the
/// penalty it ends at, hyphens in a row and abrupt changes of spacing between lines.
public enum LineBreaker {
    /// Total-fit breaking; `lineWidth(i)` is the measure of line i (0-based), so first-line indents
    /// and shapes work.
    ///
    /// Passes run as in TeX, each only if the one before found nothing: without hyphens under
    /// `pretolerance`; with them under `tolerance`; then with `emergencyStretch`; then a last pass
    /// that accepts any line that is not too wide, preferring full ones (a line that cannot
    /// stretch is set short).
    /// Only when no sequence of breaks avoids an overfull line does it end one where the line
    /// first becomes too wide; that line is marked `overfull`, and breaking inside its boxes is
    /// the caller's job.
    ///
    /// Widths are read from `lineWidth` until 32 lines in a row have the same one (at most 1,024
    /// lines); every later line is taken to have that width, as TeX's `\parshape` repeats its last
    /// line. With a looseness other than 0 every line is read and each line count is kept apart,
    /// which costs more; a looseness no pass within the tolerance (or emergency stretch) can reach
    /// gives the best paragraph instead. An empty paragraph has no lines. The last line ends at the paragraph's
    /// last forced break, or at `items.count` if it has none; for a ragged last line end the items
    /// with `BreakItem.paragraphEnd` (see `BreakItem.endingParagraph`).
    ///
    /// Each pass takes time in proportion to the break opportunities times the active nodes; the
    /// nodes are at most 600 (the oldest go first past that, which only degenerate input such as
    /// thousands of zero-width items reaches), so no input makes it quadratic.
    public static func breaks(_ items: [BreakItem], lineWidth: (Int) -> Double,
                              settings: LineBreakSettings) -> [LineBreak] {
        guard !items.isEmpty else { return [] }
        let paragraph = BreakableParagraph(items)
        let exactLines = settings.looseness != 0
        let shape = exactLines ? LineShape(lineWidth, lines: paragraph.breaks.count + 1) : LineShape(lineWidth)
        let tolerance = settings.tolerance.isNaN ? 0 : settings.tolerance
        let emergency = BreakableParagraph.positive(settings.emergencyStretch)

        var modes: [BreakPass.Mode] = []
        if let pretolerance = settings.pretolerance, pretolerance >= 0 {
            modes.append(.init(threshold: pretolerance, hyphenate: false, background: 0, final: false))
        }
        modes.append(.init(threshold: tolerance, hyphenate: true, background: 0, final: false))
        if emergency > 0 {
            modes.append(.init(threshold: tolerance, hyphenate: true, background: emergency, final: false))
        }
        modes.append(.init(threshold: .infinity, hyphenate: true, background: emergency, final: true))

        for mode in modes {
            // The final pass takes any line that is not too wide, so keeping every line count apart
            // there would multiply the nodes without bound: looseness gives way to the best paragraph.
            var passSettings = settings
            if mode.final { passSettings.looseness = 0 }
            let pass = BreakPass(paragraph: paragraph, shape: shape, settings: passSettings, mode: mode,
                                 exactLines: exactLines && !mode.final)
            if let outcome = pass.run(), outcome.loosenessMet || mode.final { return outcome.breaks }
        }
        // The final pass always ends somewhere; this keeps the promise of returning breaks regardless.
        return [LineBreak(position: paragraph.breaks.last?.position ?? items.count, ratio: 0,
                          hyphenated: false, overfull: true)]
    }
}
