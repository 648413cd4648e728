// Tables sized from their content: never wider than the measure, no column narrower than its longest word.

import DossierDisplay
import DossierDocument
@testable import DossierLayout
import Testing

@Suite struct TableColumnsTests {
    private func extent(_ width: ColumnWidth, _ minimum: Double, _ maximum: Double) -> ColumnExtent {
        ColumnExtent(width: width, minimum: .pt(minimum), maximum: .pt(maximum))
    }

    @Test func aTableThatFitsAsAskedKeepsItsWidths() throws {
        let widths = try #require(TableColumns.widths([extent(.content, 20, 60), extent(.fraction(1), 30, 400),
                                                       extent(.fixed(.pt(50)), 50, 50)], total: .pt(300)))
        #expect(widths == [.pt(60), .pt(190), .pt(50)])
    }

    @Test func aSqueezedFractionColumnKeepsItsLongestWord() throws {
        // Nine number columns as wide as they like would leave the title column 12 pt.
        let columns = [extent(.fraction(1), 80, 300)] + (0..<9).map { _ in extent(.content, 20, 50) }
        let widths = try #require(TableColumns.widths(columns, total: .pt(450)))
        #expect(widths.reduce(.zero, +) <= .pt(450.01))
        for (column, width) in zip(columns, widths) { #expect(width >= column.minimum - .pt(0.01)) }
        #expect(widths[0] > .pt(80))
    }

    @Test func minimumsThatDoNotFitGiveNoWidthsButGroups() {
        let columns = (0..<12).map { _ in extent(.content, 60, 90) }
        #expect(TableColumns.widths(columns, total: .pt(300)) == nil)
        let groups = TableColumns.groups(columns, total: .pt(300))
        #expect(Set(groups.flatMap { $0 }) == Set(0..<12))
        for group in groups {
            #expect(group.first == 0)
            #expect(group.reduce(Length.zero) { $0 + columns[$1].minimum } <= .pt(300))
        }
    }

    /// Lays out one table on the small test page and returns its pages.
    private func laidOut(columns: Int, rows: Int, word: String) throws -> [Page] {
        let spec = smallLayout(height: .pt(400))
        let header = (0..<columns).map { TableCell("Column\($0)") }
        let body = (0..<rows).map { r in (0..<columns).map { c in TableCell(c == 0 ? "Incident \(r) at \(word)" : "\(r * c)") } }
        let table = Table(columns: [TableColumn(width: .fraction(1))]
                                    + (1..<columns).map { _ in TableColumn(width: .content, alignment: .end) },
                          header: [header], rows: body)
        let document = Document(metadata: DocumentMetadata(title: "T"), layout: spec, body: [.table(table)])
        return try LayoutEngine(shaper: FixedWidthShaper()).layout(document).pages
    }

    private func rightmost(_ pages: [Page]) -> Length {
        var edge = Length.zero
        func walk(_ items: [FrameItem]) {
            for item in items {
                switch item {
                case .text(let t): edge = max(edge, t.bounds.maxX)
                case .shape(let s): edge = max(edge, s.path.bounds.maxX)
                case .group(let g): walk(g.items)
                default: break
                }
            }
        }
        for page in pages { walk(page.items) }
        return edge
    }

    @Test func aWideTableStaysInItsTextBlock() throws {
        let spec = smallLayout(height: .pt(400))
        let pages = try laidOut(columns: 10, rows: 12, word: "Ashraf")
        #expect(violations(pages, spec: spec).filter { $0.rule.contains("outside") }.isEmpty)
        #expect(rightmost(pages) <= spec.page.textFrame(page: 1).maxX + .pt(0.5))
        // The title column keeps whole words: no line of it holds a broken "Incident".
        let texts = pages.flatMap { page in page.items.compactMap { if case .text(let t) = $0 { t.line.text } else { nil } } }
        #expect(!texts.contains { $0.hasPrefix("Incid") && !$0.hasPrefix("Incident") })
    }

    @Test func aTableTooWideEvenInSmallTypeIsSplitIntoColumnGroups() throws {
        let spec = smallLayout(height: .pt(400))
        let pages = try laidOut(columns: 30, rows: 3, word: "Ashraf")
        #expect(rightmost(pages) <= spec.page.textFrame(page: 1).maxX + .pt(0.5))
        let texts = pages.flatMap { page in page.items.compactMap { if case .text(let t) = $0 { t.line.text } else { nil } } }
        // Every column is there, and the first is repeated beside each group.
        for c in 0..<30 { #expect(texts.contains("Column\(c)"), "Column\(c) missing") }
        #expect(texts.filter { $0 == "Column0" }.count > 1)
    }
}
