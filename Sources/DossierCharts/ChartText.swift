// ChartText: shapes chart labels through the document's shaper and fits them to a width.

import DossierDisplay

/// Labels in one text style, shaped by the shaper the chart was handed.
struct ChartText {
    let shaper: any TextShaper
    let style: TextStyle

    /// The distance between baselines of a two-line label.
    var leading: Length { style.size * 1.15 }

    /// Shapes `text` on one line.
    func line(_ text: String) throws -> ShapedLine {
        try shaper.shapeLine(StyledText(text, style: style), leading: leading)
    }

    /// The ascent and descent of the style's lines, from a line of digits.
    func metrics() throws -> (ascent: Length, descent: Length) {
        let l = try line("0123456789")
        return (l.ascent, l.descent)
    }

    /// Returns the text on one line if it is no wider than `width`.
    func oneLine(_ text: String, width: Length) throws -> ShapedLine? {
        let l = try line(text)
        return l.width <= width ? l : nil
    }

    /// Returns the text broken at spaces into at most `maxLines` lines no wider than `width`;
    /// nil if it needs more lines or would have to break inside a word.
    func wrapped(_ text: String, width: Length, maxLines: Int = 2) throws -> [ShapedLine]? {
        let lines = try shaper.shape(StyledText(text, style: style),
                                     format: ParagraphFormat(width: width, leading: leading)).lines
        guard lines.count <= maxLines, lines.allSatisfy({ $0.width <= width }) else { return nil }
        // A shaper may split a word that is longer than the width; that is not a wrap we accept.
        let rejoined = lines.map { $0.text.split(separator: " ").joined(separator: " ") }.joined(separator: " ")
        guard rejoined == text.split(separator: " ").joined(separator: " ") else { return nil }
        return lines
    }

    /// Returns the longest start of `text` that fits in `width` with "…" after it, with how many
    /// characters it kept; nil if not even `minKept` characters fit.
    func truncated(_ text: String, width: Length, minKept: Int) throws -> (line: ShapedLine, kept: Int)? {
        let chars = Array(text)
        func candidate(_ n: Int) -> String {
            var s = String(chars.prefix(n))
            // "Camp …" and "Camp,…" read worse than "Camp…".
            while let last = s.last, last == " " || last == "," || last == ";" || last == ":" { s.removeLast() }
            return s + "…"
        }
        let least = min(minKept, chars.count)
        guard least >= 1, let first = try oneLine(candidate(least), width: width) else { return nil }
        var best = (line: first, kept: least)
        var lo = least + 1, hi = chars.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if let l = try oneLine(candidate(mid), width: width) {
                best = (l, mid); lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return best
    }

    /// Returns the text in at most two lines no wider than `width`, cutting it short with "…"
    /// where it does not fit, with how many of its characters it kept; nil if not one fits.
    func abbreviated(_ text: String, width: Length) throws -> (lines: [ShapedLine], kept: Int)? {
        if let l = try oneLine(text, width: width) { return ([l], text.count) }
        let words = text.split(separator: " ").map(String.init)
        var firstCount = 0
        var first: ShapedLine?
        while firstCount < words.count,
              let l = try oneLine(words.prefix(firstCount + 1).joined(separator: " "), width: width) {
            first = l; firstCount += 1
        }
        let single = { try truncated(text, width: width, minKept: 1).map { ([$0.line], $0.kept) } }
        guard let first else { return try single() }
        let rest = words.dropFirst(firstCount).joined(separator: " ")
        if let second = try oneLine(rest, width: width) { return ([first, second], text.count) }
        if let second = try truncated(rest, width: width, minKept: 1) {
            return ([first, second.line], first.text.count + 1 + second.kept)
        }
        return try single()
    }

    /// Returns a text item whose ink is centred on `x`.
    static func item(_ line: ShapedLine, centeredAt x: Length, baseline: Length) -> TextItem {
        TextItem(origin: Point(x: x - line.width / 2 - line.x, y: baseline), line: line)
    }

    /// Returns a text item whose ink starts at `x`.
    static func item(_ line: ShapedLine, startingAt x: Length, baseline: Length) -> TextItem {
        TextItem(origin: Point(x: x - line.x, y: baseline), line: line)
    }

    /// Returns a text item whose ink ends at `x`.
    static func item(_ line: ShapedLine, endingAt x: Length, baseline: Length) -> TextItem {
        TextItem(origin: Point(x: x - line.width - line.x, y: baseline), line: line)
    }
}

extension String {
    /// The string with runs of white space (new lines included) turned into single spaces.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
