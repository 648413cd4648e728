// ParagraphItemsTests: pieces of text become boxes, glue and penalties, and break back into lines
// that keep the text, its order and its spaces.

import Testing
@testable import DossierLayout

@Suite struct ParagraphItemsTests {
    /// Pieces for a text, each character 5 points wide and each space 4; "=" inside a word marks a
    /// hyphenation point (a 3-point hyphen), "-" in a word is its own hyphen and may break after
    /// it, and "|" stands alone for a forced break.
    static func pieces(_ text: String) -> [ParagraphPiece] {
        var pieces: [ParagraphPiece] = []
        for (n, token) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { pieces.append(ParagraphPiece(" ", width: 4, kind: .space)) }
            if token == "|" { pieces.append(ParagraphPiece("", width: 0, kind: .forcedBreak)); continue }
            for (k, part) in token.split(separator: "=", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { pieces.append(ParagraphPiece("", width: 3, kind: .hyphenationPoint)) }
                var rest = Substring(part)
                while let hyphen = rest.firstIndex(of: "-") {
                    let word = rest[...hyphen]
                    pieces.append(ParagraphPiece(String(word), width: 5 * Double(word.count), kind: .word))
                    pieces.append(ParagraphPiece("", width: 0, kind: .hyphenationPoint))
                    rest = rest[rest.index(after: hyphen)...]
                }
                if !rest.isEmpty { pieces.append(ParagraphPiece(String(rest), width: 5 * Double(rest.count), kind: .word)) }
            }
        }
        return pieces
    }

    /// The text of each line: pieces up to each break, spaces at the break left out, and a
    /// hyphen where the line ends at a hyphenation point that adds one.
    static func lines(_ pieces: [ParagraphPiece], _ made: ParagraphItems, _ breaks: [LineBreak]) -> [String] {
        var start = 0
        return breaks.map { b in
            defer { start = b.position + 1 }
            var seen = Set<Int>()
            var text = ""
            for i in start..<b.position {
                guard let source = made.sources[i], seen.insert(source).inserted else { continue }
                text += pieces[source].text
            }
            if b.position < made.items.count, let source = made.sources[b.position],
               pieces[source].kind == .hyphenationPoint, pieces[source].width > 0 {
                text += "-"
            }
            return text.trimmingSpaces
        }
    }

    @Test func wordsSpacesAndHyphensBecomeItems() {
        let pieces = Self.pieces("one two=three lime-tree")
        let made = ParagraphItems(pieces)
        #expect(made.items == [
            .box(width: 15), .glue(width: 4, stretch: 2, shrink: 4.0 / 3), .box(width: 15),
            .penalty(width: 3, cost: 50, flagged: true), .box(width: 25),
            .glue(width: 4, stretch: 2, shrink: 4.0 / 3), .box(width: 25), .penalty(width: 0, cost: 50, flagged: true),
            .box(width: 20),
        ] + BreakItem.paragraphEnd)
        #expect(made.sources == [0, 1, 2, 3, 4, 5, 6, 7, 8, nil, nil, nil])
    }

    @Test func spacingAndHyphenPenaltyAreSettings() {
        var settings = LineBreakSettings.standard
        settings.hyphenPenalty = 700
        let made = ParagraphItems(Self.pieces("ab c=d"), spacing: .init(stretch: 1, shrink: 0.25),
                                  settings: settings, raggedLastLine: false)
        #expect(made.items == [.box(width: 10), .glue(width: 4, stretch: 4, shrink: 1), .box(width: 5),
                               .penalty(width: 3, cost: 700, flagged: true), .box(width: 5),
                               .penalty(width: 0, cost: -10000, flagged: false)])
    }

    @Test func spacesAtTheEdgesAndBeforeForcedBreaksAreDropped() {
        let pieces = [ParagraphPiece(" ", width: 4, kind: .space)] + Self.pieces("first line | second ")
        let made = ParagraphItems(pieces)
        #expect(made.items == [
            .box(width: 25), .glue(width: 4, stretch: 2, shrink: 4.0 / 3), .box(width: 20),
        ] + BreakItem.paragraphEnd + [.glue(width: 4, stretch: 2, shrink: 4.0 / 3), .box(width: 30)]
            + BreakItem.paragraphEnd)
        // The items ending the first line belong to the forced break; those ending the paragraph to none.
        #expect(made.sources[3...5] == [5, 5, 5])
        #expect(made.sources.suffix(3) == [nil, nil, nil])
        let breaks = LineBreaker.breaks(made.items, lineWidth: { _ in 200 }, settings: .standard)
        #expect(Self.lines(pieces, made, breaks) == ["first line", "second"])
        #expect(breaks[0].ratio == 0, "a line ended by a forced break is set short, not spread")
    }

    @Test func emptyParagraphsAndTrailingForcedBreaks() {
        #expect(ParagraphItems([]).items.isEmpty)
        #expect(ParagraphItems([ParagraphPiece(" ", width: 4, kind: .space)]).items.isEmpty)
        let made = ParagraphItems(Self.pieces("last |"))
        #expect(made.items == [.box(width: 20)] + BreakItem.paragraphEnd)
        #expect(LineBreaker.breaks(made.items, lineWidth: { _ in 100 }, settings: .standard).count == 1)
    }

    @Test func brokenLinesKeepTheTextItsOrderAndItsSpaces() {
        var random = SeededRandom(seed: 0x50_1ECE)
        let syllables = ["in", "ter", "na", "tion", "al", "gov", "ern", "ment", "hu", "man", "i", "tar", "ian"]
        for _ in 0..<100 {
            let words = (0..<random.int(in: 1...120)).map { _ in
                (0..<random.int(in: 1...4)).map { _ in syllables[random.int(in: 0..<syllables.count)] }
                    .joined(separator: "=")
            }
            let text = words.joined(separator: " ")
            let pieces = Self.pieces(text)
            let made = ParagraphItems(pieces)
            let measure = Double(random.int(in: 120...400))
            var settings = LineBreakSettings.standard
            settings.emergencyStretch = 20
            let breaks = LineBreaker.breaks(made.items, lineWidth: { _ in measure }, settings: settings)
            let lines = Self.lines(pieces, made, breaks)

            // Rejoined, with hyphens at line ends taken out, the lines are the text.
            var rejoined = ""
            for (line, b) in zip(lines, breaks) {
                if b.hyphenated, line.hasSuffix("-") {
                    rejoined += line.dropLast()
                } else {
                    rejoined += line + " "
                }
            }
            #expect(rejoined.trimmingSpaces == text.replacingOccurrences(of: "=", with: ""))
            #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.contains("  ") })
            // Every line fits: 5 points a letter, spaces shrunk at most to 4 − 4/3.
            if !breaks.contains(where: \.overfull) {
                for line in lines {
                    let spaces = Double(line.filter { $0 == " " }.count)
                    let letters = Double(line.filter { $0 != " " && $0 != "-" }.count)
                    let hyphen = line.hasSuffix("-") ? 3.0 : 0
                    #expect(5 * letters + hyphen + spaces * (4 - 4.0 / 3) <= measure + 1e-9, "\(line)")
                }
            }
        }
    }
}

extension SeededRandom {
    mutating func int(in range: Range<Int>) -> Int { int(in: range.lowerBound...(range.upperBound - 1)) }
}
