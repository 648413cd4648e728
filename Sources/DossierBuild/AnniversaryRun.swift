// AnniversaryRun: builds the briefs due on a day, skipping those already up to date, one writer
// per output folder, each brief written atomically; reports what it did for scripts.

import DossierDocument
import DossierModel
import Foundation

/// What an anniversary run did.
public struct AnniversaryOutcome: Encodable, Sendable {
    /// One brief.
    public struct Brief: Encodable, Sendable {
        public var incident: String
        public var anniversary: String
        public var date: String
        public var path: String
        public var pages: Int?
        public var reason: String?
    }
    /// The first and last days looked at.
    public var from: String
    public var to: String
    public var built: [Brief] = []
    public var skipped: [Brief] = []
    public var failed: [Brief] = []
    /// The warnings about the records and the Markdown, and what laying out the briefs warned of.
    public var warnings: [String] = []
    /// How many of the failures were outputs that could not be written.
    var unwritable = 0

    enum CodingKeys: String, CodingKey { case from, to, built, skipped, failed, warnings }

    /// 0 when nothing failed, 3 when no brief could be written, 4 when some briefs failed.
    public var exitCode: Int32 {
        if failed.isEmpty { return 0 }
        if built.isEmpty && skipped.isEmpty && unwritable == failed.count { return 3 }
        return 4
    }
}

/// Builds anniversary briefs for a project.
public struct AnniversaryRun {
    public var project: String
    public var day: Day
    public var within: Int
    public var outputDirectory: String
    public var layoutName: String?
    public var force: Bool
    public var sourceDateEpoch: String?
    /// The tool's version, part of every input hash so a new version rebuilds.
    public var toolVersion: String
    /// Whether the project may name files outside its folder (`--allow-outside-project`).
    public var allowOutsideProject: Bool
    /// Whether every warning about the records is an error (`--strict`): nothing is built then.
    public var strict: Bool
    /// Told, in words, why the run waits: another run is writing to the output folder.
    public var waiting: (String) -> Void = { _ in }

    public init(project: String, day: Day, within: Int, outputDirectory: String, layoutName: String?, force: Bool,
                sourceDateEpoch: String?, toolVersion: String, allowOutsideProject: Bool = false, strict: Bool = false) {
        self.project = project; self.day = day; self.within = within; self.outputDirectory = outputDirectory
        self.layoutName = layoutName; self.force = force; self.sourceDateEpoch = sourceDateEpoch
        self.toolVersion = toolVersion; self.allowOutsideProject = allowOutsideProject; self.strict = strict
    }

    /// Runs: loads and checks the records, then builds every brief due.
    public func run(builder makeBuilder: () throws -> ProjectBuilder) throws -> AnniversaryOutcome {
        let (dossier, warnings) = try ProjectBuilder.load(project, allowOutsideProject: allowOutsideProject, strict: strict)
        let layoutName = self.layoutName ?? Self.defaultLayout(project: project, fallback: dossier.spec.layout)
        let layout = try ProjectBuilder.layout(for: dossier, override: layoutName == dossier.spec.layout && self.layoutName == nil ? nil : layoutName)
        // The manifest is JSON: inside a record folder the next load would read it as records.
        try OutputCheck.keepsRecords((outputDirectory as NSString).appendingPathComponent(Manifest.fileName), files: dossier.files,
                                     shown: outputDirectory)
        var outcome = AnniversaryOutcome(from: day.description, to: day.adding(days: max(0, within)).description)
        outcome.warnings = warnings.map(\.description)
        let due = Anniversary.due(dossier.incidents, on: day, within: within)
        guard !due.isEmpty else { return outcome }

        do { try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true) } catch {
            throw BuildFailure.output("cannot create the output folder \(outputDirectory): \(error.localizedDescription)")
        }
        let lock = try OutputLock(directory: outputDirectory, waiting: waiting)
        defer { lock.release() }
        var manifest = Manifest.read(directory: outputDirectory)
        var builder: ProjectBuilder?

        for a in due {
            let path = outputDirectory + "/" + a.fileName
            let created = sourceDateEpoch.flatMap { ReproducibleDate.creationDate(sourceDateEpoch: $0, dossier: dossier) }
                ?? ReproducibleDate.iso(a.day)
            let hash = Manifest.inputHash(project: project, extra: [
                "dossier \(toolVersion)", "layout \(layoutName)", "incident \(a.incidentID)", "years \(a.years)",
                "day \(a.day)", "created \(created)",
            ], skipping: [outputDirectory])
            var brief = AnniversaryOutcome.Brief(incident: a.incidentID, anniversary: a.ordinal, date: a.day.description,
                                                 path: path, pages: nil, reason: nil)
            if !force, let entry = manifest.outputs[a.fileName], entry.inputs == hash,
               FileManager.default.fileExists(atPath: path) {
                brief.pages = entry.pages
                outcome.skipped.append(brief)
                continue
            }
            do {
                if builder == nil { builder = try makeBuilder() }
                guard let document = DocumentBuilder(dossier: dossier, layout: layout, wording: try ProjectBuilder.wording(for: dossier))
                    .anniversaryBrief(incidentID: a.incidentID, years: a.years, observed: a.day, creationDate: created) else {
                    throw BuildFailure.project("incident \(a.incidentID) not found")
                }
                let report = try builder!.write(document, to: path)
                brief.pages = report.pages
                outcome.warnings += report.warnings.map { "\(a.fileName): \($0)" }
                manifest.outputs[a.fileName] = Manifest.Entry(inputs: hash, pages: report.pages)
                try manifest.write(directory: outputDirectory)
                outcome.built.append(brief)
            } catch let failure as BuildFailure {
                brief.reason = failure.description
                outcome.failed.append(brief)
                if case .output = failure { outcome.unwritable += 1 }
            }
        }
        return outcome
    }

    /// The project's `anniversary` layout when it has one or one ships, else the project's own.
    static func defaultLayout(project: String, fallback: String) -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: project + "/layouts/anniversary.yaml") { return "anniversary" }
        if let shipped = ResourceLocator.layoutsDirectory(), fm.fileExists(atPath: shipped + "/anniversary.yaml") { return "anniversary" }
        return fallback
    }
}
