// PangoShaperTests: measuring with the bundled fonts.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct PangoShaperTests {
    let shaper = TestFonts.shaper
    let serif = TestFonts.serif
    let text = "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
        + "the United Nations called for an independent investigation of the attack."

    @Test func measureIsTheSumOfThePieces() throws {
        for string in ["Camp Ashraf", text, "52 killed, 7 abducted"] {
            let styled = StyledText(string, style: serif.bolded())
            let measured = try shaper.measure(styled)
            let shaped = try shaper.prepare(styled, format: ParagraphFormat(width: .infinity, leading: .pt(14)))
            let sum = shaped.pieces.compactMap(\.run).reduce(0) { $0 + $1.width }
            #expect(measured.approximatelyEquals(.pt(Double(sum) / GlyphRun.unitsPerPoint), tolerance: .pt(0.0001)))
            // Cached the second time; still the same.
            #expect(try shaper.measure(styled) == measured)
        }
        #expect(try shaper.measure(StyledText("", style: serif)) == .zero)
    }

    @Test func theWidestLineIsMeasured() throws {
        let one = try shaper.measure(StyledText("a longer first line", style: serif))
        #expect(try shaper.measure(StyledText("a longer first line\nshort", style: serif)) == one)
    }

    @Test func widthsScaleExactlyWithTheFontSize() throws {
        let small = try shaper.measure(StyledText(text, style: serif.sized(.pt(7))))
        let large = try shaper.measure(StyledText(text, style: serif.sized(.pt(70))))
        #expect(abs(large / small - 10) < 0.001, "\(small) × 10 ≠ \(large)")
    }

    @Test func styleAttributesChangeMetrics() throws {
        let plain = try shaper.measure(StyledText("Ashraf", style: serif))
        #expect(try shaper.measure(StyledText("Ashraf", style: serif.bolded())) > plain)
        var spaced = serif
        spaced.letterSpacing = .pt(2)
        let spacedWidth = try shaper.measure(StyledText("Ashraf", style: spaced))
        // Spacing goes between letters, not after the last: five gaps in "Ashraf".
        #expect(spacedWidth.approximatelyEquals(plain + .pt(10), tolerance: .pt(0.1)))
        var superscript = serif
        superscript.superscript = true
        #expect(try shaper.measure(StyledText("12", style: superscript)) < shaper.measure(StyledText("12", style: serif)))
        var smallCaps = serif
        smallCaps.smallCaps = true
        #expect(try shaper.measure(StyledText("ashraf", style: smallCaps)) != shaper.measure(StyledText("ashraf", style: serif)))
    }

    @Test func badSizesAreErrors() {
        #expect(throws: ShapingError.self) { try shaper.measure(StyledText("x", style: serif.sized(.pt(0)))) }
        #expect(throws: ShapingError.self) { try shaper.prepare(StyledText("x", style: serif.sized(.pt(.nan))),
                                                                format: ParagraphFormat(width: .pt(10), leading: .pt(10))) }
    }
}
