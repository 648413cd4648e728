// ProjectBuild: the whole pipeline for one project: records → document → pages → PDF.

import CairoPango
import DossierDisplay
import DossierDocument
import DossierLayout
import DossierModel
import DossierRender
import Foundation

/// What went wrong in a build, with the exit code the command line reports.
public enum BuildFailure: Error, CustomStringConvertible {
    /// The records have errors; nothing was written.
    case invalidRecords([Diagnostic])
    /// The project or its layout could not be read.
    case project(String)
    /// The fonts could not be loaded.
    case fonts(String)
    /// The output could not be written; the previous file is untouched.
    case output(String)

    /// 1 for invalid input, 3 when the output cannot be written.
    public var exitCode: Int32 {
        switch self {
        case .invalidRecords, .project, .fonts: 1
        case .output: 3
        }
    }

    public var description: String {
        switch self {
        case .invalidRecords(let d):
            let errors = d.filter { $0.severity == .error }
            return (errors.map(\.description) + ["\(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written"])
                .joined(separator: "\n")
        case .project(let m), .fonts(let m), .output(let m): return m
        }
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var output: String
    public var pages: Int
    public var passes: Int
    public var warnings: [String]
}

/// Builds PDFs from projects, sharing fonts and shaper between builds.
public final class ProjectBuilder {
    private let shaper: PangoShaper
    private let typesetter: Typesetter

    /// Loads the bundled fonts from `fontsDirectory` (found automatically when nil).
    public init(fontsDirectory: String? = nil) throws {
        guard let dir = fontsDirectory ?? ResourceLocator.fontsDirectory() else {
            throw BuildFailure.fonts("cannot find the bundled fonts folder (fonts/ with NotoSerif-Regular.ttf); set DOSSIER_FONTS to its path")
        }
        do {
            shaper = try PangoShaper(fonts: try FontLibrary(directory: dir))
        } catch {
            throw BuildFailure.fonts("\(error)")
        }
        typesetter = Typesetter(shaper)
    }

    /// The shaper builds use.
    public var textShaper: any TextShaper { typesetter }

    /// Loads a project and stops on record errors, returning the dossier and its warnings.
    public static func load(_ directory: String) throws -> (Dossier, [Diagnostic]) {
        let result = ProjectLoader.load(directory: directory)
        guard !result.hasErrors, let dossier = result.dossier else { throw BuildFailure.invalidRecords(result.diagnostics) }
        return (dossier, result.diagnostics)
    }

    /// Resolves a layout name (or path) against the project's own layouts, then the shipped ones.
    public static func layout(named name: String, project: String) throws -> LayoutSpec {
        var candidates: [String] = []
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
            // A path is read as given (from the current folder), then from the project folder.
            candidates.append(name)
            if !name.hasPrefix("/") { candidates.append(project + "/" + name) }
        } else {
            candidates.append(project + "/layouts/\(name).yaml")
            if let shipped = ResourceLocator.layoutsDirectory() { candidates.append(shipped + "/\(name).yaml") }
        }
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            do { return try LayoutSpec.load(file: path) } catch { throw BuildFailure.project("\(error)") }
        }
        let folders = [project + "/layouts", ResourceLocator.layoutsDirectory() ?? ""]
        let known = Set(folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }).sorted()
        throw BuildFailure.project("layout “\(name)” not found (looked in \(candidates.joined(separator: ", "))); expected one of: \(known.joined(separator: ", "))")
    }

    /// Builds a dossier's document and writes it to `output`, atomically.
    public func build(_ dossier: Dossier, layout: LayoutSpec, output: String,
                      sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                      transform: ((inout Document) -> Void)? = nil) throws -> BuildReport {
        let created = ReproducibleDate.creationDate(sourceDateEpoch: sourceDateEpoch, dossier: dossier)
        var document = DocumentBuilder(dossier: dossier, layout: layout).build(creationDate: created)
        transform?(&document)
        return try write(document, to: output)
    }

    /// Told how far builds have got.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Refuses an output path that would replace something other than a PDF: a record file, a
    /// folder, a file without the .pdf extension.
    public static func checkOutputPath(_ output: String) throws {
        guard output.lowercased().hasSuffix(".pdf") else {
            throw BuildFailure.output("\(output): the output must be a file ending in .pdf")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw BuildFailure.output("\(output) is a folder; expected the path of a PDF file") }
        let head = FileHandle(forReadingAtPath: output).flatMap { try? $0.read(upToCount: 5) } ?? Data()
        guard head.isEmpty || head == Data("%PDF-".utf8) else {
            throw BuildFailure.output("\(output) exists and is not a PDF; dossier only replaces PDF files, so nothing was written")
        }
    }

    /// Lays out a document and writes it to `output`, atomically.
    public func write(_ document: Document, to output: String) throws -> BuildReport {
        try Self.checkOutputPath(output)
        let engine = LayoutEngine(shaper: typesetter)
        // The page count is known once pagination settles, before the first page is written.
        let pageTotal = PageTotal()
        let progress = self.progress
        engine.progress = { event in
            if case .laidOut(let pages, _) = event { pageTotal.value = pages }
            progress?(event)
        }
        let directory = (output as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw BuildFailure.output("cannot create the folder \(directory): \(error.localizedDescription)")
            }
        }
        // Fault injection for tests of atomic writes: fail after this many pages have been written.
        let failAfter = ProcessInfo.processInfo.environment["DOSSIER_FAULT_AFTER_PAGES"].flatMap(Int.init)
        let summary: LayoutSummary
        do {
            let writer = try PDFWriter(path: output, metadata: document.metadata, fonts: shaper.fonts)
            var written = 0
            // Pages go to the PDF as the layout finishes them, so they are never all held at once.
            summary = try engine.layout(document) { page in
                if let failAfter, written >= failAfter {
                    throw BuildFailure.output("cannot write \(output): fault injected after \(failAfter) pages (DOSSIER_FAULT_AFTER_PAGES)")
                }
                try writer.add(page)
                written += 1
                if written % 25 == 0 { progress?(.written(written, of: pageTotal.value)) }
            }
            try writer.finish()
            progress?(.written(summary.pageCount, of: summary.pageCount))
        } catch let failure as BuildFailure {
            throw failure
        } catch let error as RenderError {
            throw BuildFailure.output("\(error)")
        } catch {
            throw BuildFailure.project("cannot lay out the document: \(error)")
        }
        return BuildReport(output: output, pages: summary.pageCount, passes: summary.passes, warnings: summary.warnings)
    }
}

/// The page count of the layout under way, told to the progress display.
private final class PageTotal: @unchecked Sendable {
    // Written and read on the building thread only.
    var value = 0
}
