// PDFWriterTests: writes the sample document and reads it back with qpdf and poppler.
import CairoPango
import DossierDisplay
@testable import DossierRender
import Foundation
import Testing

@Suite struct PDFWriterTests {
    /// Writes the sample document to `path`.
    private func writeSample(to path: String, metadata: DocumentMetadata = SampleDocument.metadata) throws {
        let writer = try PDFWriter(path: path, metadata: metadata, fonts: SampleDocument.fonts)
        for page in try SampleDocument.pages() { try writer.add(page) }
        try writer.finish()
    }

    @Test func theSampleIsAValidTaggedPDFWithEmbeddedFonts() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("sample.pdf")
        try writeSample(to: path)
        #expect(folder.contents == ["sample.pdf"])

        let check = try Tool.run("qpdf", "--check", path)
        #expect(check.status == 0, "\(check.output)\(check.errors)")

        let info = try Tool.run("pdfinfo", path)
        #expect(info.status == 0)
        #expect(info.output.contains("Title:           Attacks on Camp Ashraf"))
        #expect(info.output.contains("Author:          Test Author"))
        #expect(info.output.contains("Keywords:        ashraf, test"))
        #expect(info.output.contains("Pages:           2"))
        #expect(info.output.contains("Tagged:          yes"))
        #expect(info.output.contains("CreationDate:    Fri Nov 20 00:00:00 2026 UTC"))

        let fonts = try Tool.run("pdffonts", path)
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(rows.count >= 2)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7)
            #expect(columns[columns.count - 5] == "yes", "not embedded: \(row)")
            #expect(row.contains("Noto"))
        }

        let text = try Tool.run("pdftotext", path, "-")
        #expect(text.output.contains("Attacks on Camp Ashraf"))
        #expect(text.output.contains("example.org/report"))
        #expect(text.output.contains("Details: seven residents were abducted."))

        let structure = try Tool.run("pdfinfo", "-struct-text", path)
        #expect(structure.status == 0)
        #expect(structure.errors.isEmpty, "\(structure.errors)")
        // A paragraph holds its own text beside the link in it, with no span around either.
        #expect(structure.output.hasPrefix("Document\n  H1 (block)\n    \"Attacks on Camp Ashraf\"\n  P (block)\n"
                                           + "    \"On 1 September 2013, 52 residents of Camp Ashraf were killed. The report is at \"\n"
                                           + "    Link (inline)\n"), "\(structure.output)")
        #expect(!structure.output.contains("Span"))
        #expect(structure.output.contains("Figure"))
        #expect(structure.output.contains("  P (block)\n    \"Details: seven residents were abducted.\""))
        // Every line of the first paragraph is in the structure, not just the first.
        #expect(structure.output.contains("Details follow on the next page."))
    }

    @Test func languageAltTextLinksAndOutline() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("sample.pdf")
        try writeSample(to: path)
        let bytes = try Self.plainObjects(path, in: folder)
        #expect(bytes.contains("/Lang (en)"))
        #expect(bytes.contains("/MarkInfo << /Marked true >>"))
        #expect(bytes.contains("/S /Figure"))
        #expect(bytes.contains("/Alt (Bar chart: 52 killed, 7 abducted)"))
        #expect(bytes.contains("/URI (https://example.org/report?a='1')"))
        #expect(bytes.contains("/Dest (details)"))

        let json = try Tool.run("qpdf", "--json", "--json-key=outlines", path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.count == 1)
        #expect(outlines[0]["title"] as? String == "Attacks on Camp Ashraf")
        #expect(outlines[0]["destpageposfrom1"] as? Int == 1)
        let kids = try #require(outlines[0]["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["Details"])
        #expect(kids[0]["destpageposfrom1"] as? Int == 2)
        // The destination is at y = 40 + 50 (group offset) from the top of the 792 pt Letter page.
        let dest = try #require(kids[0]["dest"] as? [Any])
        #expect((dest[3] as? Double) == 702)
    }

    /// The PDF's objects as text: out of their compressed object streams, whitespace runs made one space.
    static func plainObjects(_ path: String, in folder: ScratchFolder) throws -> String {
        let plain = folder.file("plain.pdf")
        #expect(try Tool.run("qpdf", "--qdf", "--object-streams=disable", path, plain).status == 0)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func aQuotationInAnotherLanguageCarriesItsLanguage() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("quote.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        let english = try SampleDocument.shaper.shapeLine(StyledText("They attacked the camp.", style: SampleDocument.body))
        let persian = try SampleDocument.shaper.shapeLine(StyledText("به ساکنان اشرف حمله شد", style: SampleDocument.body))
        try writer.add(Page(size: .a4, items: [
            .structure(.begin(.paragraph)),
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(100)), line: english)),
            .structure(.end(.paragraph)),
            .structure(.begin(.blockQuote)),
            .structure(.begin(.paragraph)), .structure(.language("fa")),
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(130)), line: persian)),
            .structure(.end(.paragraph)),
            .structure(.end(.blockQuote)),
        ], number: 1))
        try writer.finish()
        let objects = try Self.plainObjects(path, in: folder)
        // The catalog says English; only the quotation's paragraph says Persian.
        #expect(objects.contains("/Lang (en)"))
        let persianElements = objects.components(separatedBy: "/Lang (fa)").count - 1
        #expect(persianElements == 1)
        #expect(objects.range(of: #"/Lang \(fa\) [^>]*/S /P\b"#, options: .regularExpression) != nil
                || objects.range(of: #"/S /P [^>]*/Lang \(fa\)"#, options: .regularExpression) != nil, "\(objects.prefix(3000))")
    }

    @Test func theStructureTreeIsWrittenFromWhatWasDrawn() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("tree.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        func line(_ text: String, y: Double) throws -> FrameItem {
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(y)), line: try SampleDocument.shaper.shapeLine(StyledText(text, style: SampleDocument.body))))
        }
        func cell(_ role: StructureRole, _ text: String, y: Double) throws -> [FrameItem] {
            [.structure(.begin(role)), try line(text, y: y), .structure(.end(role))]
        }
        // A heading that skips a level, a table with a header row and a row header, a link
        // beside a paragraph's text, and a paragraph that goes on to the next page.
        var first: [FrameItem] = [.structure(.begin(.document))]
        first += try cell(.heading1, "Attacks", y: 60)
        first += try cell(.heading3, "Camp Ashraf", y: 90)
        first += [.structure(.begin(.table)), .structure(.begin(.tableRow))]
        first += try cell(.tableHeader, "Year", y: 120) + cell(.tableHeader, "Killed", y: 140)
        first += [.structure(.end(.tableRow)), .structure(.begin(.tableRow))]
        first += try cell(.tableHeader, "2013", y: 160) + cell(.tableCell, "52", y: 180)
        first += [.structure(.end(.tableRow)), .structure(.end(.table))]
        first += [.structure(.begin(.paragraph)), try line("See the report", y: 220),
                  .link(LinkItem(rect: Rect(x: .pt(72), y: .pt(230), width: .pt(50), height: .pt(12)), target: .url("https://example.org/r"))),
                  try line("which begins here", y: 250)]
        try writer.add(Page(size: .a4, items: first, number: 1))
        try writer.add(Page(size: .a4, items: [try line("and ends here.", y: 60), .structure(.end(.paragraph)),
                                               .structure(.end(.document))], number: 2))
        try writer.finish()
        #expect(try Tool.run("qpdf", "--check", path).status == 0)
        let objects = try Self.plainObjects(path, in: folder)
        // H3 after H1 is read as H2.
        #expect(objects.contains("/S /H2") && !objects.contains("/S /H3"))
        #expect(objects.components(separatedBy: "/Scope /Column").count - 1 == 2)
        #expect(objects.components(separatedBy: "/Scope /Row").count - 1 == 1)
        // The paragraph's content on the second page is referred to with its page.
        #expect(objects.range(of: #"<< /MCID 0 /Pg [0-9]+ 0 R /Type /MCR >>"#, options: .regularExpression) != nil, "\(objects)")
        #expect(objects.contains("/URI (https://example.org/r)") && objects.contains("/Contents (Link to https://example.org/r)"))
        let tree = try Tool.run("pdfinfo", "-struct-text", path).output
        #expect(tree.contains("  P (block)\n    \"See the report\"\n    Link (inline)\n      Object "), "\(tree)")
        #expect(tree.contains("\"which begins here\"\n    \"and ends here.\""), "\(tree)")
        #expect(tree.contains("TR\n      TH:\n         /Scope /Row\n        \"2013\"\n      TD\n        \"52\""), "\(tree)")
    }

    @Test func overlaysAreMergedIntoTheirPages() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("overlaid.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        func line(_ text: String, y: Double, style: TextStyle = SampleDocument.body) throws -> FrameItem {
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(y)), line: try SampleDocument.shaper.shapeLine(StyledText(text, style: style))))
        }
        for number in 1...3 {
            var items: [FrameItem] = [.structure(.begin(.paragraph)), try line("Body of page \(number)", y: 100), .structure(.end(.paragraph))]
            if number == 1 { items.insert(.structure(.begin(.document)), at: 0) }
            try writer.add(Page(size: .a4, items: items, number: number))
        }
        // Drawn after the pages, in another font, and over them: furniture and an untagged number.
        for number in 1...3 {
            var overlay = Page(size: .a4, items: [.structure(.begin(.artifact)),
                                                  try line("Page \(number) of 3", y: 800, style: SampleDocument.body.italicized()),
                                                  .structure(.end(.artifact)), try line("\(40 + number)", y: 200)], number: number)
            overlay.overlays = true
            if number == 3 { overlay.items.append(.structure(.end(.document))) }
            try writer.add(overlay)
        }
        try writer.finish()
        #expect(try Tool.run("qpdf", "--check", path).status == 0)
        let info = try Tool.run("pdfinfo", path).output
        #expect(info.contains("Pages:           3"), "\(info)")
        for number in 1...3 {
            let text = try Tool.run("pdftotext", "-f", "\(number)", "-l", "\(number)", path, "-").output
            #expect(text.contains("Body of page \(number)") && text.contains("Page \(number) of 3") && text.contains("\(40 + number)"))
        }
        // The overlays' text is page furniture or an artifact, not read in the structure.
        let tree = try Tool.run("pdfinfo", "-struct-text", path).output
        #expect(tree.contains("Body of page 2") && !tree.contains("Page 2 of 3") && !tree.contains("42"), "\(tree)")
    }

    @Test func twoWritesAreByteIdentical() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try writeSample(to: folder.file("a.pdf"))
        try writeSample(to: folder.file("b.pdf"))
        let compare = try Tool.run("cmp", folder.file("a.pdf"), folder.file("b.pdf"))
        #expect(compare.status == 0, "\(compare.output)")
    }

    @Test func nonASCIIAltTextAndMetadata() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("fa.pdf")
        let metadata = DocumentMetadata(title: "حمله به اشرف", author: "Zoë (test)", language: "fa", creationDate: "2026-11-20T00:00:00+03:30")
        let writer = try PDFWriter(path: path, metadata: metadata, fonts: SampleDocument.fonts)
        let persian = "به ساکنان اشرف حمله شد"
        let line = try SampleDocument.shaper.shapeLine(StyledText(persian, style: SampleDocument.body))
        try writer.add(Page(size: .a4, items: [
            .structure(.begin(.paragraph)),
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(100)), line: line)),
            .structure(.end(.paragraph)),
            .structure(.begin(.figure, alt: "نمودار (chart)")),
            .shape(Shape(path: .rect(Rect(x: .pt(72), y: .pt(200), width: .pt(50), height: .pt(50))), fill: .color(.black))),
            .structure(.end(.figure)),
        ], number: 1))
        try writer.finish()
        #expect(try Tool.run("qpdf", "--check", path).status == 0)
        let info = try Tool.run("pdfinfo", path)
        #expect(info.output.contains("Title:           حمله به اشرف"))
        #expect(info.output.contains("Author:          Zoë (test)"))
        let text = try Tool.run("pdftotext", path, "-")
        #expect(text.output.contains(persian), "\(text.output)")
        let bytes = try Self.plainObjects(path, in: folder).lowercased()
        #expect(bytes.contains("/lang (fa)"))
        #expect(bytes.contains("/alt <feff" + "0646 0645 0648 062f 0627 0631 0020 0028 0063 0068 0061 0072 0074 0029".replacingOccurrences(of: " ", with: "") + ">"))
        let structure = try Tool.run("pdfinfo", "-struct-text", path)
        #expect(structure.output.contains(persian))
    }

    @Test func imagesAreEmbedded() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // A PNG made by the PNG renderer, and a hand-made JPEG header (passed through, not decoded).
        let pngPath = folder.file("swatch.png")
        try PNGRenderer.render(Page(size: Size(width: .pt(8), height: .pt(6)), items: [
            .shape(Shape(path: .rect(Rect(x: .zero, y: .zero, width: .pt(4), height: .pt(6))), fill: .color(Color(red: 0.8, green: 0, blue: 0)))),
        ], number: 1), dpi: 72, to: pngPath)
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: pngPath)))
        let path = folder.file("images.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata)
        try writer.add(Page(size: .a4, items: [
            .image(ImageItem(rect: Rect(x: .pt(72), y: .pt(72), width: .pt(80), height: .pt(60)), data: png, format: .png)),
            .image(ImageItem(rect: Rect(x: .pt(200), y: .pt(72), width: .pt(80), height: .pt(60)), data: RenderTestImages.jpeg, format: .jpeg)),
        ], number: 1))
        try writer.finish()
        let check = try Tool.run("qpdf", "--check", path)
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        let images = try Tool.run("pdfimages", "-list", path)
        #expect(images.output.contains("jpeg"))
        #expect(images.output.split(separator: "\n").count >= 4, "\(images.output)")
    }

    @Test func zeroPagesIsAnError() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let writer = try PDFWriter(path: folder.file("empty.pdf"), metadata: SampleDocument.metadata)
        #expect(throws: RenderError.noPages(path: folder.file("empty.pdf"))) { try writer.finish() }
        #expect(folder.contents.isEmpty)
    }

    @Test func badCreationDateIsAnError() {
        let metadata = DocumentMetadata(title: "x", creationDate: "20 November 2026")
        #expect(throws: RenderError.self) { try PDFWriter(path: "/tmp/never-written.pdf", metadata: metadata) }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.pdf"))
    }
}

/// Image bytes for the render tests.
enum RenderTestImages {
    /// A valid baseline JPEG, 8 × 8 pixels of mid grey, built by hand (one block, no AC coefficients).
    static let jpeg: [UInt8] = [
        0xFF, 0xD8,
        // DQT: table 0, all ones.
        0xFF, 0xDB, 0x00, 0x43, 0x00,
        0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
        0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
        0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
        0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
        // SOF0: 8 bits, 8 × 8, one component.
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00,
        // DHT: DC table 0 and AC table 0, each a single one-bit code for symbol 0 (DC difference 0; end of block).
        0xFF, 0xC4, 0x00, 0x26, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        // SOS, then the one block: DC code 0, EOB code 0, padded with ones.
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F,
        0xFF, 0xD9,
    ]
}
