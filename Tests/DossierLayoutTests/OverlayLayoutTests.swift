// Laid out once: pages are handed on without the page count and the contents' numbers, and an
// overlay for each follows at the end. Merged, they must show what a measured layout shows.

import DossierDisplay
import DossierDocument
import Testing
@testable import DossierLayout

@Suite struct OverlayLayoutTests {
    /// A small page with "Page X of Y" at its foot, a contents list and 60 headed sections.
    static func document(pageReference: Bool = false) -> Document {
        var spec = smallLayout()
        spec.footer.center = "Page {{page}} of {{pages}}"
        spec.header.left = "{{section}}"
        var words = WordSource()
        var body: [Block] = [.contents(Contents(title: "Contents")), .pageBreak(.next)]
        if pageReference { body.append(.paragraph(Paragraph([.text("See page "), .pageReference("s40"), .text(".")]))) }
        for i in 1...60 {
            body.append(.heading(Heading(level: 2, content: [.text("Section \(i)")], anchor: "s\(i)", inContents: true,
                                         outlineLevel: 2)))
            body.append(.paragraph(Paragraph([.text(words.words(40 + (i * 37) % 90))])))
        }
        return Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body)
    }

    static func layout(_ document: Document, overlays: Bool) throws -> (pages: [Page], summary: LayoutSummary) {
        let engine = LayoutEngine(shaper: FixedWidthShaper())
        engine.overlaysNumbers = overlays
        var pages: [Page] = []
        let summary = try engine.layout(document) { pages.append($0) }
        return (pages, summary)
    }

    @Test func mergedOverlaysShowWhatAMeasuredLayoutShows() throws {
        let document = Self.document()
        let measured = try Self.layout(document, overlays: false)
        let once = try Self.layout(document, overlays: true)
        #expect(once.summary.passes == 1 && measured.summary.passes == 1)
        #expect(once.summary.pageCount == measured.summary.pageCount)
        #expect(once.summary.anchors == measured.summary.anchors)
        let count = measured.summary.pageCount
        #expect(measured.pages.allSatisfy { !$0.overlays })
        // The pages first, in order, then one overlay for each (every page has a footer).
        let pages = once.pages.prefix { !$0.overlays }, overlays = once.pages.dropFirst(pages.count)
        #expect(pages.map(\.number) == Array(1...count))
        #expect(overlays.map(\.number) == Array(1...count) && overlays.allSatisfy(\.overlays))
        for (k, page) in pages.enumerated() {
            let merged = page.textLines + overlays[overlays.startIndex + k].textLines
            #expect(merged.sorted() == measured.pages[k].textLines.sorted(), "page \(k + 1)")
            #expect(!page.textLines.contains { $0.hasPrefix("Page ") })
        }
        #expect(overlays.last?.textLines.contains("Page \(count) of \(count)") == true)
        // The contents' numbers are in the overlays of the contents pages only.
        let section1 = try #require(once.summary.anchors["s1"]), section40 = try #require(once.summary.anchors["s40"])
        #expect(overlays.prefix(section1 - 1).contains { $0.textLines.contains(String(section40)) })
        #expect(!overlays.dropFirst(section1 - 1).contains { $0.textLines.contains(String(section40)) })
        // The document's element spans every page handed on, the overlays included.
        guard case .structure(.begin(.document, _))? = pages.first?.items.first,
              case .structure(.end(.document))? = overlays.last?.items.last else {
            Issue.record("the document element does not span the pages and their overlays"); return
        }
    }

    @Test func aBodyReferringToAPageIsMeasuredFirst() throws {
        let document = Self.document(pageReference: true)
        let engine = LayoutEngine(shaper: FixedWidthShaper())
        engine.overlaysNumbers = true
        #expect(engine.measuresFirst(document))
        #expect(!engine.measuresFirst(Self.document()))
        let once = try Self.layout(document, overlays: true)
        #expect(once.pages.allSatisfy { !$0.overlays })
        #expect(once.pages.contains { $0.textLines.contains("See page \(once.summary.anchors["s40"] ?? 0).") })
    }
}

@Suite struct LayoutChoicesTests {
    /// Records the formats paragraphs are shaped with.
    final class RecordingShaper: TextShaper, @unchecked Sendable {
        let inner = FixedWidthShaper()
        var formats: [ParagraphFormat] = []
        func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
            formats.append(format)
            return try inner.shape(text, format: format)
        }
        func measure(_ text: StyledText) throws -> Length { try inner.measure(text) }
    }

    static func document(_ change: (inout LayoutSpec) -> Void) -> Document {
        var spec = smallLayout()
        spec.footer.center = "Page {{page}} of {{pages}}"
        change(&spec)
        var words = WordSource()
        var body: [Block] = [.contents(Contents(title: "Contents")), .pageBreak(.next),
                             .heading(Heading(level: 1, content: [.text("Chapter")], anchor: "chapter", inContents: true))]
        for i in 1...6 {
            body.append(.heading(Heading(level: 2, content: [.text("Section \(i)")], anchor: "s\(i)", inContents: true)))
            body.append(.paragraph(Paragraph([.text(words.words(60))])))
        }
        return Document(metadata: DocumentMetadata(title: "t"), layout: spec,
                        cover: [.paragraph(Paragraph([.text("Cover title")]))], body: body)
    }

    static func pages(_ document: Document, shaper: any TextShaper = FixedWidthShaper(), overlays: Bool) throws -> [Page] {
        let engine = LayoutEngine(shaper: shaper)
        engine.overlaysNumbers = overlays
        var pages: [Page] = []
        _ = try engine.layout(document) { pages.append($0) }
        return pages
    }

    @Test(arguments: [false, true]) func theCoverShowsTheFooterWhenTheLayoutSaysSo(overlays: Bool) throws {
        let plain = try Self.pages(Self.document { _ in }, overlays: overlays)
        let shown = try Self.pages(Self.document { $0.footer.onCover = true }, overlays: overlays)
        let total = shown.filter { !$0.overlays }.count
        func lines(_ pages: [Page], page: Int) -> [String] { pages.filter { $0.number == page }.flatMap(\.textLines) }
        #expect(!lines(plain, page: 1).contains { $0.hasPrefix("Page 1 of") })
        #expect(lines(shown, page: 1).contains("Page 1 of \(total)"))
        #expect(lines(shown, page: 1).contains("Cover title"))
    }

    @Test func theContentsListsTheLevelsTheLayoutNames() throws {
        let all = try Self.pages(Self.document { _ in }, overlays: false)
        let sections = try Self.pages(Self.document { $0.contentsLevels = [2] }, overlays: false)
        #expect(all[1].textLines.contains("Chapter"))
        #expect(!sections[1].textLines.contains("Chapter"))
        #expect(sections[1].textLines.contains("Section 1") && sections[1].textLines.contains("Section 6"))
    }

    @Test func justifiedTextIsHyphenatedUnlessTheLayoutSaysNot() throws {
        let on = RecordingShaper(), off = RecordingShaper()
        _ = try Self.pages(Self.document { $0.styles["body"]?.alignment = .justify }, shaper: on, overlays: true)
        _ = try Self.pages(Self.document { $0.styles["body"]?.alignment = .justify; $0.hyphenate = false }, shaper: off, overlays: true)
        #expect(on.formats.contains { $0.hyphenate })
        #expect(!off.formats.contains { $0.hyphenate })
    }
}
