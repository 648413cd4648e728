// ImportedDocuments: the exhibit PDF whose pages are being drawn, opened once for its run of pages.
import CairoPango

/// Keeps the last imported PDF open, so an exhibit's pages, drawn one after the other, open the
/// file once; a page of another file closes it. Only one file is open at a time, so memory does not
/// grow with the number of exhibits. Not Sendable: it holds a poppler document.
final class ImportedDocuments {
    private var current: ImportedDocument?

    /// The open document for `path`, opening it (and closing the previous one) if needed.
    func open(_ path: String) throws -> ImportedDocument {
        if let current, current.path == path { return current }
        current = nil
        let document = try ImportedDocument(path: path)
        current = document
        return document
    }
}
