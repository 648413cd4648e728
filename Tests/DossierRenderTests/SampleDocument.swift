// SampleDocument: a small hand-made two-page document drawn with real Pango lines, shared by the render tests.
import CairoPango
import DossierDisplay
import DossierLayout
import Foundation

/// Builds the test document and locates the bundled fonts.
enum SampleDocument {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled fonts, registered once for all tests.
    static let fonts: FontLibrary = try! FontLibrary(directory: root.appendingPathComponent("fonts").path)
    static let shaper = Typesetter(try! PangoShaper(fonts: fonts))

    static let metadata = DocumentMetadata(
        title: "Attacks on Camp Ashraf", author: "Test Author", subject: "A test dossier",
        keywords: ["ashraf", "test"], creator: "dossier tests", language: "en",
        creationDate: "2026-11-20T00:00:00Z")

    static let body = TextStyle(family: "Noto Serif", size: .pt(11))

    /// Lines of a paragraph placed from `top` at the left margin.
    static func paragraph(_ text: StyledText, top: Length, width: Length = .pt(400)) throws -> [FrameItem] {
        let shaped = try shaper.shape(text, format: ParagraphFormat(width: width, alignment: .justify, leading: .pt(15)))
        var y = top
        return shaped.lines.map { line in
            y += shaped.leading
            return .text(TextItem(origin: Point(x: .pt(72), y: y), line: line))
        }
    }

    /// The two pages.
    static func pages() throws -> [Page] {
        let heading = try shaper.shapeLine(StyledText("Attacks on Camp Ashraf", style: body.sized(.pt(20)).bolded()))
        var first: [FrameItem] = [
            .structure(.begin(.heading1)),
            .destination(DestinationItem(name: "top", point: Point(x: .pt(72), y: .pt(60)),
                                         outline: OutlineEntry(title: "Attacks on Camp Ashraf", level: 1, open: true))),
            .text(TextItem(origin: Point(x: .pt(72), y: .pt(90)), line: heading)),
            .structure(.end(.heading1)),
            .structure(.begin(.paragraph)),
        ]
        let intro = StyledText([
            TextSpan("On 1 September 2013, 52 residents of Camp Ashraf were killed. The report is at ", style: body),
            TextSpan("example.org/report", style: body.colored(Color(red: 0, green: 0, blue: 0.6)), link: .url("https://example.org/report?a='1'")),
            TextSpan(". Details follow on the next page.", style: body),
        ])
        first += try paragraph(intro, top: .pt(100))
        first += [
            .structure(.end(.paragraph)),
            .structure(.begin(.figure, alt: "Bar chart: 52 killed, 7 abducted")),
            .shape(Shape(path: .rect(Rect(x: .pt(72), y: .pt(200), width: .pt(100), height: .pt(60))),
                         fill: .color(Color(grey: 0.3)), stroke: Stroke())),
            .shape(Shape(path: .rect(Rect(x: .pt(200), y: .pt(200), width: .pt(100), height: .pt(60))),
                         fill: .hatched(background: .white, hatch: .diagonal, ink: .black, spacing: .pt(5)), stroke: Stroke())),
            .structure(.end(.figure)),
            .link(LinkItem(rect: Rect(x: .pt(72), y: .pt(300), width: .pt(200), height: .pt(20)), target: .destination("details"))),
        ]
        let second: [FrameItem] = [
            .group(GroupItem(offset: Point(x: .pt(0), y: .pt(50)), items: [
                .destination(DestinationItem(name: "details", point: Point(x: .pt(72), y: .pt(40)),
                                             outline: OutlineEntry(title: "Details", level: 2))),
                .structure(.begin(.paragraph)),
            ] + (try paragraph(StyledText("Details: seven residents were abducted.", style: body), top: .pt(40))) + [
                .structure(.end(.paragraph)),
            ])),
        ]
        return [Page(size: .a4, items: first, number: 1), Page(size: .letter, items: second, number: 2)]
    }
}
