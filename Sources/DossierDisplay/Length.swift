// Length: a distance on the page, stored in PostScript points, so no bare Double is ever ambiguous.

/// A distance on the page, in PostScript points (1/72 inch).
public struct Length: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    /// The distance in points.
    public var points: Double

    /// Creates a length of the given number of points.
    public init(points: Double) { self.points = points }

    /// Returns a length of `value` points.
    public static func pt(_ value: Double) -> Length { Length(points: value) }
    /// Returns a length of `value` millimetres.
    public static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }
    /// Returns a length of `value` centimetres.
    public static func cm(_ value: Double) -> Length { Length(points: value * 720 / 25.4) }
    /// Returns a length of `value` inches.
    public static func inch(_ value: Double) -> Length { Length(points: value * 72) }

    /// The zero length.
    public static let zero = Length(points: 0)
    /// A length larger than any page, for unbounded measures.
    public static let infinity = Length(points: .infinity)

    /// The length in millimetres.
    public var millimetres: Double { points * 25.4 / 72 }
    /// Whether the length is finite.
    public var isFinite: Bool { points.isFinite }

    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
    public static func * (k: Double, a: Length) -> Length { Length(points: a.points * k) }
    public static func / (a: Length, k: Double) -> Length { Length(points: a.points / k) }
    /// Returns the ratio of two lengths.
    public static func / (a: Length, b: Length) -> Double { a.points / b.points }
    public static prefix func - (a: Length) -> Length { Length(points: -a.points) }
    public static func += (a: inout Length, b: Length) { a.points += b.points }
    public static func -= (a: inout Length, b: Length) { a.points -= b.points }
    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }

    public var description: String {
        let rounded = (points * 100).rounded() / 100
        return "\(rounded)pt"
    }
}

extension Length {
    /// Whether two lengths are equal within a tolerance (default 0.01 pt), for layout comparisons.
    public func approximatelyEquals(_ other: Length, tolerance: Length = .pt(0.01)) -> Bool {
        abs(points - other.points) <= tolerance.points
    }
}

/// Returns the larger of two lengths.
public func max(_ a: Length, _ b: Length) -> Length { a < b ? b : a }
/// Returns the smaller of two lengths.
public func min(_ a: Length, _ b: Length) -> Length { a < b ? a : b }
