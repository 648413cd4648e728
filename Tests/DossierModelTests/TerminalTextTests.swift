// TerminalTextTests: control and bidi characters in any part of a diagnostic are printed as escapes.

import Testing
@testable import DossierModel

@Suite struct TerminalTextTests {
    @Test func controlAndBidiCharactersAreEscaped() {
        #expect(TerminalText.escaped("a\u{202E}b\u{1B}[31mc\u{0}d\u{7F}\u{85}\u{2066}\u{61C}\n") == "a\\u{202E}b\\u{001B}[31mc\\u{0000}d\\u{007F}\\u{0085}\\u{2066}\\u{061C}\\u{000A}")
        #expect(TerminalText.escaped("Ashraf — اشرف, نمی‌شویم") == "Ashraf — اشرف, نمی‌شویم")
        #expect(TerminalText.escapedLines("one\u{202E}\ntwo") == "one\\u{202E}\ntwo")
    }

    @Test func everyPartOfADiagnosticIsEscaped() {
        let diagnostic = Diagnostic(severity: .error, location: SourceLocation(file: "in\u{202E}lmth.yaml", line: 1, column: 2),
                                    field: "a\u{200F}.title", message: "\"\u{1B}[2J\" is wrong", expected: "no \u{9B}")
        #expect(diagnostic.description == "in\\u{202E}lmth.yaml:1:2: error: a\\u{200F}.title: \"\\u{001B}[2J\" is wrong; expected no \\u{009B}")
    }
}
