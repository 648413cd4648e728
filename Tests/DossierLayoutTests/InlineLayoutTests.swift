// InlineLayoutTests: line breaking from pieces without fonts: first fit, total fit, forced breaks,
// hostile input, and the properties every paragraph keeps.

import DossierDisplay
import Testing
@testable import DossierLayout

@Suite struct InlineLayoutTests {
    let typesetter = Typesetter(FixedWidthShaper())
    let style = TextStyle(family: "Noto Serif", size: .pt(10))

    private func lines(_ text: String, width: Double, alignment: TextAlignment = .start) throws -> [ShapedLine] {
        try typesetter.shape(StyledText(text, style: style),
                             format: ParagraphFormat(width: .pt(width), alignment: alignment, leading: .pt(12))).lines
    }

    @Test func firstFitFillsEachLine() throws {
        // Five points a character: 60 points hold twelve.
        #expect(try lines("aaa bbb ccc ddd eee", width: 60).map(\.text) == ["aaa bbb ccc", "ddd eee"])
        #expect(try lines("aaa bbb ccc ddd eee", width: 55).map(\.text) == ["aaa bbb ccc", "ddd eee"])
        #expect(try lines("aaa bbb ccc ddd eee", width: 54).map(\.text) == ["aaa bbb", "ccc ddd", "eee"])
    }

    @Test func firstFitAgreesWithTheFixedShaper() throws {
        let text = "the delegation reported residents camp morning forces entered witnesses according figures"
        // From the longest word's width on: below it the fixed shaper cuts words its own way.
        for width in stride(from: 66.0, through: 300, by: 17) {
            let fixed = try FixedWidthShaper().shape(StyledText(text, style: style),
                                                     format: ParagraphFormat(width: .pt(width), leading: .pt(12)))
            #expect(try lines(text, width: width).map(\.text) == fixed.lines.map(\.text), "at \(width)")
        }
    }

    @Test func forcedBreaksEndLinesAndAreNotJustified() throws {
        let result = try lines("one two\nthree four five six seven eight nine ten", width: 100, alignment: .justify)
        #expect(result[0].text == "one two")
        #expect(result[0].width.approximatelyEquals(.pt(35)))
        #expect(result.map(\.text).joined(separator: " ") == "one two three four five six seven eight nine ten")
    }

    @Test func aWordLongerThanTheLineIsBrokenBetweenCharacters() throws {
        let word = String(repeating: "x", count: 5000)
        for alignment in [TextAlignment.start, .justify] {
            let result = try lines("short " + word + " end", width: 100, alignment: alignment)
            for line in result { #expect(line.width <= .pt(100.0001)) }
            #expect(result.map(\.text).joined().filter { $0 != " " } == "short" + word + "end")
            #expect(result.count >= 250)
        }
    }

    @Test func propertiesHoldForGeneratedParagraphs() throws {
        var rng = SeededGenerator(seed: 7)
        let vocabulary = ["a", "to", "the", "camp", "residents", "international", "on", "September", "investigation",
                          "supercalifragilistic", "of", "and", "x"]
        for _ in 0..<60 {
            let count = Int.random(in: 1...80, using: &rng)
            let words = (0..<count).map { _ in vocabulary.randomElement(using: &rng)! }
            let text = words.joined(separator: " ")
            let width = Double.random(in: 20...400, using: &rng)
            for alignment in [TextAlignment.start, .justify, .center] {
                let result = try lines(text, width: width, alignment: alignment)
                // No line wider than the measure (only a single character may be).
                for line in result { #expect(line.width <= .pt(max(width, 5) + 0.0001), "\(line.text) at \(width) \(alignment): \(text)") }
                // Text, order and single spaces kept; breaks only at spaces unless a word is too long.
                #expect(result.map(\.text).joined(separator: " ").split(separator: " ").joined() == words.joined())
                var end = 0
                for line in result {
                    #expect(line.sourceRange.lowerBound >= end)
                    end = line.sourceRange.upperBound
                }
            }
        }
    }

    @Test func hostileInputTerminatesFast() throws {
        let clock = ContinuousClock()
        let long = String(repeating: "word ", count: 50_000)
        let elapsed = try clock.measure {
            _ = try lines(long, width: 300, alignment: .justify)
            _ = try lines(long, width: 300)
            _ = try lines(String(repeating: "y", count: 20_000), width: 50, alignment: .justify)
            _ = try lines(String(repeating: "\n", count: 5_000), width: 50, alignment: .justify)
            _ = try lines("a b", width: 0, alignment: .justify)
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test func visualOrderReversesRightToLeftRuns() {
        #expect(InlineLines.visualOrder([0, 0, 1, 1, 1, 0]) == [0, 1, 4, 3, 2, 5])
        #expect(InlineLines.visualOrder([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0])
        #expect(InlineLines.visualOrder([0, 0]) == [0, 1])
    }

    @Test func noBreakAtANoBreakSpace() throws {
        let result = try lines("aaaa bbbb\u{00A0}cccc dddd", width: 60)
        #expect(result.contains { $0.text.contains("bbbb\u{00A0}cccc") })
    }
}
