// ImportedDocument: a PDF opened with poppler-glib, whose pages are drawn onto a canvas as vector
// content with their fonts, so an exhibit's text stays searchable inside the document that imports it.
import CCairo
import CPoppler
import DossierDisplay
import Foundation

/// Why a PDF could not be imported. Sendable: it holds only strings.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No regular file at the path.
    case missing(path: String)
    /// The file does not start like a PDF.
    case notPDF(path: String)
    /// The file is encrypted; it cannot be reproduced without its password.
    case encrypted(path: String)
    /// The file starts like a PDF but cannot be read; `reason` is poppler's text.
    case damaged(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file; expected a PDF file"
        case .notPDF(let path): "\(path): not a PDF file (it does not begin with %PDF-)"
        case .encrypted(let path): "\(path): the PDF is encrypted (it needs a password, or forbids printing or copying)"
        case .damaged(let path, let reason): "\(path): the PDF is damaged and cannot be read (\(reason))"
        }
    }
}

/// An open PDF: its page count, page sizes, and drawing a page. Pages are opened one at a time and
/// released after drawing, so a long exhibit costs the memory of one page, not of all.
/// Not Sendable: poppler documents belong to one thread.
public final class ImportedDocument {
    /// The file, as given.
    public let path: String
    /// The number of pages.
    public let pageCount: Int
    /// The `PopplerDocument *`, owned.
    private let document: OpaquePointer

    /// Opens `path`; throws `ImportError` when it is missing, not a PDF, encrypted, damaged or empty.
    public init(path: String) throws {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw ImportError.missing(path: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.missing(path: path) }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        try? handle.close()
        // Readers accept a PDF header anywhere in the first kilobyte.
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw ImportError.notPDF(path: path) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { g_error_free(error) }
            throw ImportError.damaged(path: path, reason: error.map { String(cString: $0.pointee.message) } ?? "unusable path")
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            if let error, error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw ImportError.encrypted(path: path)
            }
            throw ImportError.damaged(path: path, reason: error.map { String(cString: $0.pointee.message) } ?? "unknown error")
        }
        self.document = document
        // A file that opens without a password may still be encrypted to forbid printing or copying.
        var permissions = poppler_document_get_permissions(document).rawValue
        permissions &= POPPLER_PERMISSIONS_OK_TO_PRINT.rawValue | POPPLER_PERMISSIONS_OK_TO_COPY.rawValue
        let count = Int(poppler_document_get_n_pages(document))
        pageCount = count
        guard permissions == POPPLER_PERMISSIONS_OK_TO_PRINT.rawValue | POPPLER_PERMISSIONS_OK_TO_COPY.rawValue else {
            throw ImportError.encrypted(path: path)
        }
        guard count > 0 else { throw ImportError.damaged(path: path, reason: "it has no pages") }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    /// The size of page `index` (from 0) as a reader shows it, its rotation applied.
    public func pageSize(_ index: Int) throws -> Size {
        try withPage(index) { page in
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            return Size(width: .pt(width), height: .pt(height))
        }
    }

    /// The text of page `index`, as poppler extracts it (for checks and tests).
    public func text(ofPage index: Int) throws -> String {
        try withPage(index) { page in
            guard let text = poppler_page_get_text(page) else { return "" }
            defer { g_free(text) }
            return String(cString: text)
        }
    }

    /// Draws page `index` at the context's origin, one point per PDF unit, as for printing: annotations
    /// meant for print are drawn, screen-only ones are not.
    func render(_ index: Int, on cairo: OpaquePointer) throws {
        try withPage(index) { page in poppler_page_render_for_printing(page, cairo) }
    }

    private func withPage<T>(_ index: Int, _ body: (OpaquePointer) throws -> T) throws -> T {
        guard (0..<pageCount).contains(index), let page = poppler_document_get_page(document, Int32(index)) else {
            throw ImportError.damaged(path: path, reason: "page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return try body(page)
    }
}
