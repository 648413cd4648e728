// The tagged PDF of laid-out blocks: lists, notes, quotes, tables and figures keep their roles.

import CairoPango
import DossierDisplay
import DossierDocument
import DossierRender
import Foundation
import Testing
@testable import DossierLayout

@Suite struct StructureTreeTests {
    @Test func listsNotesQuotesTablesAndFiguresAreTagged() throws {
        let fonts = try #require(ReferencePageTests.fonts)
        let shaper = Typesetter(try PangoShaper(fonts: fonts))
        // A valid 1×1 grey PNG.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
                            0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x68, 0x00, 0x00, 0x00,
                            0x82, 0x00, 0x81, 0x77, 0xCD, 0x72, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
                            0x42, 0x60, 0x82]
        let body: [Block] = [
            .heading(Heading(level: 1, content: [.text("Chapter")], anchor: "c", outlineLevel: 1)),
            .paragraph(Paragraph([.text("A paragraph with a note"), .footnote([.text("The note's text.")]), .text(".")])),
            .list(ListBlock(ordered: true, items: [[.paragraph(Paragraph([.text("First item")]))],
                                                   [.paragraph(Paragraph([.text("Second item")]))]])),
            .quote(BlockQuote(paragraphs: [Paragraph([.text("Quoted words.")], style: "quote")], attribution: [.text("— Someone")])),
            .table(Table(columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
                         header: [[TableCell("A"), TableCell("B")]], rows: [[TableCell("1"), TableCell("2")]])),
            .figure(Figure(drawing: try RasterImage(bytes: png, altText: "A grey dot"), width: .pt(40), height: .pt(40),
                           caption: [.text("Figure 1. A dot.")])),
        ]
        let document = Document(metadata: DocumentMetadata(title: "Tags", creationDate: "2026-11-20T00:00:00Z"),
                                layout: LayoutSpec.standard(), body: body)
        let result = try LayoutEngine(shaper: shaper).layout(document)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tags-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try PDFWriter(path: path, metadata: document.metadata, fonts: fonts)
        for page in result.pages { try writer.add(page) }
        try writer.finish()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", "-struct-text", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let tree = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // An element with attributes prints as "TH:" followed by them.
        let roles = Set(tree.split(separator: "\n").compactMap { $0.split(separator: " ").first.map { $0.hasSuffix(":") ? String($0.dropLast()) : String($0) } })
        for role in ["Document", "H1", "P", "L", "LI", "Lbl", "LBody", "Note", "BlockQuote", "Table", "TR", "TH", "TD", "Figure", "Caption"] {
            #expect(roles.contains(role), "no \(role) in\n\(tree)")
        }
        #expect(tree.contains("The note's text."))
        #expect(tree.contains("First item"))
    }

    @Test func aSplitTableIsOneTableAndItsRepeatedHeaderIsNotReadAgain() throws {
        let fonts = try #require(ReferencePageTests.fonts)
        let shaper = Typesetter(try PangoShaper(fonts: fonts))
        let rows = (1...120).map { [TableCell("Row \($0)"), TableCell("\($0 * 7)")] }
        let body: [Block] = [
            .table(Table(columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
                         header: [[TableCell("Header one"), TableCell("Header two")]], rows: rows)),
        ]
        let document = Document(metadata: DocumentMetadata(title: "Split", creationDate: "2026-11-20T00:00:00Z"),
                                layout: LayoutSpec.standard(), body: body)
        let result = try LayoutEngine(shaper: shaper).layout(document)
        #expect(result.pages.count >= 2)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try PDFWriter(path: path, metadata: document.metadata, fonts: fonts)
        for page in result.pages { try writer.add(page) }
        try writer.finish()

        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return out
        }
        let tree = try run(["pdfinfo", "-struct-text", path])
        #expect(tree.components(separatedBy: "Table").count - 1 == 1, "\(tree.prefix(2000))")
        #expect(tree.components(separatedBy: "\"Header one\"").count - 1 == 1)
        #expect(tree.contains("\"Row 120\""))
        // Only rows directly under the table.
        let children = tree.split(separator: "\n").filter { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }
        #expect(!children.isEmpty && children.allSatisfy { $0.trimmingCharacters(in: .whitespaces) == "TR" }, "\(Set(children))")
        // The second page still prints the header.
        #expect(try run(["pdftotext", "-f", "2", "-l", "2", path, "-"]).contains("Header one"))
    }

    @Test func aCorruptImageFailsTheBuildCleanlyAndLeavesNoFile() throws {
        let fonts = try #require(ReferencePageTests.fonts)
        let shaper = Typesetter(try PangoShaper(fonts: fonts))
        // A PNG header with a size but broken data: it passes the size check and fails to decode.
        let broken: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 4, 0, 0, 0, 4, 8, 0, 0, 0, 0, 1, 2, 3, 4] + Array(repeating: 0xAB, count: 40)
        let body: [Block] = [
            .heading(Heading(level: 1, content: [.text("Before")], anchor: "b", outlineLevel: 1)),
            .section([.paragraph(Paragraph([.text("Open section.")])),
                      .figure(Figure(drawing: try RasterImage(bytes: broken, altText: "broken"), height: .pt(40)))]),
        ]
        let document = Document(metadata: DocumentMetadata(title: "Broken", creationDate: "2026-11-20T00:00:00Z"),
                                layout: LayoutSpec.standard(), body: body)
        let result = try LayoutEngine(shaper: shaper).layout(document)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.pdf").path
        let writer = try PDFWriter(path: path, metadata: document.metadata, fonts: fonts)
        #expect(throws: RenderError.self) { for page in result.pages { try writer.add(page) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
