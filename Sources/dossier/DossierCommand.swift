// The `dossier` command: subcommands, exit codes and error printing. Logic lives in the libraries.

import ArgumentParser
import DossierBuild
import DossierModel
import DossierRender
import Foundation

/// The version printed by `dossier --version`.
let dossierVersion = "0.1.0"

@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn incident records and quotations into print-ready PDF dossiers.",
        discussion: """
        A project is a folder with dossier.yaml and record files (incidents, quotations, sources).

        Exit codes:
          0  done
          1  invalid records, layout or fonts (each problem listed as file:line:column)
          2  usage error
          3  output not writable (the previous output is left untouched)
          4  partial: some anniversary briefs failed, the others were built

        Environment: SOURCE_DATE_EPOCH fixes the PDF creation date; DOSSIER_FONTS,
        DOSSIER_LAYOUTS and DOSSIER_COLOR point to the bundled fonts/, layouts/ and color/
        folders when the tool is run from elsewhere than its build or installation folder.
        """,
        version: dossierVersion,
        subcommands: [BuildCommand.self, ChartCommand.self, AnniversaryCommand.self, NewCommand.self, LayoutsCommand.self,
                      CheckCommand.self, SchemaCommand.self],
        defaultSubcommand: nil
    )

    static func main() {
        // A build stopped by a timeout or Ctrl-C removes its temporary files on the way out.
        TemporaryFiles.removeOnSignal()
        MemoryLimit.reportExhaustion()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as BuildFailure {
            // Messages quote records and paths, which may hold control or bidi characters.
            ErrorOutput.message(failure.description)
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                ErrorOutput.line(TerminalText.escapedLines(fullMessage(for: error)))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The project folder every command that reads a project is given.
struct ProjectArgument: ParsableArguments {
    @Argument(help: "The project folder (holding dossier.yaml).")
    var project: String

    /// The folder as messages name it: without a trailing "/".
    var directory: String { project.hasSuffix("/") && project.count > 1 ? String(project.dropLast()) : project }
}

/// Options of every command that loads a project.
struct ProjectOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "Let the project read files outside its folder: sections, records, archive copies and layouts that dossier.yaml or the records name.",
        discussion: "Without it, every such path must lead, links followed, inside the project folder. Pipes, devices, sockets and system files (/proc, /sys, /dev) are refused even with it."))
    var allowOutsideProject = false
}

/// `--strict`, for every command that reads records and would otherwise only warn about them.
struct StrictOption: ParsableArguments {
    @Flag(name: .long, help: "Treat every warning about the records and their Markdown (a figure without a source, sources that disagree, an unmapped column, …) as an error: print it as one, write nothing and exit with 1. For scheduled builds that must not print a figure without its provenance.")
    var strict = false
}

/// Options every command that writes output shares.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print a JSON summary of what was done on standard output.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false
}
