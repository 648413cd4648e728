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

        Errors stop `dossier build`; a cited source that is not defined is one. Warnings are about \
        provenance, Markdown and spreadsheets and do not (unless --strict, here and on build and \
        anniversary): a figure with no source, a source whose figure differs from the one used, a source \
        never cited, a quotation not found in the archive copy of its source, a UCDP extract without its \
        version; a Markdown link other than https, http, mailto or #name, an image or raw HTML printed as \
        text, nesting flattened; a spreadsheet column neither mapped nor ignored.

        --json prints {project, strict, error_count, warning_count, errors, warnings, diagnostics: [{severity, \
        file, line, column, sheet, cell, field, message, expected, text}]}.

        Control and bidi characters in what is printed are written as escapes such as \\u{202E}.

        Exit codes: 0 no errors (warnings allowed, unless --strict), 1 errors (or, with --strict, \
        warnings), 2 usage error.
        """
    )

    @OptionGroup var folder: ProjectArgument

    @OptionGroup var strictness: StrictOption

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    func run() throws {
        let directory = folder.directory
        let result = ProjectLoader.load(directory: directory, allowOutsideProject: access.allowOutsideProject)
        var diagnostics = result.diagnostics
        // The layout is read only once the records are sound, as `build` does.
        if let dossier = result.dossier {
            diagnostics = Diagnostic.inReadingOrder(diagnostics + MarkdownCheck.diagnostics(for: dossier))
            diagnostics += ProjectBuilder.wordingDiagnostics(for: dossier)
            do {
                _ = try ProjectBuilder.layout(for: dossier)
            } catch BuildFailure.invalidRecords(let found) {
                diagnostics += found
            } catch {
                diagnostics.append(Diagnostic(severity: .error, location: nil, field: "layout", message: "\(error)"))
            }
        }
        if strictness.strict {
            diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if options.json {
            let report = CheckReport(project: directory, strict: strictness.strict, errorCount: errors, warningCount: warnings,
                                     errors: diagnostics.filter { $0.severity == .error }.map(\.description),
                                     warnings: diagnostics.filter { $0.severity == .warning }.map(\.description),
                                     diagnostics: diagnostics.map(JSONReport.Entry.init))
            print(JSONReport.encoded(report))
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
    var project: String
    var strict: Bool
    var errorCount: Int
    var warningCount: Int
    /// The errors and the warnings, each as the line `check` prints.
    var errors: [String]
    var warnings: [String]
    /// Every diagnostic, in parts.
    var diagnostics: [JSONReport.Entry]
}
