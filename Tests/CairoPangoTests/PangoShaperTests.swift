// PangoShaperTests: line breaking, alignment, direction, links and measuring with the bundled fonts.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct PangoShaperTests {
    let shaper = TestFonts.shaper
    let serif = TestFonts.serif
    let text = "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
        + "the United Nations called for an independent investigation of the attack."

    private func shape(_ string: String, width: Length, alignment: TextAlignment = .start,
                       indent: Length = .zero, style: TextStyle? = nil) throws -> ShapedParagraph {
        try shaper.shape(StyledText(string, style: style ?? serif),
                         format: ParagraphFormat(width: width, alignment: alignment, leading: .pt(14), firstLineIndent: indent))
    }

    @Test func wrapsAtTheWidthAndKeepsTheText() throws {
        let paragraph = try shape(text, width: .pt(200))
        #expect(paragraph.lines.count >= 3)
        for line in paragraph.lines {
            #expect(line.x + line.width <= .pt(200.01), "\(line.text) is \(line.width) wide")
            #expect(line.glyphs is PangoLineGlyphs)
            #expect(line.ascent > .pt(8) && line.ascent < .pt(14))
            #expect(line.descent > .pt(1) && line.descent < .pt(6))
        }
        let words = paragraph.lines.flatMap { $0.text.split(separator: " ") }.map(String.init)
        #expect(words == text.split(separator: " ").map(String.init))
        #expect(paragraph.leading == .pt(14))
    }

    @Test func aSingleLineWhenTheWidthIsInfinite() throws {
        let paragraph = try shape(text, width: .infinity)
        #expect(paragraph.lines.count == 1)
        #expect(paragraph.lines[0].text == text)
        #expect(paragraph.lines[0].x == .zero)
    }

    @Test func hardNewlinesStartLines() throws {
        let paragraph = try shape("first\nsecond\n\nfourth", width: .pt(300))
        #expect(paragraph.lines.map(\.text) == ["first", "second", "", "fourth"])
    }

    @Test func aLongWordIsBrokenRatherThanOverflowing() throws {
        let paragraph = try shape("https://example.org/a/very/long/address/that/cannot/fit/on/one/line", width: .pt(100))
        #expect(paragraph.lines.count > 1)
        for line in paragraph.lines { #expect(line.width <= .pt(100.01)) }
        #expect(paragraph.lines.map(\.text).joined() == "https://example.org/a/very/long/address/that/cannot/fit/on/one/line")
    }

    @Test func justifiedLinesFillTheWidthButTheLast() throws {
        let paragraph = try shape(text, width: .pt(220), alignment: .justify)
        for line in paragraph.lines.dropLast() {
            #expect(line.width.approximatelyEquals(.pt(220), tolerance: .pt(0.05)), "\(line.text): \(line.width)")
        }
        let last = try #require(paragraph.lines.last)
        #expect(last.width < .pt(210))
        #expect(last.x == .zero)
    }

    @Test func centredAndEndAlignedLines() throws {
        for line in try shape(text, width: .pt(220), alignment: .center).lines {
            #expect(line.x.approximatelyEquals((.pt(220) - line.width) / 2, tolerance: .pt(0.01)))
        }
        for line in try shape(text, width: .pt(220), alignment: .end).lines {
            #expect((line.x + line.width).approximatelyEquals(.pt(220), tolerance: .pt(0.01)))
        }
    }

    @Test func firstLineIndent() throws {
        let paragraph = try shape(text, width: .pt(220), indent: .pt(18))
        #expect(paragraph.lines[0].x.approximatelyEquals(.pt(18)))
        #expect(paragraph.lines[1].x == .zero)
        #expect(paragraph.lines[0].x + paragraph.lines[0].width <= .pt(220.01))
    }

    @Test func persianIsRightToLeftInNaskh() throws {
        // "The people of Ashraf were attacked", in a Noto Serif span: Arabic script falls back to Naskh.
        let persian = "به ساکنان اشرف حمله شد و پنجاه و دو نفر کشته شدند"
        let paragraph = try shaper.shape(StyledText(persian, style: serif),
                                         format: ParagraphFormat(width: .pt(300), leading: .pt(16), language: "fa"))
        #expect(paragraph.lines.count == 1)
        let line = paragraph.lines[0]
        #expect(line.text == persian)
        // Start-aligned right-to-left text sits at the right edge.
        #expect((line.x + line.width).approximatelyEquals(.pt(300)))
        #expect(line.x > .pt(50))
        let families = try #require(line.glyphs as? PangoLineGlyphs).fontFamilies
        #expect(!families.isEmpty)
        #expect(families.allSatisfy { $0 == "Noto Naskh Arabic" }, "\(families)")
    }

    @Test func withoutAutoDirectionPersianStaysLeft() throws {
        let paragraph = try shaper.shape(StyledText("سلام دنیا", style: serif),
                                         format: ParagraphFormat(width: .pt(300), leading: .pt(16), autoDirection: false))
        #expect(paragraph.lines[0].x == .zero)
    }

    @Test func linkExtentsCoverTheirSpan() throws {
        let before = "The report is at ", linkText = "example.org/report", after = " and more."
        let styled = StyledText([TextSpan(before, style: serif), TextSpan(linkText, style: serif, link: .url("https://example.org/report")),
                                 TextSpan(after, style: serif)])
        let line = try shaper.shapeLine(styled)
        #expect(line.links.count == 1)
        let link = try #require(line.links.first)
        #expect(link.target == .url("https://example.org/report"))
        let start = try shaper.measure(StyledText(before, style: serif))
        let width = try shaper.measure(StyledText(linkText, style: serif))
        #expect(link.minX.approximatelyEquals(start, tolerance: .pt(0.5)), "\(link.minX) vs \(start)")
        #expect((link.maxX - link.minX).approximatelyEquals(width, tolerance: .pt(0.5)))
    }

    @Test func aLinkBrokenAcrossLinesGivesOneExtentPerLine() throws {
        let styled = StyledText([TextSpan("Sources: ", style: serif),
                                 TextSpan("the report of the United Nations Assistance Mission", style: serif, link: .destination("unami")),
                                 TextSpan(" and others.", style: serif)])
        let paragraph = try shaper.shape(styled, format: ParagraphFormat(width: .pt(150), alignment: .center, leading: .pt(14)))
        let linked = paragraph.lines.filter { !$0.links.isEmpty }
        #expect(linked.count >= 2)
        for line in linked {
            for link in line.links {
                #expect(link.target == .destination("unami"))
                // Extents are relative to the paragraph box, so they lie within the line's own extent.
                #expect(link.minX >= line.x - .pt(0.01))
                #expect(link.maxX <= line.x + line.width + .pt(0.01))
            }
        }
    }

    @Test func measureAgreesWithShaping() throws {
        for string in ["Camp Ashraf", text, "52 killed, 7 abducted", ""] {
            let styled = StyledText(string, style: serif.bolded())
            let measured = try shaper.measure(styled)
            #expect(measured.approximatelyEquals(try shaper.shapeLine(styled).width, tolerance: .pt(0.001)))
            // Cached the second time; still the same.
            #expect(try shaper.measure(styled) == measured)
        }
        #expect(try shaper.measure(StyledText("", style: serif)) == .zero)
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
        // Pango adds the spacing between letters, not after the last: five gaps in "Ashraf".
        #expect(spacedWidth.approximatelyEquals(plain + .pt(10), tolerance: .pt(0.1)))
        var superscript = serif
        superscript.superscript = true
        #expect(try shaper.measure(StyledText("12", style: superscript)) < shaper.measure(StyledText("12", style: serif)))
        var smallCaps = serif
        smallCaps.smallCaps = true
        #expect(try shaper.measure(StyledText("ashraf", style: smallCaps)) != shaper.measure(StyledText("ashraf", style: serif)))
    }

    @Test func emptyTextHasOneLineWithMetrics() throws {
        let paragraph = try shape("", width: .pt(100))
        #expect(paragraph.lines.count == 1)
        #expect(paragraph.lines[0].ascent > .zero)
        #expect(paragraph.lines[0].width == .zero)
    }

    @Test func badSizesAreErrors() {
        #expect(throws: ShapingError.self) { try shaper.measure(StyledText("x", style: serif.sized(.pt(0)))) }
        #expect(throws: ShapingError.self) { try shaper.shape(StyledText("x", style: serif.sized(.pt(.nan))),
                                                              format: ParagraphFormat(width: .pt(10), leading: .pt(10))) }
        #expect(throws: ShapingError.self) { try shaper.shape(StyledText("x", style: serif),
                                                              format: ParagraphFormat(width: .pt(-1), leading: .pt(10))) }
    }
}
