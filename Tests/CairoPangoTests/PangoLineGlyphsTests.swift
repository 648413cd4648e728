// PangoLineGlyphsTests: the glyphs a line keeps once its Pango layout is reused.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct PangoLineGlyphsTests {
    let shaper = TestFonts.shaper
    let serif = TestFonts.serif

    func glyphs(_ text: StyledText, width: Length = .pt(400), language: String = "en") throws -> [PangoLineGlyphs] {
        let paragraph = try shaper.shape(text, format: ParagraphFormat(width: width, leading: .pt(14), language: language))
        return try paragraph.lines.map { try #require($0.glyphs as? PangoLineGlyphs) }
    }

    @Test func plainTextKeepsOneGlyphPerCharacterAndNoClusterMap() throws {
        let line = try #require(try glyphs(StyledText("Camp Ashraf · 1 September 2013", style: serif)).first)
        #expect(line.runs.count == 1)
        #expect(line.clusters.isEmpty)
        #expect(line.runs[0].clusterRange == nil)
        #expect(String(decoding: line.text, as: UTF8.self) == "Camp Ashraf · 1 September 2013")
        #expect(line.glyphs.count == "Camp Ashraf · 1 September 2013".count)
        #expect(line.ys.isEmpty)
        #expect(zip(line.xs, line.xs.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func runsSplitWhereTheStyleChangesAndCarryTheirColour() throws {
        var text = StyledText("Sources: ", style: serif)
        var link = serif
        link.color = Color(red: 0.2, green: 0.3, blue: 0.4)
        text.append(TextSpan("ncri.org", style: link, link: .url("https://ncri.org")))
        let line = try #require(try glyphs(text).first)
        #expect(line.runs.count == 2)
        let colour = try #require(line.runs[1].color)
        #expect(colour.red == UInt16((0.2 * 65535).rounded()) && colour.blue == UInt16((0.4 * 65535).rounded()))
        #expect(line.runs[1].x > line.runs[0].x)
        #expect(line.runs.map(\.textRange.count).reduce(0, +) == line.text.count)
    }

    @Test func rightToLeftRunsKeepTheirClusterMap() throws {
        let persian = "به ساکنان اشرف حمله شد"
        let line = try #require(try glyphs(StyledText(persian, style: serif), language: "fa").first)
        #expect(line.runs.allSatisfy { $0.backward })
        #expect(line.runs.allSatisfy { $0.clusterRange != nil })
        let mapped = line.runs.compactMap(\.clusterRange).flatMap { line.clusters[$0] }
        #expect(mapped.reduce(0) { $0 + Int($1.num_bytes) } == line.text.count)
        #expect(mapped.reduce(0) { $0 + Int($1.num_glyphs) } == line.glyphs.count)
    }

    @Test func softBreakSpacesKeepAGlyph() throws {
        // The space at a soft line break is drawn as a real, zero-width glyph, not left out.
        let lines = try glyphs(StyledText("the residents were attacked again and again", style: serif), width: .pt(90))
        #expect(lines.count >= 2)
        let first = lines[0]
        #expect(first.text.last == UInt8(ascii: " "))
        #expect(first.glyphs.count == first.text.count)
    }
}
