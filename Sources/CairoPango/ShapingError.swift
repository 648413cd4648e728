// ShapingError: text that cannot be shaped because its style is not usable.

/// A paragraph or style that cannot be shaped. Sendable: it holds only strings.
public enum ShapingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A font size that is zero, negative or not a number.
    case invalidFontSize(String)
    /// A line width that is negative or not a number.
    case invalidWidth(String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .invalidFontSize(let size): return "font size must be a positive number of points, got \(size)"
        case .invalidWidth(let width): return "line width must be zero or more points, got \(width)"
        }
    }
}
