// ShapingError: text that cannot be shaped because its style is not usable.

/// A paragraph or style that cannot be shaped. Sendable: it holds only strings.
public enum ShapingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A font size that is zero, negative or not a number.
    case invalidFontSize(String)
    /// A paragraph longer than Pango can index.
    case textTooLong(Int)
    /// No font could be loaded for a family.
    case noFont(String)
    /// A Pango call that returned nothing (out of memory).
    case pango(String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .invalidFontSize(let size): return "font size must be a positive number of points, got \(size)"
        case .textTooLong(let bytes): return "a paragraph of \(bytes) bytes is too long to set; split it into paragraphs"
        case .noFont(let family): return "no font could be loaded for the family \(family)"
        case .pango(let call): return "text shaping failed in \(call) (out of memory?)"
        }
    }
}
