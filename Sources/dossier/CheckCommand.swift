// `dossier check DIR`: every problem in a project's records, in one run, without building.

import ArgumentParser
import DossierBuild
import DossierDocument
import DossierModel
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a project's records and list every problem, without building.",
        discussion: """
        Reads dossier.yaml and every record file (YAML, JSON, CSV, or a UCDP GED extract) and prints each \
        problem on its own line, sorted by file and line, as

          FILE:LINE:COLUMN: error|warning: FIELD: what is wrong; expected …

        for example "incidents.yaml:3:9: error: attack-1.date: invalid date "2011-13-08": month 13 is \
        not between 1 and 12; expected a date written YYYY-MM-DD, e.g. 2013-09-01".

        Errors stop `dossier build`. Warnings are about provenance and Markdown and do not: a figure with \
        no source, a source whose figure differs from the one used, a cited source that is not defined, a \
        source never cited, a quotation not found in the archive copy of its source; a Markdown link other \
        than https, http, mailto or #name, an image or raw HTML printed as text, nesting flattened.

        Control and bidi characters in what is printed are written as escapes such as \\u{202E}.

        Control and bidi characters in what is printed are written as escapes such as \\u{202E}.

        Exit codes: 0 no errors (warnings allowed, unless --strict), 1 errors (or, with --strict, \
        warnings), 2 usage error.
        """
    )

    @OptionGroup var folder: ProjectArgument

    @Flag(name: .long, help: "Treat warnings as errors: print them as errors and exit with 1 if there are any.")
    var strict = false

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    func run() throws {
        let directory = folder.directory
        let result = ProjectLoader.load(directory: directory, allowOutsideProject: access.allowOutsideProject)
        var diagnostics = result.diagnostics
        // The layout is read only once the records are sound, as `build` does.
        if let dossier = result.dossier {
            diagnostics = Diagnostic.inReadingOrder(diagnostics + MarkdownCheck.diagnostics(for: dossier))
            do {
                _ = try ProjectBuilder.layout(for: dossier)
            } catch BuildFailure.invalidRecords(let found) {
                diagnostics += found
            } catch {
                diagnostics.append(Diagnostic(severity: .error, location: nil, field: "layout", message: "\(error)"))
            }
        }
        if strict {
            diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if options.json {
            let report = CheckReport(project: directory, strict: strict, errors: errors, warnings: warnings,
                                     diagnostics: diagnostics.map(CheckReport.Entry.init))
            print(report.summaryJSON())
        } else {
            let shown = options.quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
            var text = shown.map { $0.description + "\n" }.joined()
            if !options.quiet && !diagnostics.isEmpty {
                text += "\(Self.count(errors, "error")), \(Self.count(warnings, "warning"))\n"
            }
            FileHandle.standardError.write(Data(text.utf8))
            if !options.quiet && diagnostics.isEmpty { print("\(TerminalText.escaped(directory)): no problems found") }
        }
        if errors > 0 { throw ExitCode(1) }
    }

    /// "1 error", "2 warnings".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// The `--json` report of a check.
struct CheckReport: Encodable {
    /// One diagnostic, split into its parts and also as the line `check` prints.
    struct Entry: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var field: String?
        var message: String
        var expected: String?
        var text: String

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location?.file; line = diagnostic.location?.line; column = diagnostic.location?.column
            field = diagnostic.field; message = diagnostic.message; expected = diagnostic.expected
            text = diagnostic.description
        }
    }

    var project: String
    var strict: Bool
    var errors: Int
    var warnings: Int
    var diagnostics: [Entry]

}
