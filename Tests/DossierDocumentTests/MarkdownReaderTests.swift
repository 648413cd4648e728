// MarkdownReaderTests: every Markdown construct is printed or noted with its line: links only to the
// web, mail and the document, lists and headings kept inside quotes, nesting bounded.

import DossierDocument
import DossierModel
import Foundation
import Testing

@Suite struct MarkdownReaderTests {
    /// The blocks as an outline, and the notes as "line:column message".
    func read(_ markdown: String, headingOffset: Int = 0) -> (dump: String, notes: [String]) {
        let (blocks, notes) = MarkdownReader.parse(markdown, headingOffset: headingOffset)
        return (blocks.map { $0.dump() }.joined(), notes.map { "\($0.line):\($0.column) \($0.message)" })
    }

    /// The link targets anywhere in the inline content, as written by `print`: `url("https://…")`.
    func targets(_ inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .link(let content, let target): ["\(target)"] + targets(content)
            case .emphasis(let content), .strong(let content), .footnote(let content): targets(content)
            case .text, .lineBreak, .pageReference: []
            }
        }
    }

    @Test func onlyWebMailAndInternalLinksAreLive() throws {
        let markdown = """
        [a](javascript:alert(1)) [b](file:///etc/shadow) [c](JavaScript:x) [d](data:text/html,x) [e](page.html)
        [f](https://example.org) [g](HTTP://example.org) [h](mailto:desk@example.org) [i](#section-intro) <https://auto.example>
        """
        let (blocks, notes) = MarkdownReader.parse(markdown)
        guard case .paragraph(let paragraph)? = blocks.first else { Issue.record("no paragraph"); return }
        #expect(targets(paragraph.content) == ["url(\"https://example.org\")", "url(\"HTTP://example.org\")",
                                               "url(\"mailto:desk@example.org\")", "destination(\"section-intro\")",
                                               "url(\"https://auto.example\")"])
        #expect(paragraph.content.plainText.hasPrefix("a b c d e f g h i"))
        #expect(notes.map(\.message) == [
            "link to \"javascript:alert(1)\" printed as text; only https, http, mailto and #internal links are live",
            "link to \"file:///etc/shadow\" printed as text; only https, http, mailto and #internal links are live",
            "link to \"JavaScript:x\" printed as text; only https, http, mailto and #internal links are live",
            "link to \"data:text/html,x\" printed as text; only https, http, mailto and #internal links are live",
            "link to \"page.html\" printed as text; only https, http, mailto and #internal links are live",
        ])
        #expect(notes.map(\.line) == [1, 1, 1, 1, 1])
        #expect(notes.map(\.column) == [1, 26, 50, 68, 90])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(read("Line one\r\nDéjà «vu» [x](javascript:y)\n").notes.map { $0.prefix(4) } == ["2:11"])
    }

    @Test func listsHeadingsAndQuotesInsideAQuoteAreKept() {
        let (dump, notes) = read("> Said:\n>\n> - one\n> - two\n>\n> ## Aside\n>\n> > nested\n")
        #expect(dump == [
            "quote — ",
            "  paragraph(quote) \"Said:\"",
            "  list",
            "    item",
            "      paragraph(quote) \"one\"",
            "    item",
            "      paragraph(quote) \"two\"",
            "  paragraph(quote) \"Aside\"",
            "  quote — ",
            "    paragraph(quote) \"nested\"",
        ].map { $0 + "\n" }.joined())
        #expect(notes.isEmpty)
    }

    @Test func imagesAndHTMLPrintAsTextAndAreNoted() {
        let (dump, notes) = read("Before ![a map of the camp](map.png) after.\n\n<div>raw</div>\n\nAn <b>inline</b> tag.\n")
        #expect(dump.contains("\"Before a map of the camp after.\""))
        #expect(dump.contains("\"<div>raw</div>"))
        #expect(notes == ["1:8 image \"map.png\" printed as its description; images in Markdown are not supported",
                          "3:1 raw HTML printed as text", "5:4 raw HTML printed as text", "5:13 raw HTML printed as text"])
    }

    @Test func headingsDeeperThanTheDocumentAreNoted() {
        let section = read("# One\n\n#### Four\n")
        #expect(section.dump == "heading 1 \"One\"\nheading 3 \"Four\"\n")
        #expect(section.notes == ["3:1 heading #### set as a level-3 heading; headings here go from # to ###"])
        let summary = read("# One\n\n## Two\n", headingOffset: 2)
        #expect(summary.dump == "heading 3 \"One\"\nheading 3 \"Two\"\n")
        #expect(summary.notes == ["3:1 heading ## set as a level-3 heading; headings here go from # to #"])
    }

    @Test func listsNestedTooDeepAreFlattenedAndNoted() {
        let markdown = (0..<12).map { String(repeating: "  ", count: $0) + "- level \($0 + 1)\n" }.joined()
        let (blocks, notes) = MarkdownReader.parse(markdown)
        #expect(notes == [MarkdownNote(line: 9, column: 17, message: "list nested 12 deep flattened to 8")])
        #expect(Self.depth(blocks) == 8)
        let text = blocks.flatMap(\.inlineRuns).map(\.plainText)
        #expect(text == (1...12).map { "level \($0)" })
    }

    @Test func nestingThousandsDeepCostsNoStack() {
        let clock = ContinuousClock()
        var result: (blocks: [Block], notes: [MarkdownNote]) = ([], [])
        let elapsed = clock.measure {
            result = MarkdownReader.parse(String(repeating: "> ", count: 20_000) + "quote\n\n"
                                          + String(repeating: "- ", count: 20_000) + "list\n\n"
                                          + String(repeating: "*a ", count: 5_000) + String(repeating: "a* ", count: 5_000) + "\n")
        }
        #expect(elapsed < .seconds(10))
        #expect(Self.depth(result.blocks) == 8)
        #expect(result.notes.map(\.message) == ["block quote nested 20000 deep flattened to 8",
                                                "list nested 20000 deep flattened to 8",
                                                "emphasis nested more than 16 deep printed plain"])
    }

    @Test func thousandsOfRemarksAreCountedNotListed() {
        let notes = read(String(repeating: "a <b>tag</b>\n\n", count: 5_000)).notes
        #expect(notes.count == MarkdownReader.maximumNotes + 1)
        #expect(notes.last == "101:3 9900 more remarks like the ones above from here on, not listed")
    }

    /// How deep lists and quotes nest in blocks.
    static func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .list(let list): 1 + (list.items.map { depth($0) }.max() ?? 0)
            case .quote(let quote): 1 + depth(quote.blocks)
            case .keepTogether(let inner), .section(let inner): depth(inner)
            case .deferred(let d): depth(d.blocks())
            default: 0
            }
        }.max() ?? 0
    }
}

@Suite struct MarkdownCheckTests {
    @Test func notesAreWarningsAtTheLinesOfTheirFiles() {
        let spec = ProjectSpec(title: "T", sections: ["sections/x.md"])
        let summary = "First.\n\nA [bad](javascript:void(0)) link.\n"
        let origin = TextOrigin(start: SourceLocation(file: "records/incidents.yaml", line: 7, column: 5), keepsLines: true,
                                continuationColumn: 5)
        let incident = Incident(id: "a", title: "A", date: IncidentDate(start: Day(year: 2024, month: 1, day: 1)),
                                location: Location(name: "X"), summary: summary, summaryOrigin: origin)
        let dossier = Dossier(directory: "/tmp", spec: spec, incidents: [incident],
                              sections: [("sections/x.md", "# Intro\n\nSee ![map](m.png).\n")])
        #expect(MarkdownCheck.diagnostics(for: dossier).map(\.description) == [
            "records/incidents.yaml:9:7: warning: a.summary: link to \"javascript:void(0)\" printed as text; "
                + "only https, http, mailto and #internal links are live",
            "sections/x.md:3:5: warning: image \"m.png\" printed as its description; images in Markdown are not supported",
        ])
    }
}
