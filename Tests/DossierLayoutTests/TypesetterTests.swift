// TypesetterTests: lines broken from shaped pieces with the bundled fonts: breaking, alignment,
// justification, direction, links, source ranges and the glyphs lines refer to.

import CairoPango
import DossierDisplay
import Testing
@testable import DossierLayout

@Suite struct TypesetterTests {
    static let pango: PangoShaper? = ReferencePageTests.fonts.flatMap { try? PangoShaper(fonts: $0) }
    let serif = TextStyle(family: "Noto Serif", size: .pt(11))
    let text = "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
        + "the United Nations called for an independent investigation of the attack."

    private func typesetter() throws -> Typesetter { Typesetter(try #require(Self.pango)) }

    private func shape(_ string: String, width: Length, alignment: TextAlignment = .start,
                       indent: Length = .zero, style: TextStyle? = nil) throws -> ShapedParagraph {
        try typesetter().shape(StyledText(string, style: style ?? serif),
                               format: ParagraphFormat(width: width, alignment: alignment, leading: .pt(14), firstLineIndent: indent))
    }

    @Test func wrapsAtTheWidthAndKeepsTheText() throws {
        let paragraph = try shape(text, width: .pt(200))
        #expect(paragraph.lines.count >= 3)
        for line in paragraph.lines {
            #expect(line.x + line.width <= .pt(200.01), "\(line.text) is \(line.width) wide")
            #expect(line.glyphs is GlyphLine)
            #expect(line.ascent > .pt(8) && line.ascent < .pt(14))
            #expect(line.descent > .pt(1) && line.descent < .pt(6))
        }
        let words = paragraph.lines.flatMap { $0.text.split(separator: " ") }.map(String.init)
        #expect(words == text.split(separator: " ").map(String.init))
        #expect(paragraph.leading == .pt(14))
    }

    @Test func linesKnowTheirSourceRanges() throws {
        let paragraph = try shape(text, width: .pt(200), alignment: .justify)
        let bytes = Array(text.utf8)
        var end = 0
        for line in paragraph.lines {
            #expect(line.sourceRange.lowerBound >= end)
            #expect(String(decoding: bytes[line.sourceRange], as: UTF8.self) == line.text)
            end = line.sourceRange.upperBound
        }
        #expect(end == bytes.count)
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
        #expect(try shape("first \nsecond", width: .pt(300), alignment: .justify).lines.map(\.text) == ["first", "second"])
    }

    @Test func aLongWordIsBrokenRatherThanOverflowing() throws {
        for alignment in [TextAlignment.start, .justify] {
            let address = "https://example.org/a/very/long/address/that/cannot/fit/on/one/line"
            let paragraph = try shape(address, width: .pt(100), alignment: alignment)
            #expect(paragraph.lines.count > 1)
            for line in paragraph.lines { #expect(line.width <= .pt(100.01)) }
            #expect(paragraph.lines.map(\.text).joined() == address)
            let word = String(repeating: "unbreakable", count: 60)
            let broken = try shape(word, width: .pt(100), alignment: alignment)
            for line in broken.lines { #expect(line.width <= .pt(100.01)) }
            #expect(broken.lines.map(\.text).joined() == word)
        }
    }

    @Test func justifiedLinesFillTheWidthButTheLast() throws {
        let paragraph = try shape(text, width: .pt(220), alignment: .justify)
        for line in paragraph.lines.dropLast() {
            #expect(line.width.approximatelyEquals(.pt(220), tolerance: .pt(0.001)), "\(line.text): \(line.width)")
            // The last word's last glyph ends at the measure (the space the line breaks at lies beyond it).
            let glyphs = try #require(line.glyphs as? GlyphLine)
            let last = try #require(glyphs.parts.last { $0.run.text != [0x20] })
            let end = last.x + Double(last.run.width(of: last.glyphs)) / GlyphRun.unitsPerPoint
            #expect(abs(end - 220) < 0.001, "\(line.text) ends at \(end)")
        }
        let last = try #require(paragraph.lines.last)
        #expect(last.width < .pt(210))
        #expect(last.x == .zero)
    }

    /// The sample's page 6: set greedily, its last line was "government." alone and a space grew
    /// to three times its width; total fit keeps every space under one and a half.
    @Test func totalFitSetsTheSampleParagraphEvenly() throws {
        let paragraph = "Sardary reports that the UN High Commissioner for Human Rights called for an independent "
            + "investigation and that Senator John Kerry demanded an inquiry. He cites The Untold Stories of Camp Ashraf "
            + "by Tahar Boumedra, a former UN adviser on Ashraf, as showing that the UN mission in Iraq avoided steps "
            + "that might have displeased the Iraqi government."
        let body = serif.sized(.pt(10.5))
        let lines = try shape(paragraph, width: .pt(462.05), alignment: .justify, style: body)
        #expect(lines.lines.last?.text.contains(" ") == true)
        let natural = try typesetter().measure(StyledText(" ", style: body))
        for line in lines.lines.dropLast() {
            let parts = try #require(line.glyphs as? GlyphLine).parts
            for (space, next) in zip(parts, parts.dropFirst()) where space.run.text == [0x20] {
                #expect((next.x - space.x) / natural.points < 1.5, "\(line.text)")
            }
        }
    }

    private func hyphenated(_ string: String, width: Length, alignment: TextAlignment = .justify,
                            hyphenate: Bool = true, language: String = "en") throws -> [ShapedLine] {
        try typesetter().shape(StyledText(string, style: serif), format: ParagraphFormat(
            width: width, alignment: alignment, leading: .pt(14), language: language, hyphenate: hyphenate)).lines
    }

    private func hyphenatedEnds(_ lines: [ShapedLine]) -> [Bool] {
        lines.map { ($0.glyphs as? GlyphLine)?.addedHyphen != nil }
    }

    @Test func closingPunctuationHangsIntoTheMarginOfJustifiedLines() throws {
        let string = String(repeating: "Residents were killed, injured and abducted; the camp was raided. ", count: 8)
        let lines = try hyphenated(string, width: .pt(160), hyphenate: false)
        var hung = 0
        for line in lines.dropLast() {
            let last = try #require(line.text.unicodeScalars.last)
            let hang = (InlineLines.hangingShares[last] ?? 0) * serif.size.points
            // Letters end exactly at the measure; punctuation passes it by its share of the em.
            #expect(line.width.approximatelyEquals(.pt(160 + hang), tolerance: .pt(0.001)), "\(line.text)")
            if hang > 0 { hung += 1 }
        }
        #expect(hung > 0)
        // Ragged and right-to-left lines do not hang.
        for line in try hyphenated(string, width: .pt(160), alignment: .start, hyphenate: false) {
            #expect(line.width <= .pt(160.001))
        }
    }

    @Test func justifiedTextIsHyphenatedWhereItHelps() throws {
        let string = String(repeating: "The international humanitarian organizations demanded responsibility "
                            + "and accountability from the authorities. ", count: 6)
        let lines = try hyphenated(string, width: .pt(150))
        let ends = hyphenatedEnds(lines)
        #expect(ends.contains(true))
        // Never three hyphenated lines in a row.
        var run = 0
        for end in ends { run = end ? run + 1 : 0; #expect(run <= 2) }
        for (line, end) in zip(lines, ends) where end {
            // The hyphen is drawn at the end of the line, and hangs into the margin by its share of the em.
            let glyphs = try #require(line.glyphs as? GlyphLine)
            #expect(glyphs.addedHyphen == glyphs.parts.count - 1 || glyphs.parts.last?.run.text == [0x20])
            let hang = try #require(InlineLines.hangingShares["-"]) * serif.size.points
            #expect(line.width.approximatelyEquals(.pt(150 + hang), tolerance: .pt(0.001)))
            // The line's text has no hyphen: the word is whole in the source.
            #expect(line.text.last?.isLetter == true)
        }
        // Without patterns for the language, or without hyphenation, or ragged: none.
        #expect(!hyphenatedEnds(try hyphenated(string, width: .pt(150), language: "xx")).contains(true))
        #expect(!hyphenatedEnds(try hyphenated(string, width: .pt(150), hyphenate: false)).contains(true))
        #expect(!hyphenatedEnds(try hyphenated(string, width: .pt(150), alignment: .start)).contains(true))
    }

    @Test func numbersAddressesAndIdentifiersAreNotHyphenated() throws {
        let string = "See https://example.org/investigations/report and ncri-2019-09-01 for 1234567890123 "
            + "INTERNATIONAL UNAMI; " + String(repeating: "mm ", count: 40)
        for width in stride(from: 60.0, through: 200, by: 7) {
            let lines = try hyphenated(string, width: .pt(width))
            for (line, end) in zip(lines, hyphenatedEnds(lines)) where end {
                Issue.record("hyphenated at \(width): \(line.text)")
            }
        }
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
        for alignment in [TextAlignment.start, .justify] {
            let paragraph = try shape(text, width: .pt(220), alignment: alignment, indent: .pt(18))
            #expect(paragraph.lines[0].x.approximatelyEquals(.pt(18)))
            #expect(paragraph.lines[1].x == .zero)
            #expect(paragraph.lines[0].x + paragraph.lines[0].width <= .pt(220.01))
        }
    }

    @Test func persianIsRightToLeftInNaskh() throws {
        // "The people of Ashraf were attacked", in a Noto Serif span: Arabic script falls back to Naskh.
        let persian = "به ساکنان اشرف حمله شد و پنجاه و دو نفر کشته شدند"
        let paragraph = try typesetter().shape(StyledText(persian, style: serif),
                                               format: ParagraphFormat(width: .pt(300), leading: .pt(16), language: "fa"))
        #expect(paragraph.lines.count == 1)
        let line = paragraph.lines[0]
        #expect(line.text == persian)
        // Start-aligned right-to-left text sits at the right edge.
        #expect((line.x + line.width).approximatelyEquals(.pt(300)))
        #expect(line.x > .pt(50))
        let glyphs = try #require(line.glyphs as? GlyphLine)
        // The first word is drawn rightmost.
        let first = try #require(glyphs.parts.last)
        #expect(String(decoding: first.run.text, as: UTF8.self) == "به")
        #expect(glyphs.parts.allSatisfy { $0.run.rightToLeft })
    }

    @Test func mixedDirectionsAreReorderedAfterBreaking() throws {
        // A left-to-right sentence quoting Persian: the Persian words read right to left inside it.
        let styled = StyledText("He said اشرف حمله شد today", style: serif)
        let line = try typesetter().shapeLine(styled)
        let glyphs = try #require(line.glyphs as? GlyphLine)
        let words = glyphs.parts.map { String(decoding: $0.run.text, as: UTF8.self) }.filter { $0 != " " }
        #expect(words == ["He", "said", "شد", "حمله", "اشرف", "today"])
        #expect(zip(glyphs.parts, glyphs.parts.dropFirst()).allSatisfy { $0.x < $1.x })
    }

    @Test func withoutAutoDirectionPersianStaysLeft() throws {
        let paragraph = try typesetter().shape(StyledText("سلام دنیا", style: serif),
                                               format: ParagraphFormat(width: .pt(300), leading: .pt(16), autoDirection: false))
        #expect(paragraph.lines[0].x == .zero)
    }

    @Test func linkExtentsCoverTheirSpan() throws {
        let before = "The report is at ", linkText = "example.org/report", after = " and more."
        let styled = StyledText([TextSpan(before, style: serif), TextSpan(linkText, style: serif, link: .url("https://example.org/report")),
                                 TextSpan(after, style: serif)])
        let typesetter = try typesetter()
        let line = try typesetter.shapeLine(styled)
        #expect(line.links.count == 1)
        let link = try #require(line.links.first)
        #expect(link.target == .url("https://example.org/report"))
        let start = try typesetter.measure(StyledText(before, style: serif))
        let width = try typesetter.measure(StyledText(linkText, style: serif))
        #expect(link.minX.approximatelyEquals(start, tolerance: .pt(0.01)), "\(link.minX) vs \(start)")
        #expect((link.maxX - link.minX).approximatelyEquals(width, tolerance: .pt(0.01)))
    }

    @Test func aLinkBrokenAcrossLinesGivesOneExtentPerLine() throws {
        let styled = StyledText([TextSpan("Sources: ", style: serif),
                                 TextSpan("the report of the United Nations Assistance Mission", style: serif, link: .destination("unami")),
                                 TextSpan(" and others.", style: serif)])
        for alignment in [TextAlignment.center, .justify] {
            let paragraph = try typesetter().shape(styled, format: ParagraphFormat(width: .pt(150), alignment: alignment, leading: .pt(14)))
            let linked = paragraph.lines.filter { !$0.links.isEmpty }
            #expect(linked.count >= 2)
            for line in linked {
                #expect(line.links.count == 1)
                for link in line.links {
                    #expect(link.target == .destination("unami"))
                    // Extents are relative to the paragraph box, so they lie within the line's own extent.
                    #expect(link.minX >= line.x - .pt(0.01))
                    #expect(link.maxX <= line.x + line.width + .pt(0.01))
                }
            }
        }
    }

    @Test func measureAgreesWithShaping() throws {
        let typesetter = try typesetter()
        for string in ["Camp Ashraf", text, "52 killed, 7 abducted", ""] {
            let styled = StyledText(string, style: serif.bolded())
            #expect(try typesetter.measure(styled).approximatelyEquals(try typesetter.shapeLine(styled).width, tolerance: .pt(0.001)))
        }
    }

    @Test func emptyTextHasOneLineWithMetrics() throws {
        let paragraph = try shape("", width: .pt(100))
        #expect(paragraph.lines.count == 1)
        #expect(paragraph.lines[0].ascent > .zero)
        #expect(paragraph.lines[0].width == .zero)
    }

    @Test func badWidthsAreErrors() throws {
        #expect(throws: InlineError.self) { try shape("x", width: .pt(-1)) }
        #expect(throws: InlineError.self) { try shape("x", width: .pt(.nan)) }
    }

    @Test func linesReferToSharedPieces() throws {
        let paragraph = try shape("the camp and the road and the camp", width: .pt(60))
        let runs = paragraph.lines.compactMap { $0.glyphs as? GlyphLine }.flatMap(\.parts).map(\.run)
        let the = runs.filter { $0.text == Array("the".utf8) }
        #expect(the.count == 3)
        #expect(the.allSatisfy { $0 === the[0] })
    }
}
