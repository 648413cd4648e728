// CairoError: a failure reported by cairo or by the file a surface writes to, as a typed Swift error.
import CCairo

/// A failure while drawing or writing a surface. Sendable: it holds only strings.
public enum CairoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Cairo reported an error status; `reason` is cairo's own text for it.
    case cairo(operation: String, reason: String)
    /// The output file could not be opened or written; `reason` is the system's text for it.
    case io(path: String, reason: String)
    /// An image could not be decoded.
    case image(reason: String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .cairo(let operation, let reason): return "cairo failed to \(operation): \(reason)"
        case .io(let path, let reason): return "cannot write \(path): \(reason)"
        case .image(let reason): return "cannot draw image: \(reason)"
        }
    }

    /// Returns nil for success, else the error for `status` while doing `operation`.
    static func check(_ status: cairo_status_t, _ operation: String) -> CairoError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(operation: operation, reason: String(cString: cairo_status_to_string(status)))
    }
}
