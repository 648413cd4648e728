// Pagination: generated documents keep every layout rule; specific cases split as they should.

import DossierDisplay
import DossierDocument
import Testing
@testable import DossierLayout

@Suite struct PaginationTests {
    let shaper = FixedWidthShaper()

    @Test(arguments: [1, 5, 40, 300, 2000])
    func generatedDocumentsKeepTheRules(blocks: Int) throws {
        let spec = smallLayout()
        let document = generatedDocument(blocks: blocks, seed: UInt64(blocks), spec: spec)
        let result = try LayoutEngine(shaper: shaper).layout(document)
        let found = violations(result.pages, spec: spec)
        #expect(found.isEmpty, "\(found.prefix(5))")
        // Words are numbered in reading order; headers repeated by tables are the only repeats.
        let numbers = result.pages.flatMap(\.textLines).flatMap { $0.split(separator: " ") }
            .compactMap { $0.hasPrefix("w") ? Int($0.dropFirst()) : nil }
        #expect(numbers == numbers.sorted(), "content order changed")
        #expect(Set(numbers).count == numbers.count)
    }

    @Test func contentsPageNumbersMatchHeadings() throws {
        let spec = smallLayout()
        var document = generatedDocument(blocks: 300, seed: 7, spec: spec)
        document.body.insert(.contents(Contents(title: "Contents")), at: 0)
        document.body.insert(.pageBreak(.next), at: 1)
        let result = try LayoutEngine(shaper: shaper).layout(document)
        #expect(result.passes <= LayoutEngine.maximumPasses)
        #expect(result.warnings.isEmpty)
        for (anchor, page) in result.anchors where anchor.hasPrefix("h") {
            let onPage = result.pages[page - 1].items.contains {
                if case .destination(let d) = $0 { d.name == anchor } else { false }
            }
            #expect(onPage, "\(anchor) not on page \(page)")
        }
        // The contents list every heading with the page number it landed on.
        let contentsText = result.pages.prefix(while: { page in
            !page.items.contains { if case .destination(let d) = $0 { d.name.hasPrefix("h") } else { false } }
        }).flatMap(\.textLines)
        let numbersShown = contentsText.compactMap { Int($0) }
        #expect(numbersShown.count == result.anchors.keys.filter { $0.hasPrefix("h") }.count)
    }

    @Test func tableHeaderRepeatsOnEveryPage() throws {
        let spec = smallLayout()
        let rows = (1...40).map { [TableCell("r\($0)"), TableCell("value \($0)")] }
        let table = Table(columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
                          header: [[TableCell("Name"), TableCell("Value")]], rows: rows)
        let document = Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: [.table(table)])
        let result = try LayoutEngine(shaper: shaper).layout(document)
        #expect(result.pages.count >= 3)
        for page in result.pages {
            #expect(page.textLines.prefix(2) == ["Name", "Value"], "page \(page.number): \(page.textLines.prefix(3))")
        }
        #expect(violations(result.pages, spec: spec).isEmpty)
    }

    @Test func rowTallerThanAPageSplits() throws {
        let spec = smallLayout()
        var words = WordSource()
        let table = Table(columns: [TableColumn(width: .fixed(.pt(40))), TableColumn(width: .fraction(1))],
                          header: [[TableCell("H1"), TableCell("H2")]],
                          rows: [[TableCell("a"), TableCell(words.words(600))], [TableCell("b"), TableCell("end")]])
        let document = Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: [.table(table)])
        let result = try LayoutEngine(shaper: shaper).layout(document)
        #expect(result.pages.count > 2)
        #expect(violations(result.pages, spec: spec).isEmpty)
        let all = result.pages.flatMap(\.textLines).joined(separator: " ")
        #expect(all.contains("w600"))
        #expect(all.hasSuffix("end"))
    }

    @Test func headingMovesWithItsParagraph() throws {
        let spec = smallLayout()
        var words = WordSource()
        // Fill the page to just above its end, then a heading and a long paragraph.
        let filler = Paragraph([.text(words.words(300))])
        let body: [Block] = [.paragraph(filler),
                             .heading(Heading(level: 2, content: [.text("Heading")], anchor: "x")),
                             .paragraph(Paragraph([.text(words.words(200))]))]
        for extra in 0..<30 {
            var blocks = body
            blocks.insert(.paragraph(Paragraph([.text(words.words(extra * 3 + 1))])), at: 1)
            let document = Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: blocks)
            let result = try LayoutEngine(shaper: shaper).layout(document)
            let found = violations(result.pages, spec: spec)
            #expect(found.isEmpty, "extra \(extra): \(found)")
        }
    }

    @Test func rectoBreakInsertsBlankPage() throws {
        let spec = smallLayout()
        let body: [Block] = [.paragraph(Paragraph([.text("one")])), .pageBreak(.recto),
                             .paragraph(Paragraph([.text("two")])), .pageBreak(.recto),
                             .paragraph(Paragraph([.text("three")]))]
        let result = try LayoutEngine(shaper: shaper).layout(Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body))
        #expect(result.pages.map(\.textLines) == [["one"], [], ["two"], [], ["three"]])
    }
}

@Suite struct FootnoteTests {
    let shaper = FixedWidthShaper()

    @Test func overflowingFootnotesContinueOnTheNextPage() throws {
        let spec = smallLayout()
        var words = WordSource(), notes = WordSource(prefix: "n")
        let body: [Block] = [
            .paragraph(Paragraph([.text(words.words(80) + " "), .footnote([.text(notes.words(400))]), .text(" " + words.words(200))])),
            .paragraph(Paragraph([.text(words.words(10) + " "), .footnote([.text(notes.words(5))]), .text(" " + words.words(300))])),
        ]
        let result = try LayoutEngine(shaper: shaper).layout(Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body))
        #expect(violations(result.pages, spec: spec).isEmpty, "\(violations(result.pages, spec: spec))")
        // The long note's words all appear, in order, before the second note's.
        let noteWords = result.pages.flatMap(\.textLines).flatMap { $0.split(separator: " ") }
            .compactMap { $0.hasPrefix("n") ? Int($0.dropFirst()) : nil }
        #expect(noteWords == Array(1...405))
        // It needed more than one page.
        let pagesWithNotes = result.pages.filter { $0.textLines.contains { $0.hasPrefix("n") } }
        #expect(pagesWithNotes.count >= 2)
    }
}

@Suite struct CrossReferenceTests {
    @Test func pageReferenceShowsWhereTheAnchorLands() throws {
        let spec = smallLayout()
        var words = WordSource()
        let body: [Block] = [
            .paragraph(Paragraph([.text("See page "), .pageReference("target"), .text(".")])),
            .paragraph(Paragraph([.text(words.words(900))])),
            .heading(Heading(level: 2, content: [.text("Target")], anchor: "target")),
            .paragraph(Paragraph([.text(words.words(20))])),
        ]
        let result = try LayoutEngine(shaper: FixedWidthShaper()).layout(Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body))
        let page = try #require(result.anchors["target"])
        #expect(page > 2)
        #expect(result.pages[0].textLines.first == "See page \(page).")
        #expect(result.pages[page - 1].textLines.contains("Target"))
    }

    @Test func rasterImageKeepsItsProportions() throws {
        // A 1×1 PNG header is enough to read the size; the figure box is wider than tall.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 200, 0, 0, 0, 100, 8, 6, 0, 0, 0]
        let image = try RasterImage(bytes: png, altText: "a map")
        #expect(image.pixelWidth == 200 && image.pixelHeight == 100)
        let items = try image.draw(size: Size(width: .pt(100), height: .pt(100)), shaper: FixedWidthShaper())
        guard case .image(let item)? = items.first else { Issue.record("no image"); return }
        #expect(item.rect == Rect(x: .zero, y: .pt(25), width: .pt(100), height: .pt(50)))
        #expect(throws: ImageError.self) { try RasterImage(bytes: [1, 2, 3], altText: "") }
    }
}

@Suite struct EndnoteTests {
    @Test func endnotesGoToANotesChapterAtTheEnd() throws {
        var spec = smallLayout()
        spec.notes = .endnotes
        var words = WordSource()
        let body: [Block] = [
            .contents(Contents(title: "Contents")), .pageBreak(.next),
            .paragraph(Paragraph([.text(words.words(50)), .footnote([.text("First note.")]), .text(words.words(300))])),
            .paragraph(Paragraph([.text(words.words(5)), .footnote([.text("Second note.")])])),
        ]
        let result = try LayoutEngine(shaper: FixedWidthShaper()).layout(Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body))
        let notesPage = try #require(result.anchors["notes"])
        #expect(notesPage == result.pages.count)
        let lines = result.pages[notesPage - 1].textLines
        #expect(lines.contains("Notes") && lines.contains("First note.") && lines.contains("Second note."))
        #expect(result.anchors["note-1"] == notesPage && result.anchors["note-2"] == notesPage)
        // No page but the last holds note text.
        #expect(!result.pages.dropLast().contains { $0.textLines.contains("First note.") })
        #expect(result.pages[0].textLines.contains { $0.hasPrefix("Notes") })
    }
}
