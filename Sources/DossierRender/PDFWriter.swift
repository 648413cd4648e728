// PDFWriter: streams pages into a PDF beside the destination and moves it into place only once complete.
import CairoPango
import DossierDisplay
import Foundation

/// Writes pages to a PDF one at a time, so memory does not grow with the page count. The
/// file is written under a temporary name in the destination's folder and renamed over
/// `path` only when everything succeeded; on an error, or if `finish` is never called, the
/// temporary file is removed and a previous file at `path` is left as it was.
/// Not Sendable: it drives a cairo surface, which belongs to one thread.
public final class PDFWriter {
    /// Where the finished PDF goes.
    public let path: String
    /// The document properties written into the PDF.
    public let metadata: DocumentMetadata
    /// The standards the PDF declares and the colour profile of its output intent.
    public let options: PDFOptions

    private let temporaryPath: String
    private var surface: PDFSurface?
    private var renderer: PageRenderer?
    /// The open outline entries by level, for nesting the next one.
    private var outlineStack: [(level: Int, id: PDFSurface.OutlineID)] = []
    private var pageCount = 0
    /// The index of each page drawn as an overlay, and of the page it goes over.
    private var overlays: [Int: Int] = [:]
    private var overlaid = Set<Int>()
    private var temporaryExists = true

    /// Starts a PDF for `path`; throws `RenderError` if the folder cannot be written or the
    /// metadata is not usable. `fonts` sets lines that Pango did not shape (tests, previews).
    public init(path: String, metadata: DocumentMetadata, fonts: FontLibrary? = nil, options: PDFOptions = PDFOptions()) throws {
        for date in [metadata.creationDate].compactMap({ $0 }) where !Self.isISODate(date) {
            throw RenderError.invalidMetadata("creation date \"\(date)\" is not of the form 2026-11-20T00:00:00Z")
        }
        if options.standard.declaresA2a, (options.colorProfile ?? []).isEmpty {
            throw RenderError.invalidMetadata("PDF/A needs an sRGB colour profile for its output intent, and none was given")
        }
        self.path = path
        self.metadata = metadata
        self.options = options
        // cairo streams pages into this file; `finish` post-processes it into the output.
        self.temporaryPath = TemporaryFiles.path(beside: path)
        let surface: PDFSurface
        do {
            surface = try PDFSurface(path: temporaryPath, pageSize: .a4, fonts: fonts, exclusive: true)
        } catch let error as CairoError {
            temporaryExists = false
            throw Self.renderError(error, path: path, page: nil)
        }
        surface.setMetadata(.title, metadata.title)
        if !metadata.author.isEmpty { surface.setMetadata(.author, metadata.author) }
        if !metadata.subject.isEmpty { surface.setMetadata(.subject, metadata.subject) }
        if !metadata.keywords.isEmpty { surface.setMetadata(.keywords, metadata.keywords.joined(separator: ", ")) }
        if !metadata.creator.isEmpty { surface.setMetadata(.creator, metadata.creator) }
        if let date = metadata.creationDate {
            surface.setMetadata(.creationDate, date)
            surface.setMetadata(.modificationDate, date)
        }
        self.surface = surface
        var renderer = PageRenderer(canvas: surface.canvas, tagged: true)
        renderer.onDestination = { [unowned self] in try self.addOutline(for: $0) }
        self.renderer = renderer
    }

    deinit { abandon() }

    /// Draws `page` as the next page of the PDF. An overlay (`Page.overlays`) is drawn as a page
    /// of its own and merged into page `number` when the file is finished.
    public func add(_ page: Page) throws {
        guard let surface, var renderer else { throw RenderError.writerClosed(path: path) }
        if page.overlays {
            guard page.number >= 1, page.number <= pageCount, overlaid.insert(page.number - 1).inserted else {
                throw RenderError.invalidStructure(page: page.number, reason: "an overlay for a page not drawn, or drawn over twice")
            }
            overlays[pageCount] = page.number - 1
        }
        // Hold the only reference while drawing: with a second one, the first change would copy
        // the structure log, which grows with the document, on every page.
        self.renderer = nil
        do {
            surface.setPageSize(page.size)
            try renderer.render(page)
            try surface.endPage()
            self.renderer = renderer
            pageCount += 1
        } catch {
            self.renderer = renderer
            abandon()
            throw Self.renderError(error, path: path, page: page.number)
        }
    }

    /// Completes the PDF and moves it to `path`.
    public func finish() throws {
        guard let surface, let renderer else { throw RenderError.writerClosed(path: path) }
        guard pageCount > 0 else { abandon(); throw RenderError.noPages(path: path) }
        do {
            if let open = renderer.openElements.last {
                throw RenderError.invalidStructure(page: nil, reason: "\(open.role.rawValue) begins but never ends")
            }
            try surface.finish()
            self.surface = nil
            self.renderer = nil
            // What cairo held for the whole file (fonts, destinations, the outline) is free now.
            MemoryRelease.returnFreeMemory()
            // cairo's file is complete but not yet the PDF: the finished copy is what replaces `path`.
            var finisher = PDFFinisher(metadata: metadata, options: options, structure: renderer.structure)
            finisher.overlays = overlays
            try TemporaryFiles.replace(path) { try finisher.run(input: temporaryPath, output: $0) }
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
            temporaryExists = false
        } catch {
            abandon()
            throw Self.renderError(error, path: path, page: nil)
        }
    }

    /// Nests an outline entry under the latest entry of a lower level.
    private func addOutline(for destination: DestinationItem) throws {
        guard let entry = destination.outline, let surface else { return }
        while let last = outlineStack.last, last.level >= entry.level { outlineStack.removeLast() }
        let parent = outlineStack.last?.id ?? .root
        let id = try surface.addOutline(title: entry.title, parent: parent, destination: destination.name, open: entry.open)
        outlineStack.append((entry.level, id))
    }

    /// Drops the surface without finishing it and removes the temporary file: for a build that
    /// fails midway, so nothing of it is left behind whichever thread lets go of the writer last.
    public func abandon() {
        // End the half-drawn page before cairo finishes the surface on release: cairo 1.16
        // crashes finishing a surface mid-page.
        if renderer != nil { try? surface?.endPage() }
        renderer = nil
        surface = nil
        if temporaryExists {
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
            temporaryExists = false
        }
    }

    static func renderError(_ error: Error, path: String, page: Int?) -> RenderError {
        switch error {
        case RenderError.postprocessingFailed(_, let reason): return .postprocessingFailed(path: path, reason: reason)
        case RenderError.cannotWrite(_, let reason): return .cannotWrite(path: path, reason: reason)
        case let error as RenderError: return error
        case CairoError.io(_, let reason): return .cannotWrite(path: path, reason: reason)
        case let error as CairoError: return .drawingFailed(path: path, page: page, reason: error.description)
        default: return .drawingFailed(path: path, page: page, reason: "\(error)")
        }
    }

    /// Whether `text` is "YYYY-MM-DDThh:mm:ss" with an optional "Z" or "±hh:mm", as cairo wants.
    static func isISODate(_ text: String) -> Bool {
        let chars = Array(text.utf8)
        let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard chars.count >= pattern.count else { return false }
        for (c, p) in zip(chars, pattern) {
            if p == UInt8(ascii: "d") { guard (48...57).contains(c) else { return false } } else if c != p { return false }
        }
        let zone = Array(chars[pattern.count...])
        if zone.isEmpty || zone == [UInt8(ascii: "Z")] { return true }
        let zonePattern = Array("+dd:dd".utf8)
        guard zone.count == zonePattern.count, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-") else { return false }
        for (c, p) in zip(zone.dropFirst(), zonePattern.dropFirst()) {
            if p == UInt8(ascii: "d") { guard (48...57).contains(c) else { return false } } else if c != p { return false }
        }
        return true
    }
}
