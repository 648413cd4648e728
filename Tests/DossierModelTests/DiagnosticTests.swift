// DiagnosticTests: the compiler-style text of a diagnostic and the order diagnostics are reported in.

import Testing
@testable import DossierModel

@Suite struct DiagnosticTests {
    @Test func rendersEveryPart() {
        let diagnostic = Diagnostic(severity: .error, location: SourceLocation(file: "records/incidents.yaml", line: 12, column: 7),
                                    field: "ashraf-2011-04-08.casualties.killed.low", message: "count -1 is negative",
                                    expected: "a whole number, 0 or more")
        #expect(diagnostic.description == "records/incidents.yaml:12:7: error: ashraf-2011-04-08.casualties.killed.low: "
            + "count -1 is negative; expected a whole number, 0 or more")
    }

    @Test func leavesOutWhatItDoesNotHave() {
        let diagnostic = Diagnostic(severity: .warning, location: nil, field: nil, message: "no record files found")
        #expect(diagnostic.description == "warning: no record files found")
    }

    @Test func sortsByFileLineAndColumnKeepingTies() {
        func at(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(severity: .error, location: SourceLocation(file: file, line: line, column: column), field: nil, message: message)
        }
        let unplaced = Diagnostic(severity: .error, location: nil, field: nil, message: "nowhere")
        let sorted = ProjectLoader.sorted([at("b.yaml", 1, 1, "b"), at("a.yaml", 10, 2, "a10"), at("a.yaml", 9, 5, "a9"),
                                           at("a.yaml", 10, 2, "a10 again"), unplaced])
        #expect(sorted.map(\.message) == ["nowhere", "a9", "a10", "a10 again", "b"])
    }
}
