// InlineLines: the last phase of inline layout: each line's pieces justified, reordered for display and placed.

import DossierDisplay

/// Builds `ShapedLine`s from a paragraph's items and line ranges: drops the spaces a line ends
/// with, adds the hyphen of a hyphenated end, spreads the line's adjustment over its spaces so
/// justified lines end exactly at the measure, reorders pieces by bidi level (UAX #9, rule L2)
/// after breaking, and finds link extents from the spans the pieces come from.
struct InlineLines {
    let paragraph: InlineItems
    let text: StyledText
    let format: ParagraphFormat

    /// A piece (or part of one) on a line, in logical order.
    private struct Atom {
        var run: GlyphRun
        var glyphs: Range<Int>
        var bytes: Range<Int>
        var width: Double
        var level: UInt8
        var span: Int
        var isSpace: Bool
        var isHyphen = false
        /// A space the line breaks at: drawn past the line's end, taking no room, so the text
        /// read back from the page has a space between the line's last word and the next line's first.
        var isTrailing = false
        /// Extra width given to a space by justification.
        var extra = 0.0
    }

    func build(_ lines: [InlineLine]) -> [ShapedLine] {
        if lines.isEmpty { return [emptyLine(at: 0)] }
        return lines.enumerated().map { index, line in build(line, index: index) }
    }

    private var shaped: ShapedText { paragraph.shaped }

    private func build(_ line: InlineLine, index: Int) -> ShapedLine {
        var atoms: [Atom] = []
        var emptyOffset: Int?
        for i in line.items {
            switch paragraph.marks[i] {
            case .fragment(let p, let glyphs, let bytes):
                let piece = shaped.pieces[p]
                guard let run = piece.run else { continue }
                atoms.append(Atom(run: run, glyphs: glyphs, bytes: bytes, width: paragraph.width(of: i),
                                  level: piece.level, span: piece.span, isSpace: false))
            case .space(let p):
                let piece = shaped.pieces[p]
                guard let run = piece.run else { continue }
                atoms.append(Atom(run: run, glyphs: 0..<run.glyphs.count, bytes: piece.range, width: paragraph.width(of: i),
                                  level: piece.level, span: piece.span, isSpace: true))
            case .lineEnd(let offset):
                if emptyOffset == nil { emptyOffset = offset }
            case .hyphen, .other:
                continue
            }
        }
        // A line keeps no space at its end.
        while atoms.last?.isSpace == true { atoms.removeLast() }
        let sourceRange: Range<Int>
        if let first = atoms.first, let last = atoms.last {
            sourceRange = first.bytes.lowerBound..<last.bytes.upperBound
        } else {
            return emptyLine(at: emptyOffset ?? lineOffset(line))
        }
        if let p = line.hyphen, let hyphen = shaped.pieces[p].hyphen {
            let piece = shaped.pieces[p]
            atoms.append(Atom(run: hyphen, glyphs: 0..<hyphen.glyphs.count, bytes: sourceRange.upperBound..<sourceRange.upperBound,
                              width: InlineItems.points(hyphen.width), level: piece.level, span: piece.span,
                              isSpace: false, isHyphen: true))
        }

        let natural = atoms.reduce(0) { $0 + $1.width }
        if line.items.upperBound < paragraph.marks.count, case .space(let p) = paragraph.marks[line.items.upperBound],
           let run = shaped.pieces[p].run {
            let piece = shaped.pieces[p]
            // Rule L1 of UAX #9: white space at a line's end takes the paragraph's level.
            atoms.append(Atom(run: run, glyphs: 0..<run.glyphs.count, bytes: piece.range, width: 0,
                              level: shaped.baseLevel, span: piece.span, isSpace: true, isTrailing: true))
        }
        let indent = index == 0 ? format.firstLineIndent.points : 0
        let available = format.width.points - indent
        var width = natural
        // A last line may have been chosen to shrink, as TeX shrinks it: it must, or overflow.
        if available.isFinite, line.justified || natural > available + 0.0001 {
            // Margin kerning: a justified line's closing hyphen or punctuation hangs a little into
            // the margin, so the edge the eye sees (the letters) is straight.
            let hang = line.justified && !shaped.isRightToLeft ? protrusion(of: atoms) : 0
            justify(&atoms, by: available + hang - natural)
            width = atoms.reduce(0) { $0 + $1.width + $1.extra }
        }

        // Display order, then positions from the line's left end.
        let order = Self.visualOrder(atoms.map(\.level))
        var parts: [GlyphLine.Part] = [], paints: [GlyphLine.Paint] = []
        // Exactly as many as there are: lines are kept until their pages are written.
        parts.reserveCapacity(order.count)
        var links: [InlineLink] = []
        var ascent = Length.zero, descent = Length.zero
        var addedHyphen: Int?
        let x = lineX(width: width, indent: indent)
        var cursor = 0.0
        for (position, i) in order.enumerated() {
            let atom = atoms[i]
            let style = text.spans[atom.span].style
            let paint = GlyphLine.Paint(firstPart: parts.count, color: style.color, rise: style.rise)
            if paints.last.map({ $0.color != paint.color || $0.rise != paint.rise }) ?? true { paints.append(paint) }
            if atom.isHyphen { addedHyphen = parts.count }
            // A trailing space sits beyond the line's end: after it, or before it in a right-to-left line.
            let start = atom.isTrailing && position == 0 ? cursor - InlineItems.points(atom.run.width) : cursor
            parts.append(GlyphLine.Part(run: atom.run, glyphs: atom.glyphs, x: start))
            ascent = max(ascent, atom.run.font.ascent + style.rise)
            descent = max(descent, atom.run.font.descent - style.rise)
            let advance = atom.width + atom.extra
            if let target = text.spans[atom.span].link, !atom.isHyphen, !atom.isTrailing {
                let minX = x + .pt(cursor), maxX = x + .pt(cursor + advance)
                links.append(target: target, minX: minX, maxX: maxX)
            }
            cursor += advance
        }
        return ShapedLine(text: String(decoding: shaped.text[sourceRange], as: UTF8.self), x: x, width: .pt(width),
                          ascent: ascent, descent: descent, links: links,
                          glyphs: GlyphLine(parts: parts, paints: paints, addedHyphen: addedHyphen),
                          sourceRange: sourceRange)
    }

    /// How far, in points, a line's last character may hang past the measure: a share of the em
    /// (pdfTeX's microtype and Typst hang hyphens and punctuation alike; the shares are about half
    /// the character's width in Noto Serif, so the hanging part is no wider than a thin space).
    private func protrusion(of atoms: [Atom]) -> Double {
        guard let last = atoms.last(where: { !$0.isTrailing }), !last.isSpace else { return 0 }
        let character: Unicode.Scalar?
        if last.isHyphen {
            character = "-"
        } else {
            let bytes = shaped.text[last.bytes]
            character = String(decoding: bytes, as: UTF8.self).unicodeScalars.last
        }
        guard let character, let share = Self.hangingShares[character] else { return 0 }
        return share * text.spans[last.span].style.size.points
    }

    /// The share of the em each hanging character may protrude by.
    static let hangingShares: [Unicode.Scalar: Double] = [
        "-": 0.12, "\u{2010}": 0.12, "\u{2011}": 0.12, "\u{2013}": 0.08, "\u{2014}": 0.05,
        ".": 0.1, ",": 0.1, ":": 0.06, ";": 0.06, "!": 0.04, "?": 0.04,
        "\u{2019}": 0.1, "\u{201D}": 0.1, "'": 0.1, "\"": 0.08, ")": 0.04, "]": 0.04,
    ]

    /// Spreads `delta` over the line's spaces in proportion to their stretch (or shrink), so the
    /// line ends exactly at the measure; spaces shrink no further than their shrink allows.
    private func justify(_ atoms: inout [Atom], by delta: Double) {
        let share = delta > 0 ? InlineItems.spaceStretch : InlineItems.spaceShrink
        let total = atoms.reduce(0) { $0 + ($1.isSpace ? $1.width * share : 0) }
        guard total > 0, delta != 0 else { return }
        let ratio = max(delta / total, -1)
        var given = 0.0, flexible = 0.0
        for i in atoms.indices where atoms[i].isSpace {
            // From running sums, so rounding does not add up along the line.
            flexible += atoms[i].width * share
            let upTo = ratio * flexible
            atoms[i].extra = upTo - given
            given = upTo
        }
    }

    /// The line's offset from the paragraph box's left edge for its alignment and direction.
    private func lineX(width: Double, indent: Double) -> Length {
        let total = format.width.points
        guard total.isFinite else { return .pt(shaped.isRightToLeft ? 0 : indent) }
        let free = total - indent - width
        let rtl = shaped.isRightToLeft
        switch format.alignment {
        case .start, .justify: return .pt(rtl ? free : indent)
        case .end: return .pt(rtl ? 0 : indent + free)
        case .center: return .pt((rtl ? 0 : indent) + free / 2)
        }
    }

    private func lineOffset(_ line: InlineLine) -> Int {
        for i in line.items {
            if case .fragment(_, _, let bytes) = paragraph.marks[i] { return bytes.lowerBound }
            if case .space(let p) = paragraph.marks[i] { return shaped.pieces[p].range.lowerBound }
        }
        return shaped.text.count
    }

    /// A line with no glyphs, with the metrics of the paragraph's first style.
    private func emptyLine(at offset: Int) -> ShapedLine {
        ShapedLine(text: "", x: lineX(width: 0, indent: 0), width: .zero, ascent: shaped.ascent, descent: shaped.descent,
                   glyphs: GlyphLine(parts: [], paints: []), sourceRange: offset..<offset)
    }

    /// The display order of runs at `levels` (UAX #9, rule L2): from the highest level down to
    /// the lowest odd one, every sequence at that level or above is reversed.
    static func visualOrder(_ levels: [UInt8]) -> [Int] {
        var order = Array(levels.indices)
        guard let highest = levels.max(), let lowestOdd = levels.filter({ $0 & 1 == 1 }).min() else { return order }
        var level = highest
        while level >= lowestOdd {
            var i = 0
            while i < order.count {
                guard levels[order[i]] >= level else { i += 1; continue }
                var j = i
                while j < order.count, levels[order[j]] >= level { j += 1 }
                order[i..<j].reverse()
                i = j
            }
            if level == 0 { break }
            level -= 1
        }
        return order
    }
}
