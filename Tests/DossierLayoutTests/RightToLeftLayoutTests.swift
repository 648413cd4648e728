// RightToLeftLayoutTests: a right-to-left document mirrors what reads from the left: table columns,
// indents, the contents and running lines.

import DossierDisplay
import DossierDocument
@testable import DossierLayout
import Testing

@Suite struct RightToLeftLayoutTests {
    let shaper = FixedWidthShaper()

    /// Each text line of a page with the x of its left end on the page.
    static func placedLines(_ page: Page) -> [(text: String, x: Length)] {
        var out: [(String, Length)] = []
        func walk(_ items: [FrameItem], dx: Length) {
            for item in items {
                switch item {
                case .text(let t): out.append((t.line.text, dx + t.origin.x + t.line.x))
                case .group(let g): walk(g.items, dx: dx + g.offset.x)
                default: break
                }
            }
        }
        walk(page.items, dx: .zero)
        return out
    }

    func layOut(rightToLeft: Bool) throws -> [(text: String, x: Length)] {
        var spec = smallLayout()
        spec.language = LayoutLanguage(zeroDigit: "0", rightToLeft: rightToLeft, notesTitle: "Notes", detailSeparator: " · ")
        let table = Table(columns: [TableColumn(width: .fixed(.pt(60))), TableColumn(width: .fraction(1))],
                          header: [[TableCell("first"), TableCell("second")]], rows: [[TableCell("a"), TableCell("b")]])
        var quote = spec.style("quote")
        quote.indentStart = .pt(40); quote.indentEnd = .zero
        spec.styles["quote"] = quote
        let body: [Block] = [.table(table), .quote(BlockQuote(paragraphs: [Paragraph([.text("q")], style: "quote")], attribution: []))]
        let document = Document(metadata: DocumentMetadata(title: "t"), layout: spec, body: body)
        return try LayoutEngine(shaper: shaper).layout(document).pages.flatMap(Self.placedLines)
    }

    @Test func tableColumnsAndIndentsRunFromTheRight() throws {
        let ltr = try layOut(rightToLeft: false), rtl = try layOut(rightToLeft: true)
        func x(_ text: String, _ lines: [(text: String, x: Length)]) throws -> Length { try #require(lines.first { $0.text == text }).x }
        // Left to right the first column is at the left; right to left it is the rightmost.
        #expect(try x("first", ltr) < x("second", ltr))
        #expect(try x("first", rtl) > x("second", rtl))
        // The quote's 40 pt start indent is on the left, then on the right: its box starts at the margin.
        #expect(try x("q", ltr) >= .pt(30 + 40))
        #expect(try x("q", rtl) < .pt(30 + 40))
    }

    @Test func onlyLettersWrittenLeftToRightMakeATextLeftToRight() {
        #expect(LayoutContext.isWhollyLeftToRight("An English summary, 2013."))
        #expect(!LayoutContext.isWhollyLeftToRight("PMOI در اشرف"))
        #expect(!LayoutContext.isWhollyLeftToRight("۱۲–۱۰"))
        #expect(!LayoutContext.isWhollyLeftToRight(""))
    }
}
