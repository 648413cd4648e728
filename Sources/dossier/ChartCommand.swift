// `dossier chart DIR`: the overview chart on its own, as PDF, SVG or PNG, for slides and posts.

import ArgumentParser
import DossierBuild
import DossierCharts
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

    @OptionGroup var folder: ProjectArgument

    @Option(name: .long, help: "The chart: \(ChartCommand.described(ChartKind.allCases)).")
    var kind = ChartKind.stacked

    @Option(name: .shortAndLong, help: "Where to write the chart: a .pdf, .svg or .png file (default: output/<project name>-<kind>.pdf). An existing file is replaced only if it is of the same format.")
    var output: String?

    @Option(name: .long, help: "The layout whose chart settings (colour mode, threshold, fonts) to use: a name from layouts/ or a path to a layout file (default: the project's).")
    var layout: String?

    @Option(name: .long, help: "How the series are told apart: \(ChartCommand.described(ChartColorMode.allCases)); default: the layout's.")
    var mode: ChartColorMode?

    @Option(name: .long, help: "The chart's width in points, margins not included (default \(Int(ChartKind.aloneWidth.points))).")
    var width: Double?

    @Option(name: .long, help: "The chart's height in points, margins not included (default 360; 280 for timeline; for horizontal, enough for a row per bar).")
    var height: Double?

    @Option(name: .long, help: "The resolution of a PNG, in dots per inch.")
    var dpi: Double = 144

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    var request: ChartExportRequest {
        ChartExportRequest(project: folder.directory, kind: kind, output: output, layout: layout, mode: mode,
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
                for w in report.warnings { ErrorOutput.warning(w) }
                print("wrote \(report.output)")
            }
        }
    }
}

extension ChartCommand {
    /// "stacked (a bar per incident, …), grouped (…) or timeline (…)": each value with its summary.
    static func described<Value: RawRepresentable<String>>(_ values: [Value], summary: (Value) -> String) -> String {
        let parts = values.map { "\($0.rawValue) (\(summary($0)))" }
        return parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " or " + parts.last!
    }

    static func described(_ kinds: [ChartKind]) -> String { described(kinds, summary: \.summary) }
    static func described(_ modes: [ChartColorMode]) -> String { described(modes, summary: \.summary) }
}

// Typed on the command line, listed by `--help`.
extension ChartKind: ExpressibleByArgument {}
extension ChartColorMode: ExpressibleByArgument {}

/// The `--json` summary of a chart export.
struct ChartSummary: Encodable {
    var output: String
    var format: String
    var width: Double
    var height: Double
    var altText: String
    var warnings: [String]
}
