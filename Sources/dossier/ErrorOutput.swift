// ErrorOutput: what the commands print on standard error, one line at a time, with the escaping
// every line that quotes records or paths needs.

import DossierModel
import Foundation

/// Prints lines on standard error.
enum ErrorOutput {
    /// Prints `text` and a line feed as they are (for text that is already escaped, such as a diagnostic).
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a warning on one line, its control and bidi characters escaped.
    static func warning(_ text: String) { line(TerminalText.escaped(text)) }

    /// Prints "dossier: " and a message (what failed, or why a run waits), its unsafe characters escaped
    /// and its line feeds kept.
    static func message(_ message: String) { line("dossier: " + TerminalText.escapedLines(message)) }
}
