// CSVControlCharacterTests: a control character in a CSV cell is an error at its row and column,
// naming the column; line breaks inside quotes are text whose lines are the file's.

import Testing
@testable import DossierModel

@Suite struct CSVControlCharacterTests {
    func load(_ csv: String) throws -> LoadResult {
        try TemporaryProject([
            "dossier.yaml": "title: T\nrecords: [incidents.csv, sources.yaml]\n",
            "incidents.csv": csv, "sources.yaml": "- {id: s, title: S}\n",
        ]).load()
    }

    @Test func aNULInACellIsAnErrorNamingRowAndColumn() throws {
        let result = try load("id,title,date,location,sources\na,Before\u{0}after,2024-01-01,X,s\n")
        #expect(result.errors.map(\.description) == ["incidents.csv:2:9: error: column \"title\": control character U+0000 (NUL) "
            + "in the cell; expected text without control characters (tabs are allowed, and line breaks inside a quoted cell)"])
    }

    @Test func lineBreaksInsideQuotesAreText() throws {
        let result = try load("id,title,date,location,sources,summary\na,A,2024-01-01,X,s,\"One\r\n\r\nTwo\"\n")
        #expect(result.errors.isEmpty)
        let origin = try #require(result.dossier?.incidents.first?.summaryOrigin)
        #expect(origin.location(line: 3, column: 1) == SourceLocation(file: "incidents.csv", line: 4, column: 1))
    }

    @Test func otherControlsInQuotedCellsAreErrorsToo() throws {
        let result = try load("id,title,date,location,sources\na,\"Red \u{1B}[31m\",2024-01-01,X,s\n")
        #expect(result.errors.first?.description.hasPrefix("incidents.csv:2:8: error: column \"title\": control character U+001B (escape)") == true)
    }
}
