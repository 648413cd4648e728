// ProjectLoader: reads a project directory (dossier.yaml, record files, Markdown sections) into a Dossier and diagnostics.

import Foundation

/// Loads a project directory: `dossier.yaml`, then the record files it names (or the default ones),
/// then the Markdown sections, reporting every problem found in one run.
public enum ProjectLoader {
    /// The project file's name.
    public static let projectFileName = "dossier.yaml"
    /// Extensions of record files; JSON is read by the YAML parser, as JSON is YAML.
    static let recordExtensions: Set<String> = ["yaml", "yml", "json", "csv"]

    /// Loads the project in `directory`. The dossier is `nil` when any error was found.
    ///
    /// Every file the project names must resolve, links followed, inside `directory`, unless
    /// `allowOutsideProject` is set; pipes, devices, sockets and system files are refused always, and
    /// each kind of file has a size limit (`FileLimit`).
    public static func load(directory: String, allowOutsideProject: Bool = false) -> LoadResult {
        var run = Run(folder: ProjectFolder(path: directory, allowsOutside: allowOutsideProject))
        let project = run.readProjectFile()
        var decoder = RecordDecoder(projectLanguage: project?.spec.language ?? "en")
        var records = DecodedRecords()
        var everyFileParsed = true
        let files = run.recordFiles(project)
        for file in files {
            everyFileParsed = run.readRecords(in: file, with: &decoder, into: &records) && everyFileParsed
        }
        let sections = run.readSections(project)
        // A spreadsheet's cell that could not be read is reported once, by the sheet's reader.
        run.diagnostics += decoder.diagnostics.filter { $0.location.map { !run.reportedCells.contains($0) } ?? true }
        for reference in decoder.fileReferences {
            guard case .failure(let refusal) = run.folder.check(reference.path, limit: .archive) else { continue }
            let (message, expected) = run.folder.describe(refusal, path: reference.path)
            run.diagnostics.append(Diagnostic(severity: .error, location: reference.location, field: reference.field,
                                              message: message, expected: expected))
        }
        // A file that could not be parsed leaves its ids undefined; reporting every reference to them
        // would bury the one real error.
        if everyFileParsed {
            run.diagnostics += ReferenceCheck.diagnostics(definitions: decoder.definitions, references: decoder.references)
        }
        run.diagnostics += run.checkQuotations(decoder.quotedTexts, sources: records.sources)
        run.checkExhibits(project, sources: records.sources, sourcesRead: everyFileParsed)
        let diagnostics = sorted(run.diagnostics.map(run.namingColumn))
        guard let spec = project?.spec, !diagnostics.contains(where: { $0.severity == .error }) else {
            return LoadResult(dossier: nil, diagnostics: diagnostics)
        }
        let incidents = records.incidents.sorted { ($0.date.start, $0.id) < ($1.date.start, $1.id) }
        let undated = Day(year: Int.max, month: 12, day: 31)
        let quotations = records.quotations.sorted { ($0.date ?? undated, $0.id) < ($1.date ?? undated, $1.id) }
        var dossier = Dossier(directory: directory, spec: spec, incidents: incidents, quotations: quotations,
                              sources: records.sources, sections: sections)
        dossier.files = run.files(files)
        return LoadResult(dossier: dossier, diagnostics: diagnostics)
    }

    /// Where the project in `directory` keeps its records and names its layout, read from dossier.yaml
    /// without decoding a record: for commands that write near a project without building it.
    public static func files(directory: String) -> ProjectFiles {
        var run = Run(folder: ProjectFolder(path: directory))
        let project = run.readProjectFile()
        // Two statements: `run.files(run.recordFiles(…))` would read `run` before the walk updates it.
        let records = run.recordFiles(project)
        return run.files(records)
    }

    /// Sorts diagnostics by file, line and column; those not tied to a place come first, and ties keep
    /// the order they were found in. A problem found again at the same place with the same words (a bad
    /// CSV column, met once per row) is reported once.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        let unique = diagnostics.filter { diagnostic in
            guard let location = diagnostic.location else { return true }
            return seen.insert("\(location)|\(diagnostic.severity)|\(diagnostic.message)|\(diagnostic.expected ?? "")").inserted
        }
        return unique.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            let keyA = (x == nil ? 0 : 1, x?.file ?? "", x?.line ?? 0, x?.column ?? 0, a.offset)
            let keyB = (y == nil ? 0 : 1, y?.file ?? "", y?.line ?? 0, y?.column ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
