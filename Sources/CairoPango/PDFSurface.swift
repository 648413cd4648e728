// PDFSurface: a cairo PDF file being written page by page, with metadata and an outline.
import CCairo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierDisplay

/// A PDF file written page by page: set the page size, draw on `canvas`, end the page; add
/// outline entries as their destinations are placed; `finish` writes the end of the file.
/// Pages are streamed to the file as they end, so memory does not grow with the page count.
/// Not Sendable: cairo surfaces and contexts belong to one thread.
public final class PDFSurface {
    /// A document property stored in the PDF's information dictionary.
    public enum MetadataField: Sendable {
        case title, author, subject, keywords, creator
        /// An ISO 8601 date ("2026-11-20T00:00:00Z").
        case creationDate
        /// An ISO 8601 date ("2026-11-20T00:00:00Z").
        case modificationDate
    }

    /// An entry of the outline, to nest others under.
    public struct OutlineID: Hashable, Sendable {
        let value: Int32
        /// The outline's root: top-level entries have it as parent.
        public static let root = OutlineID(value: Int32(CAIRO_PDF_OUTLINE_ROOT))
    }

    /// cairo compresses the streams it writes unless `CAIRO_DEBUG_PDF` is set when a surface is
    /// made. The finishing step rewrites every page's content and compresses it then, so cairo is
    /// asked not to: each page is deflated once, not deflated, inflated and deflated again. Set
    /// once, before the first surface, and never unset: reading the environment is not safe
    /// while another thread changes it.
    private static let uncompressedStreams: Void = { setenv("CAIRO_DEBUG_PDF", "1", 1) }()

    /// What pages are drawn on.
    public let canvas: Canvas
    private let surface: SurfaceHandle

    /// Creates `path` (failing if it exists when `exclusive`) and starts a PDF whose first
    /// page has `pageSize`. `fonts` sets lines that Pango did not shape. Its streams are written
    /// uncompressed: the PDF writer's finishing step compresses them.
    public init(path: String, pageSize: Size, fonts: FontLibrary? = nil, exclusive: Bool = false) throws {
        _ = Self.uncompressedStreams
        surface = try SurfaceHandle(streamingTo: path, exclusive: exclusive, creating: "a PDF surface") { write, closure in
            cairo_pdf_surface_create_for_stream(write, closure, pageSize.width.points, pageSize.height.points)
        }
        canvas = try Canvas(surface: surface, fonts: fonts)
    }

    /// Sets a document property.
    public func setMetadata(_ field: MetadataField, _ value: String) {
        let key: cairo_pdf_metadata_t = switch field {
        case .title: CAIRO_PDF_METADATA_TITLE
        case .author: CAIRO_PDF_METADATA_AUTHOR
        case .subject: CAIRO_PDF_METADATA_SUBJECT
        case .keywords: CAIRO_PDF_METADATA_KEYWORDS
        case .creator: CAIRO_PDF_METADATA_CREATOR
        case .creationDate: CAIRO_PDF_METADATA_CREATE_DATE
        case .modificationDate: CAIRO_PDF_METADATA_MOD_DATE
        }
        cairo_pdf_surface_set_metadata(surface.pointer, key, value)
    }

    /// Sets the size of the page about to be drawn; call before drawing on it.
    public func setPageSize(_ size: Size) {
        cairo_pdf_surface_set_size(surface.pointer, size.width.points, size.height.points)
    }

    /// Ends the current page; throws the first drawing or writing error so far.
    public func endPage() throws {
        canvas.showPage()
        try canvas.checkStatus("draw the page")
        try checkSurface("write the page")
    }

    /// Adds an outline entry pointing at the destination `destination`, under `parent`.
    public func addOutline(title: String, parent: OutlineID = .root, destination: String, open: Bool) throws -> OutlineID {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        let id = cairo_pdf_surface_add_outline(surface.pointer, parent.value, title,
                                               "dest=\(TagAttributes.quoted(destination))", flags)
        try checkSurface("add the outline entry \"\(title)\"")
        return OutlineID(value: id)
    }

    /// Writes the end of the PDF and closes the file; throws if anything failed.
    public func finish() throws {
        try canvas.checkStatus("draw the document")
        try surface.finish()
    }

    private func checkSurface(_ operation: String) throws {
        if let failure = surface.output?.failure { throw CairoError.io(path: surface.output!.path, reason: failure) }
        if let error = CairoError.check(cairo_surface_status(surface.pointer), operation) { throw error }
    }
}
