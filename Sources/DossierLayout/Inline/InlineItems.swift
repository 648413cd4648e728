// InlineItems: a shaped paragraph as boxes, glue and penalties for line breaking, each tied to its text.

import DossierDisplay

/// A paragraph's pieces as line-breaking items: words (or their parts between break
/// opportunities) as boxes, spaces as glue that stretches by half and shrinks by a third,
/// hyphenation points as flagged penalties as wide as the hyphen, forced breaks as forced
/// penalties after filling glue. `marks` says what each item stands for, so lines can be built
/// from the items they hold.
struct InlineItems {
    /// What an item stands for.
    enum Mark {
        /// A box: glyphs of a word piece covering `bytes` of the paragraph's text.
        case fragment(piece: Int, glyphs: Range<Int>, bytes: Range<Int>)
        /// Glue: a space piece.
        case space(piece: Int)
        /// A penalty at a hyphenation point: breaking here adds the piece's hyphen.
        case hyphen(piece: Int)
        /// An empty box that keeps a line before a forced break, at this text offset.
        case lineEnd(offset: Int)
        /// A break opportunity inside a word without a hyphen, or the glue and penalties of a
        /// forced break or of the paragraph's end.
        case other
    }

    /// Widths of spaces may grow by this share of their width in justified lines...
    static let spaceStretch = 0.5
    /// ... and shrink by this share.
    static let spaceShrink = 1.0 / 3.0
    /// The cost of breaking after an explicit hyphen or inside a word at a break opportunity
    /// (after a slash, between ideographs), as TeX's `\exhyphenpenalty`.
    static let inWordPenalty = 50.0
    /// The cost of breaking at a hyphenation point (TeX's `\hyphenpenalty`): twice TeX's 50,
    /// which on the sample and a 300-incident dossier cuts hyphenated line ends from about 18 %
    /// to 14 % while the 95th percentile of word spaces stays at 1.45 times their width.
    static let hyphenPenalty = 100.0

    let shaped: ShapedText
    private(set) var items: [BreakItem] = []
    private(set) var marks: [Mark] = []
    /// Whether some words had to be broken between characters to fit the measure.
    private(set) var brokeWords = false

    /// Builds the items; words (and runs of words with no break between them) wider than
    /// `narrowest` are broken between characters, as the last resort.
    init(_ shaped: ShapedText, narrowest: Double) {
        self.shaped = shaped
        build(splitting: [])
        guard narrowest.isFinite else { return }
        let wide = widePieces(narrowest: narrowest)
        if !wide.isEmpty {
            items = []; marks = []
            build(splitting: wide)
            brokeWords = true
        }
    }

    /// The natural width of an item, in points (0 for a penalty).
    func width(of item: Int) -> Double {
        switch items[item] {
        case .box(let w): return w
        case .glue(let w, _, _): return w
        case .penalty: return 0
        }
    }

    private mutating func build(splitting wide: Set<Int>) {
        let pieces = shaped.pieces
        var next = 0  // the first break not yet passed
        let breaks = shaped.breaks
        for (index, piece) in pieces.enumerated() {
            while next < breaks.count, breaks[next].offset < piece.range.lowerBound { next += 1 }
            switch piece.kind {
            case .space:
                let width = Self.points(piece.run?.width ?? 0)
                let last = index == pieces.count - 1
                let allowed = next < breaks.count && breaks[next].offset == piece.range.upperBound
                // A space with no break after it (no-break space) may stretch but not end a line.
                if !allowed && !last { append(.penalty(width: 0, cost: BreakItem.forbidden, flagged: false), .other) }
                append(.glue(width: width, stretch: width * Self.spaceStretch, shrink: width * Self.spaceShrink),
                       .space(piece: index))
            case .lineBreak:
                dropTrailingSpaces()
                append(.box(width: 0), .lineEnd(offset: piece.range.lowerBound))
                append(.glue(width: 0, stretch: .infinity, shrink: 0), .other)
                append(.penalty(width: 0, cost: BreakItem.forced, flagged: false), .other)
            case .word:
                guard let run = piece.run else { continue }
                // A break where this word meets the previous one (no space between them).
                if next < breaks.count, breaks[next].offset == piece.range.lowerBound, index > 0,
                   pieces[index - 1].kind == .word {
                    appendBreak(breaks[next], piece: index)
                }
                var from = piece.range.lowerBound
                while next < breaks.count, breaks[next].offset < piece.range.upperBound {
                    let point = breaks[next]
                    next += 1
                    guard point.offset > from else { continue }
                    appendFragments(piece: index, run: run, bytes: from..<point.offset, split: wide.contains(index))
                    appendBreak(point, piece: index)
                    from = point.offset
                }
                appendFragments(piece: index, run: run, bytes: from..<piece.range.upperBound, split: wide.contains(index))
            }
        }
        // The last line ends with its last word and is set ragged.
        while let last = items.last, !last.isBox { items.removeLast(); marks.removeLast() }
        for item in BreakItem.paragraphEnd { append(item, .other) }
    }

    private mutating func append(_ item: BreakItem, _ mark: Mark) {
        items.append(item)
        marks.append(mark)
    }

    /// Removes spaces (and their forbidden breaks) before a forced break: a line keeps no trailing space.
    private mutating func dropTrailingSpaces() {
        while let last = marks.last {
            switch (last, items[items.count - 1]) {
            case (.space, _), (.other, .penalty(_, BreakItem.forbidden, _)):
                items.removeLast(); marks.removeLast()
            default: return
            }
        }
    }

    /// A penalty for a break opportunity inside a word (or between two word pieces).
    private mutating func appendBreak(_ point: TextBreak, piece index: Int) {
        let piece = shaped.pieces[index]
        let before = point.offset > 0 ? Self.scalar(endingAt: point.offset, in: shaped.text) : nil
        let hyphenation = point.kind == .hyphenation || before == "\u{AD}"
        if hyphenation, let hyphen = piece.hyphen {
            append(.penalty(width: Self.points(hyphen.width), cost: Self.hyphenPenalty, flagged: true), .hyphen(piece: index))
        } else {
            // A line ending at an explicit hyphen counts as hyphenated for the limits on hyphens in a row.
            let explicit = before == "-" || before == "\u{2010}"
            append(.penalty(width: 0, cost: Self.inWordPenalty, flagged: explicit), .other)
        }
    }

    /// Boxes for part of a word piece: one, or one per character when it must be broken anywhere.
    private mutating func appendFragments(piece index: Int, run: GlyphRun, bytes: Range<Int>, split: Bool) {
        let base = shaped.pieces[index].range.lowerBound
        func box(_ range: Range<Int>) {
            let glyphs = run.glyphRange(bytes: (range.lowerBound - base)..<(range.upperBound - base))
            append(.box(width: Self.points(run.width(of: glyphs))), .fragment(piece: index, glyphs: glyphs, bytes: range))
        }
        guard split else { box(bytes); return }
        var start = bytes.lowerBound
        for character in String(decoding: shaped.text[bytes], as: UTF8.self) {
            let end = start + character.utf8.count
            if start > bytes.lowerBound { append(.penalty(width: 0, cost: 0, flagged: false), .other) }
            box(start..<end)
            start = end
        }
    }

    /// The pieces in runs of boxes with no break between them that are wider than `narrowest`.
    private func widePieces(narrowest: Double) -> Set<Int> {
        var wide = Set<Int>()
        var runWidth = 0.0
        var runPieces: [Int] = []
        func endRun() {
            if runWidth > narrowest + 0.001 { wide.formUnion(runPieces) }
            runWidth = 0; runPieces = []
        }
        for i in items.indices {
            switch items[i] {
            case .box(let w):
                runWidth += w
                if case .fragment(let piece, _, _) = marks[i], runPieces.last != piece { runPieces.append(piece) }
            case .penalty(_, let cost, _):
                if cost < BreakItem.forbidden { endRun() }
            case .glue(let w, _, _):
                // Glue after a forbidden break (a no-break space) joins the run; other glue ends it.
                if i > 0, case .penalty(_, let cost, _) = items[i - 1], cost >= BreakItem.forbidden {
                    runWidth += w
                } else {
                    endRun()
                }
            }
        }
        endRun()
        return wide
    }

    static func points(_ units: Int) -> Double { Double(units) / GlyphRun.unitsPerPoint }

    /// The scalar whose UTF-8 encoding ends at `offset`.
    static func scalar(endingAt offset: Int, in text: [UInt8]) -> Unicode.Scalar? {
        var start = offset - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        var iterator = text[start..<offset].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
