// PDFSyntaxTests: the postprocessor's PDF strings and numbers, parser, and how content is marked piece by piece.
import DossierDisplay
@testable import DossierRender
import Testing

@Suite struct PDFSyntaxTests {
    @Test func textStrings() {
        #expect(PDFTextString.encode("Camp (Ashraf) \\ 2013") == "(Camp \\(Ashraf\\) \\\\ 2013)")
        #expect(PDFTextString.encode("é") == "<FEFF00E9>")
        #expect(PDFTextString.encode("line\nbreak") == "<FEFF006C0069006E0065000A0062007200650061006B>")
        #expect(PDFTextString.encode("😀") == "<FEFFD83DDE00>")
    }

    @Test func bytesAndNumbers() {
        #expect(PDFTextString.bytes("https://x.org/a(b)\\é") == "(https://x.org/a\\(b\\)\\\\\\303\\251)")
        var out: [UInt8] = []
        for value in [0, 7, 10, -42, 1_234_567] { out.append(integer: value); out.append(0x20) }
        out.append(reference: 12)
        for value in [0.0, 737.889764, -0.05, 0.5, 12.3456, 2.9999, 1e20, .nan] { out.append(0x20); out.append(real: value) }
        #expect(String(decoding: out, as: UTF8.self) == "0 7 10 -42 1234567 12 0 R 0 737.89 -0.05 0.5 12.346 3 1000000000000 0")
    }

    @Test func parserReadsObjectsAndReferences() throws {
        var parser = PDFParser(Array("12 0 obj\n<< /Type /StructElem /S /Figure /K [ 3 0 R 4 << /MCID 1 >> 5 0 R ] /T (a\\)b) >>\nendobj".utf8))
        #expect(try parser.objectHeader() == 12)
        let value = try parser.value()
        #expect(value["S"]?.name == "Figure")
        #expect(value["K"]?.references == [3, 5])
        var truncated = PDFParser(Array("<< /K [ 1 0 R".utf8))
        #expect(throws: PDFParser.Failure.truncated) { try truncated.value() }
        var ranges = PDFParser(Array("<< /P 7 0 R /S /P >>".utf8))
        let found = try ranges.dictionaryValueRanges()
        #expect(found["P"] == 6..<11)
    }

    @Test func contentIsMarkedPieceByPieceOnlyWhereNeeded() {
        let line = ShapedLine(text: "x", width: .pt(5), ascent: .pt(4), descent: .pt(1), glyphs: PlainGlyphs())
        let linked = ShapedLine(text: "x", width: .pt(5), ascent: .pt(4), descent: .pt(1),
                                links: [InlineLink(minX: .zero, maxX: .pt(5), target: .url("u"))], glyphs: PlainGlyphs())
        let text = FrameItem.text(TextItem(origin: .zero, line: line))
        let plan = PageRenderer.piecewisePlan([
            .structure(.begin(.section)),                                       // has a child: piece by piece
            .structure(.begin(.paragraph)), text, .structure(.end(.paragraph)), // leaf: no
            .structure(.begin(.paragraph)), .text(TextItem(origin: .zero, line: linked)), .structure(.end(.paragraph)), // link: piece by piece
            .structure(.end(.section)),
            .structure(.begin(.artifact)), text, .structure(.end(.artifact)),   // no element at all
            .group(GroupItem(items: [.structure(.begin(.listItem)), text])),    // open at the page's end: piece by piece
        ])
        #expect(plan == [true, false, true, true])
    }

    @Test func aContentsEntryDrawsItsTextInsideItsLink() {
        let line = ShapedLine(text: "x", width: .pt(5), ascent: .pt(4), descent: .pt(1), glyphs: PlainGlyphs())
        let linked = ShapedLine(text: "x", width: .pt(5), ascent: .pt(4), descent: .pt(1),
                                links: [InlineLink(minX: .zero, maxX: .pt(5), target: .url("u"))], glyphs: PlainGlyphs())
        let text = FrameItem.text(TextItem(origin: .zero, line: line))
        let link = LinkItem(rect: Rect(x: .zero, y: .zero, width: .pt(5), height: .pt(5)), target: .destination("d"))
        let plan = PageRenderer.linkPlan([
            .structure(.begin(.contentsItem)), text, text, .link(link), .structure(.end(.contentsItem)), // holds its link
            .structure(.begin(.paragraph)), .text(TextItem(origin: .zero, line: linked)), .link(link),
            .structure(.end(.paragraph)),                                                                // inline link too: no
            .structure(.begin(.contentsItem)), .group(GroupItem(items: [.link(link)])),
            .structure(.end(.contentsItem)),                                                             // another group: no
            .structure(.begin(.contentsItem)), .link(link), .link(link), .structure(.end(.contentsItem)), // two links: no
            .structure(.begin(.contentsItem)), .link(link),                                              // open at the end: no
        ])
        #expect(plan.map { $0 != nil } == [true, false, false, false, false])
        // Both lines start at x = 0: no gap sets the second apart.
        #expect(plan.first??.lines == 2)
        let number = FrameItem.text(TextItem(origin: Point(x: .pt(200), y: .zero), line: line))
        let entry = PageRenderer.linkPlan([.structure(.begin(.contentsItem)), text, number, .link(link), .structure(.end(.contentsItem))])
        #expect(entry.first??.lines == 1, "the page number after the leader stays out of the link")
    }
}
