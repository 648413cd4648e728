// Reference pages: hard pagination cases rendered with the real fonts at 72 dpi and compared with
// PNGs checked in beside this file. Set RECORD_REFERENCES=1 to write them again (the run then fails
// on purpose, so a re-record is never silent); look at them before committing.

import CairoPango
import DossierDisplay
import DossierDocument
import DossierRender
import Foundation
import Testing
@testable import DossierLayout

@Suite(.serialized) struct ReferencePageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let references = root.appendingPathComponent("References")
    static let fonts: FontLibrary? = try? FontLibrary(directory: root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fonts").path)

    /// A small page with a footer, so each case spans pages quickly and its PNGs stay small.
    static func layout() -> LayoutSpec {
        var spec = LayoutSpec.standard()
        spec.page = PageSetup(size: Size(width: .pt(300), height: .pt(400)), top: .pt(36), bottom: .pt(40),
                              inner: .pt(30), outer: .pt(30))
        spec.header.left = ""; spec.header.right = ""
        spec.footer.baselineFromEdge = .pt(20)
        return spec
    }

    /// Lays out, renders each page and compares it with its reference.
    func check(_ name: String, _ body: [Block], layout: LayoutSpec = layout(), pages: ClosedRange<Int>? = nil) throws -> LayoutResult {
        let fonts = try #require(Self.fonts)
        let shaper = Typesetter(try PangoShaper(fonts: fonts))
        let result = try LayoutEngine(shaper: shaper).layout(Document(metadata: DocumentMetadata(title: name), layout: layout, body: body))
        let record = ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for page in result.pages where pages?.contains(page.number) ?? true {
            let file = "\(name)-p\(page.number).png"
            let rendered = scratch.appendingPathComponent(file)
            try PNGRenderer.render(page, dpi: 72, to: rendered.path, fonts: fonts)
            let reference = Self.references.appendingPathComponent(file)
            if record {
                try? FileManager.default.removeItem(at: reference)
                try FileManager.default.copyItem(at: rendered, to: reference)
                continue
            }
            guard FileManager.default.fileExists(atPath: reference.path) else {
                Issue.record("no reference \(file); run with RECORD_REFERENCES=1"); continue
            }
            let difference = try PixelImage.readPNG(rendered.path).difference(from: PixelImage.readPNG(reference.path))
            #expect(difference < 0.002, "\(file) differs from its reference in \(Int(difference * 10000)) of 10,000 pixels")
        }
        if record { Issue.record("references for \(name) re-recorded; look at them, then run again without RECORD_REFERENCES") }
        return result
    }

    static func words(_ n: Int, from start: Int = 0) -> String {
        let vocabulary = ["the", "delegation", "reported", "residents", "camp", "morning", "forces", "entered", "witnesses",
                          "according", "figures", "sources", "injured", "killed", "statement", "village", "market", "road"]
        return (0..<n).map { vocabulary[($0 + start) % vocabulary.count] }.joined(separator: " ")
    }

    @Test func tableOverThreePagesRepeatsItsHeader() throws {
        let rows = (1...34).map { [TableCell("\($0)"), TableCell(Self.words(3 + $0 % 5, from: $0)), TableCell("\($0 * 7)")] }
        let table = Table(columns: [TableColumn(width: .content), TableColumn(width: .fraction(1)), TableColumn(width: .content, alignment: .end)],
                          header: [[TableCell("No."), TableCell("Description"), TableCell("Killed")]], rows: rows)
        let result = try check("table-three-pages", [.table(table)])
        #expect(result.pages.count == 3)
        for page in result.pages { #expect(page.textLines.prefix(3) == ["No.", "Description", "Killed"]) }
    }

    @Test func rowTallerThanAPage() throws {
        let table = Table(columns: [TableColumn(width: .fixed(.pt(50))), TableColumn(width: .fraction(1))],
                          header: [[TableCell("Source"), TableCell("Account")]],
                          rows: [[TableCell("A"), TableCell(Self.words(420))], [TableCell("B"), TableCell("Short.")]])
        let result = try check("tall-row", [.table(table)])
        #expect(result.pages.count >= 2)
    }

    @Test func footnotesOverflowToTheNextPage() throws {
        let body: [Block] = [
            .paragraph(Paragraph([.text(Self.words(120) + " "), .footnote([.text(Self.words(260, from: 3))]), .text(" " + Self.words(60))])),
            .paragraph(Paragraph([.text(Self.words(40) + " "), .footnote([.text("A second, short note.")]), .text(" " + Self.words(30))])),
        ]
        _ = try check("footnote-overflow", body)
    }

    @Test func headingThatWouldEndAPageMoves() throws {
        let body: [Block] = [
            .paragraph(Paragraph([.text(Self.words(182))])),
            .heading(Heading(level: 2, content: [.text("Attack on the market")], anchor: "h")),
            .paragraph(Paragraph([.text(Self.words(80, from: 5))])),
        ]
        let result = try check("heading-moves", body)
        #expect(result.anchors["h"] == 2)
    }

    @Test func quoteInPersian() throws {
        let quote = BlockQuote(paragraphs: [Paragraph([.text("«ما هرگز فداکاری آنان را فراموش نخواهیم کرد و راهشان را ادامه می‌دهیم.»")],
                                                     style: "quote", language: "fa")],
                               attribution: [.text("— A witness, statement of 2 September 2013")])
        let result = try check("persian-quote", [.paragraph(Paragraph([.text(Self.words(30))])), .quote(quote)])
        #expect(result.pages.count == 1)
    }

    @Test func contentsOfTwoHundredEntries() throws {
        var body: [Block] = [.contents(Contents(title: "Contents")), .pageBreak(.next)]
        for i in 1...200 {
            body.append(.heading(Heading(level: 2, content: [.text("Incident \(i): " + Self.words(2 + i % 6, from: i))],
                                         anchor: "i\(i)", inContents: true, outlineLevel: 2)))
            body.append(.paragraph(Paragraph([.text(Self.words(20 + i % 40, from: i))])))
        }
        let result = try check("contents-200", body, pages: 1...2)
        #expect(result.warnings.isEmpty)
        for i in [1, 50, 200] {
            let page = try #require(result.anchors["i\(i)"])
            #expect(result.pages[page - 1].textLines.contains { $0.hasPrefix("Incident \(i):") })
        }
    }
}
