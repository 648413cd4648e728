// `dossier chart DIR`: the overview chart on its own, as PDF, SVG or PNG, for slides and posts.

import ArgumentParser
import DossierBuild
import DossierModel
import Foundation

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Export a project's casualty chart on its own, for slides and posts.",
        discussion: """
        Draws the chart the dossier's overview holds, from the same figures: one bar per incident, \
        or, beyond the layout's chart threshold (30 by default), one bar per month, quarter or year \
        with the number of incidents under each. The format follows the output's extension: .pdf \
        (vector, tagged with the chart's alt text), .svg or .png. The file is written to a temporary \
        name and renamed into place.
        """
    )

    @Argument(help: "The project folder (holding dossier.yaml).")
    var project: String

    @Option(name: .long, help: "The chart: stacked (a bar per incident, categories stacked), grouped (categories side by side), horizontal (a row per incident, for long labels) or timeline (circles on a date axis, area proportional to the total).")
    var kind = "stacked"

    @Option(name: .shortAndLong, help: "Where to write the chart: a .pdf, .svg or .png file (default: output/<project name>-<kind>.pdf). An existing file is replaced only if it is of the same format.")
    var output: String?

    @Option(name: .long, help: "The layout whose chart settings (colour mode, threshold, fonts) to use: a name from layouts/ or a path to a layout file (default: the project's).")
    var layout: String?

    @Option(name: .long, help: "color (the colour-blind-safe Okabe–Ito palette) or print (grey levels and hatches that survive a black-and-white photocopy); default: the layout's.")
    var mode: String?

    @Option(name: .long, help: "The chart's width in points, margins not included (default 600).")
    var width: Double?

    @Option(name: .long, help: "The chart's height in points, margins not included (default 360; 280 for timeline; for horizontal, enough for a row per bar).")
    var height: Double?

    @Option(name: .long, help: "The resolution of a PNG, in dots per inch.")
    var dpi: Double = 144

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    var request: ChartExportRequest {
        let directory = project.hasSuffix("/") && project.count > 1 ? String(project.dropLast()) : project
        return ChartExportRequest(project: directory, kind: kind, output: output, layout: layout, mode: mode,
                                  width: width, height: height, dpi: dpi, allowOutsideProject: access.allowOutsideProject)
    }

    func validate() throws {
        if let problem = ChartExport.usageProblem(request) { throw ValidationError(problem) }
    }

    func run() throws {
        try JSONReport.reportingFailure(json: options.json, quiet: options.quiet) {
            let builder = try ProjectBuilder()
            let report = try ChartExport.run(request, builder: builder)
            if options.json {
                let summary = ChartSummary(output: report.output, format: report.format.rawValue,
                                           width: report.pageSize.width.points, height: report.pageSize.height.points,
                                           altText: report.altText, warnings: report.warnings)
                print(JSONReport.encoded(summary))
            } else if !options.quiet {
                for w in report.warnings { FileHandle.standardError.write(Data((TerminalText.escaped(w) + "\n").utf8)) }
                print("wrote \(report.output)")
            }
        }
    }
}

/// The `--json` summary of a chart export.
struct ChartSummary: Encodable {
    var output: String
    var format: String
    var width: Double
    var height: Double
    var altText: String
    var warnings: [String]
}
