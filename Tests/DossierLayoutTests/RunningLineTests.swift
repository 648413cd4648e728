// Running lines: templates filled once, long titles shortened with few measurements.

import DossierDisplay
import DossierDocument
@testable import DossierLayout
import Testing

/// Counts the measurements made, around a fixed-width shaper.
private final class CountingShaper: TextShaper, @unchecked Sendable {
    let inner = FixedWidthShaper()
    var measurements = 0
    func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph { try inner.shape(text, format: format) }
    func measure(_ text: StyledText) throws -> Length {
        measurements += 1
        return try inner.shape(text, format: ParagraphFormat(width: .infinity, leading: .pt(12))).lines.first?.width ?? .zero
    }
}

@Suite struct RunningLineTests {
    private func context(_ shaper: any TextShaper, spec: LayoutSpec = smallLayout()) -> LayoutContext {
        LayoutContext(shaper: shaper, spec: spec, language: "en", linkColor: .black)
    }
    private let style = TextStyle(family: "Noto Sans", size: .pt(10))

    @Test func aTitleHoldingPlaceholdersIsPrintedAsItIs() {
        let facts = PageFacts(number: 3, total: 9, section: "Overview", title: "Report {{section}} of {{pages}}")
        let filled = context(FixedWidthShaper()).fill("{{title}} · {{section}} · {{page}}/{{pages}} {{unknown}} {{", facts)
        #expect(filled == "Report {{section}} of {{pages}} · Overview · 3/9 {{unknown}} {{")
    }

    @Test func placeholdersWithSpacesInsideTheirBracesAreFilledAsTheLayoutCheckAllowsThem() throws {
        let facts = PageFacts(number: 3, total: 9, section: "Overview", title: "Report")
        #expect(context(FixedWidthShaper()).fill("{{ page }} of {{pages  }} · {{ }}", facts) == "3 of 9 · {{ }}")
        #expect(RunningLine.Placeholder(braced: " section ") == .section)
        #expect(RunningLine.Placeholder(braced: "Page") == nil)
    }

    @Test func aLongTitleIsShortenedAtAWordWithFewMeasurements() throws {
        let shaper = CountingShaper()
        let words = (1...800).map { "word\($0)" }.joined(separator: " ")
        let fitted = try context(shaper).fitted(words, style: style, width: .pt(100))
        #expect(fitted.hasSuffix("…"))
        #expect(try shaper.inner.shapeLine(StyledText(fitted, style: style)).width <= .pt(100))
        #expect(fitted.dropLast().hasSuffix("word3") || fitted.dropLast().hasSuffix("word2"))
        #expect(shaper.measurements < 40, "measured \(shaper.measurements) times")
    }

    @Test func aLongWordIsShortenedAtACharacterWithFewMeasurements() throws {
        let shaper = CountingShaper()
        let word = String(repeating: "x", count: 10_000)
        let fitted = try context(shaper).fitted(word, style: style, width: .pt(100))
        // 5 pt a character: 19 letters and the ellipsis make 100 pt.
        #expect(fitted == String(repeating: "x", count: 19) + "…")
        #expect(shaper.measurements < 40, "measured \(shaper.measurements) times")
    }

    @Test func textThatFitsIsLeftAlone() throws {
        #expect(try context(FixedWidthShaper()).fitted("Overview", style: style, width: .pt(100)) == "Overview")
        #expect(try context(FixedWidthShaper()).fitted("Overview of incidents", style: style, width: .pt(2)) == "…")
    }
}
