// FuzzTargets: one entry per reader and one for the layout engine, fed arbitrary bytes. The
// libFuzzer executables under Fuzz/ call these, and the tests replay the committed corpus
// through them, so a crash found once stays fixed.

import DossierDisplay
import DossierDocument
import DossierLayout
import DossierModel
import Foundation

/// Entry points that take any bytes and must return, whatever the bytes are: no trap, no hang.
public enum FuzzTargets {
    /// The targets by name, as the scripts and corpus folders call them.
    public static let all: [String: @Sendable (Data) -> Void] = [
        "records": records, "csv": csv, "project": project, "layout": layout, "markdown": markdown, "engine": engine,
        "xlsx": { workbook($0, extension: "xlsx") }, "ods": { workbook($0, extension: "ods") },
    ]

    /// A YAML record file in a small project, loaded, built into a document and laid out.
    public static func records(_ data: Data) {
        let scratch = Scratch.shared
        scratch.write(data, to: "records/incidents.yaml")
        scratch.removeFile("records/incidents.csv")
        buildAndLayOut(scratch.directory)
    }

    /// A CSV record file (the schema's columns or a UCDP GED extract), loaded, built and laid out.
    public static func csv(_ data: Data) {
        let scratch = Scratch.shared
        scratch.write(Data(Scratch.incidents.utf8), to: "records/incidents.yaml")
        scratch.write(data, to: "records/incidents.csv")
        buildAndLayOut(scratch.directory)
        scratch.removeFile("records/incidents.csv")
    }

    /// A workbook (`.xlsx` or `.ods`) mapped onto incidents from `dossier.yaml`, loaded, built and laid out.
    public static func workbook(_ data: Data, extension: String) {
        let scratch = Scratch.shared
        scratch.write(Data(Scratch.incidents.utf8), to: "records/incidents.yaml")
        scratch.write(data, to: "sheets/book.\(`extension`)")
        scratch.write(Data(Scratch.workbookProject(extension: `extension`).utf8), to: "dossier.yaml")
        buildAndLayOut(scratch.directory)
        scratch.write(Data(Scratch.project.utf8), to: "dossier.yaml")
        scratch.removeFile("sheets/book.\(`extension`)")
    }

    /// A project file (`dossier.yaml`) over the sample records.
    public static func project(_ data: Data) {
        let scratch = Scratch.shared
        scratch.write(Data(Scratch.incidents.utf8), to: "records/incidents.yaml")
        scratch.write(data, to: "dossier.yaml")
        buildAndLayOut(scratch.directory)
        scratch.write(Data(Scratch.project.utf8), to: "dossier.yaml")
    }

    /// A layout file, read and used to lay out a small document.
    public static func layout(_ data: Data) {
        let scratch = Scratch.shared
        scratch.write(data, to: "layouts/fuzz.yaml")
        guard let spec = try? LayoutSpec.load(file: scratch.directory + "/layouts/fuzz.yaml") else { return }
        let body = MarkdownReader.blocks("# Heading\n\nA paragraph of *words*, with a [link](https://example.org).\n\n- one\n- two\n")
        layOut(Document(metadata: DocumentMetadata(title: "Fuzz"), layout: spec, body: body))
    }

    /// Markdown, read into blocks and laid out.
    public static func markdown(_ data: Data) {
        let blocks = MarkdownReader.blocks(String(decoding: data, as: UTF8.self))
        layOut(Document(metadata: DocumentMetadata(title: "Fuzz"), layout: small, body: blocks))
    }

    /// A block tree generated from the bytes (each byte a choice), laid out on a small page.
    public static func engine(_ data: Data) {
        var reader = ChoiceReader(data)
        let body = (0..<min(24, 1 + data.count / 8)).map { _ in BlockGenerator.block(&reader, depth: 0) }
        layOut(Document(metadata: DocumentMetadata(title: "Fuzz"), layout: small, body: body))
    }

    /// Whether the scratch project the reader targets start from loads without errors: if it did
    /// not, every input would stop at the first check and fuzzing would test nothing.
    public static func scratchProjectLoads() -> Bool {
        let scratch = Scratch.shared
        scratch.write(Data(Scratch.project.utf8), to: "dossier.yaml")
        scratch.write(Data(Scratch.incidents.utf8), to: "records/incidents.yaml")
        scratch.removeFile("records/incidents.csv")
        return ProjectLoader.load(directory: scratch.directory).dossier != nil
    }

    /// How many incidents the workbook target's project holds with `data` as its workbook, or nil
    /// when it does not load: a check that the target reaches the workbook reader and beyond.
    public static func incidents(inWorkbook data: Data, extension: String) -> Int? {
        let scratch = Scratch.shared
        scratch.write(Data(Scratch.incidents.utf8), to: "records/incidents.yaml")
        scratch.write(data, to: "sheets/book.\(`extension`)")
        scratch.write(Data(Scratch.workbookProject(extension: `extension`).utf8), to: "dossier.yaml")
        defer {
            scratch.write(Data(Scratch.project.utf8), to: "dossier.yaml")
            scratch.removeFile("sheets/book.\(`extension`)")
        }
        return ProjectLoader.load(directory: scratch.directory).dossier?.incidents.count
    }

    /// A small page, so a few blocks already span pages.
    static let small: LayoutSpec = {
        var spec = LayoutSpec.standard()
        spec.page = PageSetup(size: Size(width: .pt(300), height: .pt(300)), top: .pt(30), bottom: .pt(30),
                              inner: .pt(30), outer: .pt(30))
        return spec
    }()

    private static func buildAndLayOut(_ directory: String) {
        let result = ProjectLoader.load(directory: directory)
        guard let dossier = result.dossier else { return }
        layOut(DocumentBuilder(dossier: dossier, layout: .standard()).build(creationDate: nil))
    }

    private static func layOut(_ document: Document) {
        // Errors are fine; only traps, hangs and runaway memory are findings.
        _ = try? LayoutEngine(shaper: FixedWidthShaper()).layout(document) { _ in }
    }
}
