// ChartExport: a project's overview chart drawn on a page of its own and written as PDF, SVG or PNG.

import DossierCharts
import DossierDisplay
import DossierDocument
import DossierModel
import DossierRender
import Foundation

/// The file formats a chart is exported to, told apart by the output's extension.
public enum ChartFileFormat: String, CaseIterable, Sendable {
    /// Vector, tagged, with metadata: for print and for handing on.
    case pdf
    /// Vector, for the web and slide programs that take it.
    case svg
    /// Pixels, at the resolution asked for: for posts and slides.
    case png

    /// Returns the format named by a path's extension (any case); nil for another extension.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        self.init(rawValue: ext)
    }

    /// The kind of file an existing output must be for an export to replace it.
    var outputKind: OutputKind {
        switch self {
        case .pdf: .pdf
        case .svg: .svg
        case .png: .png
        }
    }
}

/// What to export: which project's chart, of which kind, how it looks and where it goes.
public struct ChartExportRequest: Sendable {
    /// The project folder.
    public var project: String
    /// The chart.
    public var kind: ChartKind
    /// Where to write; nil for `output/<project>-<kind>.pdf`.
    public var output: String?
    /// The layout name or path; nil for the project's own.
    public var layout: String?
    /// How the chart tells its series apart; nil for the layout's chart mode.
    public var mode: ChartColorMode?
    /// The chart's width in points, margins not included; nil for 600.
    public var width: Double?
    /// The chart's height in points, margins not included; nil for the kind's usual height.
    public var height: Double?
    /// The resolution of a PNG, in dots per inch.
    public var dpi: Double
    /// Whether the project may name files outside its folder (`--allow-outside-project`).
    public var allowOutsideProject: Bool

    public init(project: String, kind: ChartKind = .stacked, output: String? = nil, layout: String? = nil,
                mode: ChartColorMode? = nil, width: Double? = nil, height: Double? = nil, dpi: Double = 144,
                allowOutsideProject: Bool = false) {
        self.project = project; self.kind = kind; self.output = output; self.layout = layout; self.mode = mode
        self.width = width; self.height = height; self.dpi = dpi; self.allowOutsideProject = allowOutsideProject
    }
}

/// What an export wrote.
public struct ChartExportReport: Sendable {
    /// The file written.
    public var output: String
    /// Its format.
    public var format: ChartFileFormat
    /// The page's size, margins included.
    public var pageSize: Size
    /// The chart's text alternative, as tagged in the PDF.
    public var altText: String
    /// Warnings about the records.
    public var warnings: [String]
}

/// Exports overview charts on their own, for slides and posts.
public enum ChartExport {
    /// The white margin around the chart.
    public static let margin = Length.pt(18)

    /// Checks a request's options before anything is loaded; returns the problem in words, or nil.
    public static func usageProblem(_ request: ChartExportRequest) -> String? {
        if let output = request.output, ChartFileFormat(path: output) == nil {
            return "cannot tell the format of \(output); expected a name ending in .pdf, .svg or .png"
        }
        for (name, value) in [("width", request.width), ("height", request.height)] {
            if let value, !(value >= 72 && value <= 14_400) {
                return "a chart \(name) of \(value) pt cannot be drawn; expected 72 to 14,400 pt"
            }
        }
        if !(request.dpi >= 18 && request.dpi <= 1200) {
            return "a resolution of \(request.dpi) dpi is out of range; expected 18 to 1,200"
        }
        return nil
    }

    /// Loads the project, draws the chart the document's overview would hold (the same bars,
    /// the same aggregation) and writes it, atomically, as the output's extension says.
    public static func run(_ request: ChartExportRequest, builder: ProjectBuilder,
                           sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
        throws -> ChartExportReport {
        if let problem = usageProblem(request) { throw BuildFailure.project(problem) }
        let kind = request.kind
        let directory = request.project.hasSuffix("/") && request.project.count > 1
            ? String(request.project.dropLast()) : request.project
        let (dossier, diagnostics) = try ProjectBuilder.load(directory, allowOutsideProject: request.allowOutsideProject)
        let layout = try ProjectBuilder.layout(for: dossier, override: request.layout)
        let name = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let output = request.output ?? "output/\(name)-\(kind.rawValue).pdf"
        let format = ChartFileFormat(path: output)!
        try OutputCheck.keepsRecords(output, files: dossier.files)
        try OutputCheck.mayReplace(output, with: format.outputKind)

        let document = DocumentBuilder(dossier: dossier, layout: layout, wording: try ProjectBuilder.wording(for: dossier))
        guard let overview = document.overviewChart(kind: kind, mode: request.mode, standalone: true) else {
            throw BuildFailure.project("\(directory) has no casualty figures to chart")
        }
        var chart = overview.chart
        chart.title = dossier.spec.title
        let size = overview.sizeAlone(width: request.width.map(Length.pt), height: request.height.map(Length.pt))
        let page: Page
        do {
            page = try self.page(for: chart, size: size, shaper: builder.textShaper)
        } catch let error as ChartError {
            throw BuildFailure.project("cannot draw the \(kind.rawValue) chart of \(directory): \(error)")
        }
        let created = ReproducibleDate.creationDate(sourceDateEpoch: sourceDateEpoch, dossier: dossier)
        let metadata = DocumentMetadata(
            title: "\(dossier.spec.title): \(kind.rawValue) chart", author: dossier.spec.organisation ?? "",
            subject: chart.altText, keywords: dossier.spec.keywords, creator: "dossier",
            language: dossier.spec.language, creationDate: created)
        try write(page, to: output, format: format, metadata: metadata, dpi: request.dpi)
        return ChartExportReport(output: output, format: format, pageSize: page.size, altText: chart.altText,
                                 warnings: diagnostics.filter { $0.severity == .warning }.map(\.description))
    }

    /// Returns a page holding the chart at `size` inside the margin, tagged as a figure with its
    /// alt text, and the chart's source note set below it as its caption.
    public static func page(for chart: any Chart, size: Size, shaper: any TextShaper) throws -> Page {
        let drawn = try chart.draw(size: size, shaper: shaper)
        var items: [FrameItem] = [.structure(.begin(.figure, alt: chart.altText))]
        items += drawn.offsetBy(dx: margin, dy: margin)
        items.append(.structure(.end(.figure)))
        var bottom = margin + size.height
        if let note = chart.sourceNote, !note.isEmpty {
            let style = chart.style
            let font = TextStyle(family: style.fontFamily, size: style.labelSize * 0.9, color: Color(grey: 0.3))
            let leading = font.size * 1.3
            let paragraph = try shaper.shape(StyledText(note, style: font),
                                             format: ParagraphFormat(width: size.width, leading: leading))
            bottom += style.labelSize
            items.append(.structure(.begin(.caption)))
            for line in paragraph.lines {
                bottom += max(leading, line.ascent + line.descent)
                items.append(.text(TextItem(origin: Point(x: margin, y: bottom - line.descent), line: line)))
            }
            items.append(.structure(.end(.caption)))
        }
        let pageSize = Size(width: size.width + margin * 2, height: bottom + margin)
        return Page(size: pageSize, items: items, number: 1)
    }

    /// Writes one page as PDF (tagged, with metadata), SVG or PNG, through a temporary file
    /// beside `path` that is renamed over it only once complete. An existing file at `path` is
    /// replaced only if it is of the same format.
    public static func write(_ page: Page, to path: String, format: ChartFileFormat, metadata: DocumentMetadata,
                             dpi: Double) throws {
        try OutputCheck.mayReplace(path, with: format.outputKind)
        try OutputCheck.createFolder(of: path)
        do {
            switch format {
            case .pdf:
                // Tagged with the chart's alt text, so it declares PDF/UA; slides need no PDF/A output intent.
                let writer = try PDFWriter(path: path, metadata: metadata, options: PDFOptions(standard: .ua))
                try writer.add(page)
                try writer.finish()
            case .svg: try SVGRenderer.render(page, to: path)
            case .png: try PNGRenderer.render(page, dpi: dpi, to: path)
            }
        } catch {
            throw BuildFailure.output("\(error)")
        }
    }
}
