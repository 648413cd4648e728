// CSVTableTests: the RFC 4180 parser: quoting, line endings, the byte-order mark, and where each cell starts.

import Testing
@testable import DossierModel

@Suite struct CSVTableTests {
    /// Parses or fails the test.
    func table(_ text: String) throws -> CSVTable {
        switch CSVTable.parse(text, file: "t.csv") {
        case .success(let table): return table
        case .failure(let malformed): throw malformed
        }
    }

    /// The diagnostic of a malformed text.
    func failure(_ text: String) -> String? {
        if case .failure(let malformed) = CSVTable.parse(text, file: "t.csv") { return malformed.diagnostic.description }
        return nil
    }

    @Test func readsPlainCellsWithTheirPlaces() throws {
        let table = try self.table("id,title\na,First\nb,Second\n")
        #expect(table.header.map(\.text) == ["id", "title"])
        #expect(table.rows.map { $0.map(\.text) } == [["a", "First"], ["b", "Second"]])
        #expect(table.rows[1][1].location == SourceLocation(file: "t.csv", line: 3, column: 3))
    }

    @Test func readsQuotedCommasQuotesAndLineBreaks() throws {
        let table = try self.table("id,title,note\r\n\"a\",\"Attack, at dawn\",\"He said \"\"stop\"\"\r\nand left\"\r\nb,,\"\"\r\n")
        #expect(table.rows.count == 2)
        #expect(table.rows[0].map(\.text) == ["a", "Attack, at dawn", "He said \"stop\"\r\nand left"])
        #expect(table.rows[1].map(\.text) == ["b", "", ""])
        // The second row starts after the line break inside the quoted cell.
        #expect(table.rows[1][0].location.line == 4)
        #expect(table.rows[0][2].location == SourceLocation(file: "t.csv", line: 2, column: 23))
    }

    @Test func skipsTheByteOrderMarkAndBlankLinesAndReadsAMissingFinalLineBreak() throws {
        let table = try self.table("\u{FEFF}id,title\n\na,First\n\n\nb,Second")
        #expect(table.header.first?.text == "id")
        #expect(table.header.first?.location.column == 1)
        #expect(table.rows.map { $0.map(\.text) } == [["a", "First"], ["b", "Second"]])
        #expect(table.rows[1][0].location.line == 6)
    }

    @Test func keepsEmptyCellsAtTheEndOfARow() throws {
        let table = try self.table("a,b,c\n1,,\n")
        #expect(table.rows[0].map(\.text) == ["1", "", ""])
        #expect(table.rows[0][2].location.column == 4)
    }

    @Test func countsColumnsInCharactersNotBytes() throws {
        let table = try self.table("name,x\nGyörgy Busztin,1\n")
        #expect(table.rows[0][1].location.column == 16)
    }

    @Test func reportsAQuotedCellNeverClosed() {
        #expect(failure("id,title\na,\"Attack\nb,c\n") == "t.csv:2:3: error: the quoted cell starting here is never closed; "
            + "expected a closing double quote; a \" inside the cell is written twice (\"\")")
    }

    @Test func reportsAQuoteInsideAnUnquotedCell() {
        #expect(failure("id,title\na,the \"big\" one\n") == "t.csv:2:7: error: a double quote inside a cell that does not start "
            + "with one; expected the whole cell in double quotes, with each \" inside it written twice (\"\")")
    }

    @Test func reportsTextAfterAClosingQuote() {
        #expect(failure("id,title\na,\"Attack\" at dawn\n")?.hasPrefix("t.csv:2:11: error: text after the closing double quote") == true)
    }

    @Test func reportsAnEmptyFile() {
        #expect(failure("\n\n")?.hasPrefix("t.csv:1:1: error: the CSV file is empty") == true)
    }
}
