// RenderError: why a PDF, PNG or SVG could not be written, in words for the user.

/// A failure while writing pages out. Sendable: it holds only strings.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be created or written, e.g. "Permission denied".
    case cannotWrite(path: String, reason: String)
    /// Drawing failed (cairo's reason), or an item could not be drawn.
    case drawingFailed(path: String, page: Int?, reason: String)
    /// The metadata is not usable, e.g. a creation date that is not ISO 8601.
    case invalidMetadata(String)
    /// The PDF written by cairo could not be completed (language, alternative texts).
    case postprocessingFailed(path: String, reason: String)
    /// The writer was used after `finish` or after an earlier error.
    case writerClosed(path: String)
    /// `finish` was called before any page was added.
    case noPages(path: String)
    /// Structure markers do not nest: an end without its begin, or elements never ended.
    case invalidStructure(page: Int?, reason: String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .drawingFailed(let path, let page, let reason):
            return "cannot draw \(page.map { "page \($0) of " } ?? "")\(path): \(reason)"
        case .invalidMetadata(let reason): return "invalid document metadata: \(reason)"
        case .postprocessingFailed(let path, let reason): return "cannot complete \(path): \(reason)"
        case .writerClosed(let path): return "cannot add to \(path): the writer was already finished or failed"
        case .noPages(let path): return "cannot write \(path): the document has no pages"
        case .invalidStructure(let page, let reason):
            return "structure tags do not nest\(page.map { " on page \($0)" } ?? ""): \(reason)"
        }
    }
}
