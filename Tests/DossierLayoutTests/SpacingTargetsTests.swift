// SpacingTargetsTests: justified body text over many generated paragraphs meets the spacing targets:
// flush lines, even word spaces, hyphens present but rare and never three in a row.

import CairoPango
import DossierDisplay
import Testing
@testable import DossierLayout

@Suite struct SpacingTargetsTests {
    /// Words of incident reports; the short ones given six times the weight, as in running text.
    static let vocabulary = Array(repeating: [
        "the", "of", "and", "to", "in", "a", "was", "were", "by", "at", "on", "from", "that", "with", "for", "as",
        "said", "had", "two", "three", "four", "left", "after", "they", "their", "men", "her", "his", "day",
    ], count: 6).flatMap { $0 } + [
        "residents", "village", "attack", "armed", "men", "killed", "injured", "abducted", "district", "hospital",
        "according", "witnesses", "authorities", "announced", "investigation", "community", "representatives",
        "humanitarian", "coordinator", "displacement", "camp", "reinforcements", "provincial", "governor's",
        "delegation", "families", "victims", "statement", "checkpoint", "market", "morning", "afternoon",
        "neighbouring", "approximately", "unconfirmed", "reports", "indicated", "several", "houses", "burned",
        "livestock", "taken", "farmers", "abandoned", "fields", "harvest", "independent", "verification",
        "organizations", "responsibility", "accountability", "September", "Western", "Province", "UN", "2016",
        "forty-two", "nearby", "road", "junction", "convoy", "traders", "water", "point", "primary", "school",
    ]

    @Test func generatedJustifiedParagraphsMeetTheTargets() throws {
        let pango = try #require(TypesetterTests.pango)
        let typesetter = Typesetter(pango)
        let body = TextStyle(family: "Noto Serif", size: .pt(10.5))
        let measure = Length.pt(453.54)
        let natural = try typesetter.measure(StyledText(" ", style: body)).points
        var rng = SeededGenerator(seed: 11)
        var lines = 0, flush = 0, loose = 0, hyphenated = 0, worstRun = 0
        var ratios: [Double] = []
        for _ in 0..<80 {
            let count = Int.random(in: 30...110, using: &rng)
            var words = (0..<count).map { _ in Self.vocabulary.randomElement(using: &rng)! }
            words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
            let text = words.joined(separator: " ") + "."
            let paragraph = try typesetter.shape(StyledText(text, style: body), format: ParagraphFormat(
                width: measure, alignment: .justify, leading: .pt(14), language: "en", hyphenate: true))
            var run = 0
            for line in paragraph.lines.dropLast() {
                lines += 1
                // Flush: at the measure, or past it by the margin kerning of a closing hyphen or punctuation.
                let hang = line.text.unicodeScalars.last.flatMap { InlineLines.hangingShares[$0] } ?? 0
                let hyphenHang = (line.glyphs as? GlyphLine)?.addedHyphen != nil ? InlineLines.hangingShares["-"]! : 0
                let expected = measure + body.size * max(hang, hyphenHang)
                if line.width.approximatelyEquals(expected, tolerance: .pt(0.01)) { flush += 1 }
                let glyphs = try #require(line.glyphs as? GlyphLine)
                var lineRatios: [Double] = []
                for (space, next) in zip(glyphs.parts, glyphs.parts.dropFirst()) where space.run.text == [0x20] {
                    lineRatios.append((next.x - space.x) / natural)
                }
                ratios += lineRatios
                if lineRatios.contains(where: { $0 > 2 }) { loose += 1 }
                if glyphs.addedHyphen != nil { hyphenated += 1; run += 1; worstRun = max(worstRun, run) } else { run = 0 }
            }
        }
        ratios.sort()
        let p95 = ratios[Int(Double(ratios.count - 1) * 0.95)]
        #expect(lines > 250)
        #expect(Double(flush) / Double(lines) >= 0.99)
        #expect(p95 <= 1.85, "95th percentile \(p95)")
        #expect(Double(loose) / Double(lines) <= 0.03, "\(loose) of \(lines) lines have a space over 2×")
        let share = Double(hyphenated) / Double(lines)
        #expect(share >= 0.005 && share <= 0.2, "\(hyphenated) of \(lines) lines hyphenated, p95 \(p95)")
        #expect(worstRun <= 2)
    }
}
