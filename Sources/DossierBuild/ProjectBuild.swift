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
    /// The exhibits filed after the dossier, with their pages and Bates ranges: the production log.
    public var production: [ProductionEntry] = []
}

/// Builds PDFs from projects, sharing fonts and shaper between builds.
public final class ProjectBuilder {
    private let shaper: PangoShaper
    private let typesetter: Typesetter
    /// The bundled fonts' folder, for the second shaper.
    private let fontsDirectory: String
    /// A second shaper on the same fonts, made for the first long document: it measures every
    /// other block while the first measures the rest.
    private var measuringShaper: PangoShaper?

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
        self.fontsDirectory = dir
    }

    /// Blocks in the body from which measuring on two threads is worth a second shaper.
    static let blocksForTwoShapers = 32

    /// The shaper builds use.
    public var textShaper: any TextShaper { typesetter }

    /// The standards the PDFs declare (PDF/UA-1 and PDF/A-2a unless set otherwise).
    public var pdfStandard: PDFStandard = .uaAndA2a

    /// Loads a project and stops on record errors, returning the dossier and its warnings. Files outside
    /// the project folder are refused unless `allowOutsideProject` is set (see `ProjectLoader.load`).
    public static func load(_ directory: String, allowOutsideProject: Bool = false) throws -> (Dossier, [Diagnostic]) {
        let result = ProjectLoader.load(directory: directory, allowOutsideProject: allowOutsideProject)
        guard !result.hasErrors, let dossier = result.dossier else { throw BuildFailure.invalidRecords(result.diagnostics) }
        return (dossier, result.diagnostics)
    }

    /// Loads a project as `build` and `anniversary` do: the records, then the Markdown they print, returning
    /// the dossier and every warning. With `strict` (what a scheduled build that must not print a figure
    /// without its provenance asks for) every warning is an error and nothing is loaded.
    public static func load(_ directory: String, allowOutsideProject: Bool = false, strict: Bool) throws -> (Dossier, [Diagnostic]) {
        let result = ProjectLoader.load(directory: directory, allowOutsideProject: allowOutsideProject)
        var diagnostics = result.diagnostics
        if let dossier = result.dossier {
            diagnostics = Diagnostic.inReadingOrder(diagnostics + MarkdownCheck.diagnostics(for: dossier))
        }
        if strict { diagnostics = diagnostics.map { var strict = $0; strict.severity = .error; return strict } }
        guard !diagnostics.contains(where: { $0.severity == .error }), let dossier = result.dossier else {
            throw BuildFailure.invalidRecords(diagnostics)
        }
        return (dossier, diagnostics)
    }

    /// Where a layout's name came from, which decides where a layout path may lead.
    public enum LayoutOrigin: Sendable {
        /// Written in the project (dossier.yaml): a path must lead inside the project folder or the
        /// shipped layouts, like every other file the project names.
        case project
        /// Typed on the command line (`--layout`) by the person running dossier: a path is read as
        /// given, from the current folder, wherever it leads; that is their own choice.
        case commandLine
    }

    /// The layout of a loaded dossier: `override` (from the command line) if given, else the one its
    /// dossier.yaml names, read under the project's rules.
    public static func layout(for dossier: Dossier, override: String? = nil) throws -> LayoutSpec {
        try layout(named: override ?? dossier.spec.layout, project: dossier.directory,
                   origin: override == nil ? .project : .commandLine,
                   allowOutsideProject: dossier.files?.folder.allowsOutside ?? false,
                   location: override == nil ? dossier.files?.layoutLocation : nil)
    }

    /// Resolves a layout name (or path) against the project's own layouts, then the shipped ones.
    /// Whatever the origin, a layout is a regular file of at most `FileLimit.layout`; one in the project
    /// must resolve inside it unless `allowOutsideProject`. A refused file is reported at `location`.
    public static func layout(named name: String, project: String, origin: LayoutOrigin = .project,
                              allowOutsideProject: Bool = false, location: SourceLocation? = nil) throws -> LayoutSpec {
        let shipped = ResourceLocator.layoutsDirectory()
        let folder = ProjectFolder(path: project, allowsOutside: allowOutsideProject, otherFolders: [shipped].compactMap { $0 })
        // Candidates are relative to the current folder; `folder.check` would take them as project-relative.
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path).path }
        var candidates: [(path: String, shown: String, confined: Bool)] = []
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
            // A path typed on the command line is read from the current folder first; one written in
            // the project is relative to the project.
            if origin == .commandLine { candidates.append((name, name, false)) }
            if origin == .project || !name.hasPrefix("/") { candidates.append((folder.absolute(name), name, true)) }
        } else {
            candidates.append((project + "/layouts/\(name).yaml", "layouts/\(name).yaml", true))
            // Installed layouts may be links into a package store; they are the tool's own files.
            if let shipped { candidates.append((shipped + "/\(name).yaml", shipped + "/\(name).yaml", false)) }
        }
        for candidate in candidates {
            switch folder.check(absolute(candidate.path), limit: .layout, confined: candidate.confined) {
            case .success:
                do { return try LayoutSpec.load(file: candidate.path) } catch { throw BuildFailure.project("\(error)") }
            case .failure(.missing):
                continue
            case .failure(let refusal):
                let (message, expected) = folder.describe(refusal, path: candidate.shown)
                let field = origin == .commandLine ? "--layout" : "layout"
                throw BuildFailure.invalidRecords([Diagnostic(severity: .error, location: origin == .project ? location : nil,
                                                              field: field, message: message, expected: expected)])
            }
        }
        let folders = [project + "/layouts", shipped ?? ""]
        let known = Set(folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }).sorted()
        throw BuildFailure.project("layout “\(name)” not found (looked in \(candidates.map(\.path).joined(separator: ", "))); expected one of: \(known.joined(separator: ", "))")
    }

    /// Builds a dossier's document and writes it to `output`, atomically.
    public func build(_ dossier: Dossier, layout: LayoutSpec, output: String,
                      sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                      bundle: HearingBundle? = nil, transform: ((inout Document) -> Void)? = nil) throws -> BuildReport {
        try OutputCheck.keepsRecords(output, files: dossier.files)
        try bundle?.checkOutput(output)
        let created = ReproducibleDate.creationDate(sourceDateEpoch: sourceDateEpoch, dossier: dossier)
        var document = DocumentBuilder(dossier: dossier, layout: layout, wording: try Self.wording(for: dossier))
            .build(creationDate: created)
        transform?(&document)
        return try write(document, to: output, bundle: bundle)
    }

    /// Whether a second thread shares the work (the default): it measures every other block of a
    /// long body, draws pages while the layout goes on and recompresses page contents while the
    /// PDF is finished. The file is the same byte for byte either way; a single thread suits a
    /// machine with one core.
    public var drawsInParallel = true

    /// Told how far builds have got.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Opens the file a build's pages go to: a `PDFWriter`. Internal: tests (through `@testable
    /// import`) put an output around it that fails midway, as a full disk would, to check that the
    /// previous output is left as it was.
    var openOutput: (_ path: String, _ metadata: DocumentMetadata, _ fonts: FontLibrary,
                     _ options: PDFOptions) throws -> any PageOutput = PDFWriter.init

    /// Tells the progress handler, every 25 pages, how many pages of `total` are written.
    func reportWritten(_ pages: Int, of total: Int) {
        // Laid out once, the page count is not known while pages are written: the shaping
        // progress tells how far the build has got.
        if total > 0, pages % 25 == 0 { progress?(.written(pages, of: total)) }
    }

    /// Refuses an output path that would replace something other than a PDF: a record file, a
    /// folder, a file without the .pdf extension, a file that does not start like a PDF.
    public static func checkOutputPath(_ output: String) throws {
        guard output.lowercased().hasSuffix(".pdf") else {
            throw BuildFailure.output("\(output): the output must be a file ending in .pdf")
        }
        try OutputCheck.mayReplace(output, with: .pdf)
    }

    /// Lays out a document and writes it to `output`, atomically; with a `bundle`, its exhibit index, cover
    /// sheets and exhibits follow the dossier in the same file and Bates sequence.
    public func write(_ document: Document, to output: String, bundle: HearingBundle? = nil) throws -> BuildReport {
        try Self.checkOutputPath(output)
        try LayoutFonts.check(document.layout, fonts: shaper.fonts)
        let engine = LayoutEngine(shaper: typesetter)
        // The PDF writer merges overlays: a body that refers to no page number is laid out once.
        engine.overlaysNumbers = true
        if drawsInParallel, document.body.count >= Self.blocksForTwoShapers, engine.measuresFirst(document) {
            // The fonts loaded once already; should a second load fail, measuring stays on one thread.
            if measuringShaper == nil { measuringShaper = try? PangoShaper(fonts: try FontLibrary(directory: fontsDirectory)) }
            engine.measuringShaper = measuringShaper.map(Typesetter.init)
            engine.onMeasured = { [measuringShaper] in
                measuringShaper?.emptyCaches()
                // The measuring thread's memory is free now but held by its own malloc arena.
                MemoryRelease.returnFreeMemory()
            }
        }
        // The page count is known once pagination settles, before the first page is written.
        let pageTotal = PageTotal()
        let progress = self.progress
        engine.progress = { step in
            if case .laidOut(let pages, _) = step { pageTotal.value = pages }
            progress?(BuildProgress(step))
        }
        try OutputCheck.createFolder(of: output)
        let summary: LayoutSummary
        let bundlePages = bundle.map { BundlePages(spec: document.layout, shaper: typesetter, dossierTitle: document.metadata.title, exhibits: $0.exhibits) }
        var production: (pages: Int, entries: [ProductionEntry])?
        let outlineTitle = document.layout.exhibit.map { "\($0): \(document.metadata.title)" } ?? document.metadata.title
        do {
            var pdfOptions = try ResourceLocator.pdfOptions(pdfStandard)
            pdfOptions.usesSecondThread = drawsInParallel
            let writer = try openOutput(output, document.metadata, shaper.fonts, pdfOptions)
            var written = 0
            // Pages go to the PDF as the layout finishes them, so they are never all held at once;
            // with `drawsInParallel` they are drawn on a second thread while the layout goes on.
            let handOff = drawsInParallel ? PageHandOff { try writer.add($0) } : nil
            do {
                summary = try engine.layout(document) { page in
                    let page = bundlePages == nil ? page : HearingBundle.dossierPage(page, outlineTitle: outlineTitle)
                    if let handOff { try handOff.put(page) } else { try writer.add(page) }
                    if !page.overlays {
                        written += 1
                        reportWritten(written, of: pageTotal.value)
                    }
                }
                try handOff?.finish()
            } catch {
                try? handOff?.finish(cancel: true)
                writer.abandon()
                throw error
            }
            if let bundlePages {
                production = try writeBundle(bundlePages, after: summary.pageCount, to: writer)
            }
            // Every page is drawn: what the shaper kept for the layout is not needed to finish the file.
            shaper.emptyCaches()
            MemoryRelease.returnFreeMemory()
            try writer.finish()
            let pages = production?.pages ?? summary.pageCount
            progress?(.written(pages, of: pages))
        } catch let failure as BuildFailure {
            throw failure
        } catch RenderError.noPages(_) {
            // Nothing to print is a matter of the records and the layout, not of the output file.
            throw BuildFailure.project("the layout's sections give nothing to print for this project; "
                + "expected records for at least one of its sections, or a layout with other sections")
        } catch let error as RenderError {
            throw BuildFailure.output("\(error)")
        } catch {
            throw BuildFailure.project("cannot lay out the document: \(error)")
        }
        return BuildReport(output: output, pages: production?.pages ?? summary.pageCount, passes: summary.passes, warnings: summary.warnings,
                           production: production?.entries ?? [])
    }
}

/// The page count of the layout under way, told to the progress display.
private final class PageTotal: @unchecked Sendable {
    // Written and read on the building thread only.
    var value = 0
}
