// `dossier anniversary DIR --on DAY`: the briefs of every incident whose anniversary is due.

import ArgumentParser
import DossierBuild
import DossierModel
import Foundation

struct AnniversaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anniversary",
        abstract: "Build a brief for every incident whose anniversary falls on a day or in the days after it.",
        discussion: """
        Meant to run every day from cron, a systemd timer or a CI schedule. Each brief is named from \
        the incident id and the year count (ashraf-2013-09-01-13th-anniversary.pdf), written to a \
        temporary file and renamed into place; a brief whose inputs have not changed since it was \
        built is skipped (see .dossier-manifest.json in the output folder) unless --force is given. \
        Runs on the same output folder take turns (.dossier.lock).

        A range counts from its first day; 29 February is remembered on 28 February in other years; \
        incidents dated only to the month or year have no anniversary.

        --strict makes every warning about the records an error, so that no brief prints a figure whose \
        provenance is in doubt. --json prints {from, to, built, skipped, failed, warnings}, or on failure \
        {status: "failed", exit_code, error, errors, warnings}.

        Exit codes: 0 done (or nothing due), 1 invalid records, 2 usage error, \
        3 output not writable, 4 partial (some briefs failed; the others were built).
        """
    )

    @OptionGroup var folder: ProjectArgument

    @Option(name: .long, help: "The day to build for, YYYY-MM-DD (also the briefs' creation date unless SOURCE_DATE_EPOCH is set).")
    var on: String

    @Option(name: .long, help: "Also build anniversaries falling up to this many days after --on.")
    var within: Int = 0

    @Option(name: .shortAndLong, help: "The folder to write briefs to.")
    var output: String = "output/anniversary"

    @Option(name: .long, help: "The layout (default: anniversary when one exists, else the project's).")
    var layout: String?

    @Flag(name: .long, help: "Rebuild briefs even when they are up to date.")
    var force = false

    @OptionGroup var strictness: StrictOption

    @OptionGroup var access: ProjectOptions

    @OptionGroup var options: OutputOptions

    func validate() throws {
        guard Day(iso: on) != nil else { throw ValidationError("--on: “\(on)” is not a day; expected YYYY-MM-DD, such as 2026-09-01") }
        guard within >= 0 && within <= 366 else { throw ValidationError("--within: expected a number of days from 0 to 366") }
    }

    func run() throws {
        try JSONReport.reportingFailure(json: options.json, quiet: options.quiet) { try runBriefs() }
    }

    private func runBriefs() throws {
        let day = Day(iso: on)!
        let directory = folder.directory
        var run = AnniversaryRun(project: directory, day: day, within: within, outputDirectory: output,
                                 layoutName: layout, force: force,
                                 sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                                 toolVersion: dossierVersion, allowOutsideProject: access.allowOutsideProject, strict: strictness.strict)
        // Said even when quiet, so a scheduled run's log shows why it started late.
        run.waiting = { ErrorOutput.message($0) }
        let progress = ProgressDisplay.handler(quiet: options.quiet, json: options.json)
        let outcome = try run.run {
            let builder = try ProjectBuilder()
            builder.progress = progress
            return builder
        }
        if options.json {
            print(JSONReport.encoded(outcome))
        } else {
            if !options.quiet {
                for w in outcome.warnings { ErrorOutput.warning(w) }
            }
            for f in outcome.failed { ErrorOutput.message("\(f.path): \(f.reason ?? "failed")") }
            if !options.quiet {
                let days = outcome.from == outcome.to ? outcome.from : "\(outcome.from) to \(outcome.to)"
                if outcome.built.isEmpty && outcome.skipped.isEmpty && outcome.failed.isEmpty {
                    print("no anniversaries due on \(days)")
                }
                for b in outcome.built { print("built \(b.path) (\(b.anniversary) anniversary, \(b.pages ?? 0) pages)") }
                for b in outcome.skipped { print("up to date \(b.path)") }
            }
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
