// LineShape: the measure of each line, read from the caller once per paragraph.

/// The measures of a paragraph's lines: a list of widths whose last one repeats, as TeX's
/// `\parshape`, so the breaker can treat every line past the list as the same line and keep one
/// node per break for them.
struct LineShape {
    /// The widths of lines `0..<widths.count`; later lines have the last one.
    let widths: [Double]
    /// The first line from which every line has the same width.
    let uniformFrom: Int

    /// How many equal widths in a row are taken to mean the measure stays so.
    static let repeatsToSettle = 32
    /// The most lines read before the last width is taken to repeat.
    static let mostLinesRead = 1024

    /// Reads widths from `lineWidth` until `repeatsToSettle` equal ones in a row, or, with `lines`
    /// given, exactly that many (for looseness, where every line count must stay apart).
    /// A width that is not finite or is negative counts as 0.
    init(_ lineWidth: (Int) -> Double, lines: Int? = nil) {
        func read(_ i: Int) -> Double {
            let w = lineWidth(i)
            return w.isFinite && w > 0 ? w : 0
        }
        var widths: [Double] = []
        if let lines {
            widths = (0..<max(lines, 1)).map(read)
        } else {
            var runStart = 0
            repeat {
                let i = widths.count
                widths.append(read(i))
                if i > 0, widths[i] != widths[i - 1] { runStart = i }
            } while widths.count - runStart < Self.repeatsToSettle && widths.count < Self.mostLinesRead
            widths.removeLast(widths.count - runStart - 1)
        }
        self.widths = widths
        uniformFrom = (widths.indices.dropFirst().last { widths[$0] != widths[$0 - 1] }) ?? 0
    }

    /// The measure of line `line` (0-based).
    func width(_ line: Int) -> Double { widths[min(line, widths.count - 1)] }
}
