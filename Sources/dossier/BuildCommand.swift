// `dossier build DIR`: the project's PDF, written atomically.

import ArgumentParser
import DossierBuild
import DossierDocument
import DossierModel
import DossierRender
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a project's PDF dossier.",
        discussion: "The PDF is written to a temporary file and renamed into place, so a failed build never damages the previous one. Set SOURCE_DATE_EPOCH to fix the creation date; otherwise data_as_of from dossier.yaml is used, so two builds of the same records are byte-identical. --strict makes every warning about the records an error (nothing is written). --json prints {status: \"built\", output, pages, passes, warnings}, or on failure {status: \"failed\", exit_code, error, errors, warnings}."
    )

    @OptionGroup var folder: ProjectArgument

    @Option(name: .shortAndLong, help: "Where to write the PDF (default: output/<project name>.pdf). An existing file is replaced only if it is a PDF, and never among the project's records.")
    var output: String?

    @Option(name: .long, help: "The layout: dossier, briefing, hearing, anniversary, one of the project's own in DIR/layouts/, or a path to a layout file, read from wherever it is (default: the project's).")
    var layout: String?

    @OptionGroup var stamps: StampOptions

    @Flag(name: .long, help: "Build the dossier alone, without the exhibits dossier.yaml lists.")
    var withoutExhibits = false

    @Option(name: .long, help: "Write the production log of the exhibits (file, SHA-256, pages, Bates range) to FILE.csv or FILE.json.")
    var log: String?

    @Option(name: .long, help: "Which standards the PDF declares: ua (PDF/UA-1, accessible), a2a (PDF/A-2a, archival, with an sRGB output intent), ua+a2a or none, for printers and tools that reject either. Tagging and artifacts are the same in all four.")
    var pdfStandard: PDFStandard = .uaAndA2a

    @OptionGroup var strictness: StrictOption

    @Flag(name: .long, help: "Do all the work on one thread (measuring, drawing and finishing the PDF) instead of sharing it with a second: slower, the same file byte for byte. For a machine with one core.")
    var singleThread = false

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    func run() throws {
        var warnings: [Diagnostic] = []
        try JSONReport.reportingFailure(json: options.json, quiet: options.quiet, warnings: { warnings.map(\.description) }) {
            let directory = folder.directory
            let (dossier, diagnostics) = try ProjectBuilder.load(directory, allowOutsideProject: access.allowOutsideProject, strict: strictness.strict)
            warnings = diagnostics.filter { $0.severity == .warning }
            if !options.quiet && !options.json {
                for w in warnings { ErrorOutput.line(w.description) }
            }
            let spec = stamps.applied(to: try ProjectBuilder.layout(for: dossier, override: layout))
            let name = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
            let path = output ?? "output/\(name).pdf"
            if let log { try ProductionLog.checkPath(log) }
            // Every exhibit is opened and checked before anything is written.
            let bundle = withoutExhibits || dossier.spec.exhibits.isEmpty ? nil : try HearingBundle(dossier: dossier, dossierLabel: spec.exhibit)
            let builder = try ProjectBuilder()
            builder.progress = ProgressDisplay.handler(quiet: options.quiet, json: options.json)
            builder.drawsInParallel = !singleThread
            builder.pdfStandard = pdfStandard
            let report = try builder.build(dossier, layout: spec, output: path, bundle: bundle)
            if let log { try ProductionLog.write(report, to: log) }
            if options.json {
                let summary = JSONSummary(output: report.output, pages: report.pages, passes: report.passes,
                                          warnings: warnings.map(\.description) + report.warnings)
                print(JSONReport.encoded(summary))
            } else if !options.quiet {
                for w in report.warnings { ErrorOutput.warning("warning: " + w) }
                print("wrote \(report.output) (\(report.pages) pages)")
            }
        }
    }
}

/// The `--json` summary of a build.
struct JSONSummary: Encodable {
    var status = "built"
    var output: String
    var pages: Int
    var passes: Int
    var warnings: [String]
}

extension PDFStandard: ExpressibleByArgument {}
