// TextLayerTests: justified, hyphenated and right-to-left lines read back from the PDF as their text.
import CairoPango
import DossierDisplay
import DossierLayout
@testable import DossierRender
import Foundation
import Testing

@Suite struct TextLayerTests {
    /// Writes `paragraphs` set justified at `width` on one page and returns what pdftotext reads,
    /// with the lines drawn.
    private func readBack(_ paragraphs: [StyledText], width: Length, language: String = "en",
                          hyphenate: Bool = false) throws -> (text: String, lines: [[ShapedLine]]) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var items: [FrameItem] = [.structure(.begin(.paragraph))]
        var y = Length.pt(60)
        var all: [[ShapedLine]] = []
        for text in paragraphs {
            let shaped = try SampleDocument.shaper.shape(text, format: ParagraphFormat(
                width: width, alignment: .justify, leading: .pt(15), language: language, hyphenate: hyphenate))
            all.append(shaped.lines)
            for line in shaped.lines {
                y += shaped.leading
                items.append(.text(TextItem(origin: Point(x: .pt(72), y: y), line: line)))
            }
        }
        items.append(.structure(.end(.paragraph)))
        let path = folder.file("text.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        try writer.add(Page(size: Size(width: .pt(595), height: .pt(842)), items: items, number: 1))
        try writer.finish()
        let text = try Tool.run("pdftotext", path, "-")
        #expect(text.status == 0)
        return (text.output, all)
    }

    @Test func justifiedLinesReadBackWithSingleSpaces() throws {
        let sentence = "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
            + "the United Nations called for an independent investigation of the attack."
        let (text, lines) = try readBack([StyledText(sentence, style: SampleDocument.body)], width: .pt(180))
        #expect(lines[0].count > 3)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" })
        #expect(words.joined(separator: " ") == sentence.split(separator: " ").joined(separator: " "))
        // No doubled spaces from stretched gaps.
        #expect(!text.contains("  "))
    }

    @Test func aHyphenatedLineEndReadsBackWithoutItsHyphen() throws {
        // Soft hyphens mark where the long words may break.
        let sentence = "The inter\u{AD}national humani\u{AD}tarian organi\u{AD}zations de\u{AD}manded re\u{AD}spon\u{AD}si\u{AD}bility."
        let (text, lines) = try readBack([StyledText(sentence, style: SampleDocument.body)], width: .pt(90))
        let hyphenated = lines[0].filter { line in
            (line.glyphs as? GlyphLine)?.addedHyphen != nil
        }
        #expect(!hyphenated.isEmpty)
        let plain = sentence.replacingOccurrences(of: "\u{AD}", with: "")
        let joined = text.replacingOccurrences(of: "\u{AD}", with: "").split(whereSeparator: \.isWhitespace).joined()
        #expect(joined == plain.split(whereSeparator: \.isWhitespace).joined(), "\(text)")
        #expect(!text.contains("-"), "\(text)")
    }

    @Test func wordsHyphenatedByPatternReadBackWhole() throws {
        let sentence = String(repeating: "The international humanitarian organizations demanded responsibility "
                              + "and accountability from the authorities. ", count: 3)
        let (text, lines) = try readBack([StyledText(sentence, style: SampleDocument.body)], width: .pt(150), hyphenate: true)
        #expect(lines[0].contains { ($0.glyphs as? GlyphLine)?.addedHyphen != nil })
        #expect(!text.contains("-"), "\(text)")
        // Every word is there whole, except where a line breaks inside it.
        let read = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let expected = sentence.split(separator: " ")
        var found = 0
        for word in expected where read.contains(word) { found += 1 }
        #expect(found >= expected.count - lines[0].count)
        #expect(read.split(separator: " ").joined() == expected.joined())
    }

    @Test func persianJoinersReadBackAndPrintNothing() throws {
        let persian = "ما هرگز تسلیم نمی‌شویم و راه آنان را ادامه می‌دهیم"
        let (text, lines) = try readBack([StyledText(persian, style: SampleDocument.body)], width: .pt(400), language: "fa")
        #expect(lines[0].count == 1)
        let glyphs = try #require(lines[0][0].glyphs as? GlyphLine)
        // The non-joiners are there, invisible.
        let invisible = glyphs.parts.flatMap { part in part.glyphs.map { part.run.glyphs[$0] } }.filter { $0 == GlyphRun.invisible }
        #expect(invisible.count == 2)
        // The text reads back whole and in order; the non-joiners, which print nothing, are not in
        // it (pdftotext adds embedding marks around the line).
        let read = text.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) }
        #expect(String(String.UnicodeScalarView(read)).trimmingCharacters(in: .whitespacesAndNewlines)
                == persian.replacingOccurrences(of: "\u{200C}", with: ""), "\(text)")
    }
}
