// JSONReport: what `--json` prints, one shape of keys (snake_case) for every command, and the error
// object a failed run prints so that a script reads a failure as it reads a success.

import ArgumentParser
import DossierBuild
import DossierModel
import Foundation

/// Writes `--json` output.
enum JSONReport {
    /// The value as pretty-printed JSON with sorted snake_case keys; slashes are left as they are.
    static func encoded<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// Runs `body`; when it fails with `--json`, prints the failure as a JSON object (and, unless quiet,
    /// the usual message on standard error), then exits with the failure's code.
    static func reportingFailure(json: Bool, quiet: Bool, warnings: () -> [String] = { [] }, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as BuildFailure where json {
            print(encoded(Failure(failure, warnings: warnings())))
            if !quiet { ErrorOutput.message(failure.description) }
            throw ExitCode(failure.exitCode)
        }
    }

    /// One diagnostic, split into its parts and also as the line `check` prints.
    struct Entry: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        /// A workbook's sheet and cell ("Incidents", "C7"), when the diagnostic is about one.
        var sheet: String?
        var cell: String?
        var field: String?
        var message: String
        var expected: String?
        var text: String

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location?.file; line = diagnostic.location?.line; column = diagnostic.location?.column
            sheet = diagnostic.location?.sheet; cell = diagnostic.location?.cell
            field = diagnostic.field; message = diagnostic.message; expected = diagnostic.expected
            text = diagnostic.description
        }
    }

    /// A failed run: `{"status": "failed", "exit_code", "error", "errors", "warnings"}`.
    struct Failure: Encodable {
        var status = "failed"
        /// The process's exit code: 1 invalid input, 3 output not writable.
        var exitCode: Int32
        /// What went wrong, in one line.
        var error: String
        /// The errors in the records, each in parts; empty when the failure is not about them.
        var errors: [Entry]
        /// The warnings, as `check` prints them.
        var warnings: [String]

        init(_ failure: BuildFailure, warnings: [String]) {
            exitCode = failure.exitCode
            switch failure {
            case .invalidRecords(let diagnostics):
                let errors = diagnostics.filter { $0.severity == .error }
                self.errors = errors.map(Entry.init)
                self.warnings = diagnostics.filter { $0.severity == .warning }.map(\.description) + warnings
                error = "\(errors.count) error\(errors.count == 1 ? "" : "s") in the records; nothing was written"
            default:
                errors = []
                self.warnings = warnings
                error = TerminalText.escaped(failure.description)
            }
        }
    }
}
