// PDFFinisherTests: artifacts marked in content streams, XMP dates and text, and a foreign PDF refused.
import DossierDisplay
@testable import DossierRender
import Foundation
import Testing

@Suite struct PDFFinisherTests {
    private func marked(_ content: String, tags: [String] = []) -> String {
        (try? ContentArtifacts.mark(Array(content.utf8), tags: tags)).map { String(decoding: $0, as: UTF8.self) } ?? "refused"
    }

    @Test func contentMarksBecomeMarkedContentNumberedOnThePage() {
        // An element's content between its marks, a rule outside, then a link's words.
        let out = marked("1 1 1 rg\n0 0 0.75 0.25 re f\n0 g\nBT (Text)Tj ET\n1 1 1 rg\n0 0 0.25 0.75 re f\n10 M 82 41 m 547 41 l S\n"
                         + "0 0 0.75 0.25 re f\n0 g\nBT (link)Tj ET\n1 1 1 rg\n0 0 0.25 0.75 re f\n", tags: ["P", "Link"])
        #expect(out == "1 1 1 rg\n/P << /MCID 0 >> BDC\n0 g\nBT (Text)Tj ET\n1 1 1 rg\nEMC\n10 M /Artifact BMC\n82 41 m 547 41 l S\n"
                + "EMC\n/Link << /MCID 1 >> BDC\n0 g\nBT (link)Tj ET\n1 1 1 rg\nEMC\n")
    }

    @Test func aPageMarkingMoreOrLessContentThanWasDrawnIsRefused() {
        let content = "0 0 0.75 0.25 re f\nBT (Text)Tj ET\n0 0 0.25 0.75 re f\n"
        #expect(marked(content, tags: ["P"]) != "refused")
        #expect(marked(content, tags: []) == "refused")
        #expect(marked(content, tags: ["P", "P"]) == "refused")
    }

    @Test func furnitureBetweenItsContentMarksBecomesAPaginationArtifact() {
        // The marks as cairo writes them (`Canvas.ContentMark`): white fills of their own sizes.
        let out = marked("/P << /MCID 0 >> BDC\nBT (Text)Tj ET\nEMC\n1 1 1 rg\n0 0 0.5 0.25 re f\n0 g\nBT (Page 2 of 9)Tj ET\n"
                         + "1 1 1 rg\n0 0 0.25 0.5 re f\n")
        #expect(out == "/P << /MCID 0 >> BDC\nBT (Text)Tj ET\nEMC\n1 1 1 rg\n/Artifact << /Type /Pagination >> BDC\n0 g\n"
                + "BT (Page 2 of 9)Tj ET\n1 1 1 rg\nEMC\n")
    }

    @Test func aRectangleOfAnotherSizeIsDrawingNotAMark() {
        let out = marked("0 0 0.5 0.5 re f\n0 0 0.5 0.25 re S\n")
        #expect(out == "/Artifact BMC\n0 0 0.5 0.5 re f\n0 0 0.5 0.25 re S\n\nEMC\n")
    }

    @Test func untaggedDrawingIsWrappedWithoutCrossingPathsOrTextObjects() {
        // A rule drawn between two tagged sequences, then text outside any tag.
        let out = marked("q 1 0 0 -1 0 792 cm\n10 M 82 41 m 547 41 l S\n/P << /MCID 0 >> BDC\nBT (a)Tj ET\nEMC\nBT /f-0-0 1 Tf (b)Tj ET\nQ\n")
        #expect(out == "q 1 0 0 -1 0 792 cm\n10 M /Artifact BMC\n82 41 m 547 41 l S\nEMC\n/P << /MCID 0 >> BDC\nBT (a)Tj ET\nEMC\n"
                + "BT /f-0-0 1 Tf /Artifact BMC\n(b)Tj EMC\nET\nQ\n")
    }

    @Test func stringsWithOperatorsAndBracketsAreNotOperators() {
        let content = "/Span << /MCID 0 >> BDC\nBT [(S f \\) BDC)20(EMC)]TJ ET\nEMC\n"
        #expect(marked(content) == content)
    }

    @Test func resourceNamesAreRenamedOutsideStrings() {
        let content = "/a0 gs BT /f-0-0 1 Tf (/a0 stays)Tj ET /x1 Do\n% /a0 in a comment\n"
        let out = String(decoding: ContentNames.renamed(Array(content.utf8), ["a0": "a0o1", "x1": "x1o1"]), as: UTF8.self)
        #expect(out == "/a0o1 gs BT /f-0-0 1 Tf (/a0 stays)Tj ET /x1o1 Do\n% /a0 in a comment\n")
    }

    @Test func stateOnlyContentIsLeftAlone() {
        let content = "q 0 0 0 rg 1 w Q\n"
        #expect(marked(content) == content)
    }

    @Test func xmpDatesFollowThePDFDate() {
        #expect(XMPPacket.xmpDate("D:20261120000000Z") == "2026-11-20T00:00:00Z")
        #expect(XMPPacket.xmpDate("D:20131231235959+01'00'") == "2013-12-31T23:59:59+01:00")
        #expect(XMPPacket.xmpDate("D:2013") == nil)
    }

    @Test func xmpCarriesTitleAndIdentification() {
        var packet = XMPPacket(title: "Camp <Ashraf> & co", author: "A", subject: "", keywords: "", creatorTool: "dossier",
                               producer: "cairo 1.16.0", language: "en", creationDate: "D:20261120000000Z",
                               modificationDate: nil, standard: .uaAndA2a)
        #expect(packet.text.contains("<rdf:li xml:lang=\"x-default\">Camp &lt;Ashraf&gt; &amp; co</rdf:li>"))
        #expect(packet.text.contains("<pdfaid:part>2</pdfaid:part>") && packet.text.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(packet.text.contains("<xmp:CreateDate>2026-11-20T00:00:00Z</xmp:CreateDate>"))
        packet.standard = .none
        #expect(!packet.text.contains("pdfaid") && !packet.text.contains("<pdfuaid:part>"))
    }

    @Test func headingLevels() {
        #expect(StructureTree.headingLevel("H3") == 3)
        #expect(StructureTree.headingLevel("H") == nil)
        #expect(StructureTree.headingLevel("H7") == nil)
        #expect(StructureTree.headingLevel("TH") == nil)
    }

    @Test func refusesAPDFItDidNotWrite() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let finisher = PDFFinisher(metadata: DocumentMetadata(title: "T"), options: PDFOptions())
        // A valid PDF from another program.
        #expect(try Tool.run("qpdf", "--empty", folder.file("other.pdf")).status == 0)
        #expect {
            try finisher.run(input: folder.file("other.pdf"), output: folder.file("out.pdf"))
        } throws: { error in
            "\(error)".contains("not written by dossier's renderer")
        }
        // Not a PDF at all.
        try Data("hello".utf8).write(to: URL(fileURLWithPath: folder.file("text.pdf")))
        #expect {
            try finisher.run(input: folder.file("text.pdf"), output: folder.file("out.pdf"))
        } throws: { error in
            "\(error)".contains("cannot read it as a PDF")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.pdf")))
    }
}
