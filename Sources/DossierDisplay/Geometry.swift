// Point, Size and Rect in page coordinates: origin at the top left, y growing downwards.

/// A position on the page, measured from the top-left corner, y downwards.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Length
    public var y: Length
    public init(x: Length, y: Length) { self.x = x; self.y = y }
    public static let zero = Point(x: .zero, y: .zero)
    /// Returns the point moved by `dx` and `dy`.
    public func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Point { Point(x: x + dx, y: y + dy) }
    public var description: String { "(\(x), \(y))" }
}

/// A width and a height.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Length
    public var height: Length
    public init(width: Length, height: Length) { self.width = width; self.height = height }
    public static let zero = Size(width: .zero, height: .zero)
    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = Size(width: .mm(210), height: .mm(297))
    /// US Letter portrait, 8.5 × 11 in.
    public static let letter = Size(width: .inch(8.5), height: .inch(11))
    public var description: String { "\(width)×\(height)" }
}

/// An axis-aligned rectangle.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var origin: Point
    public var size: Size
    public init(origin: Point, size: Size) { self.origin = origin; self.size = size }
    public init(x: Length, y: Length, width: Length, height: Length) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }
    public var minX: Length { origin.x }
    public var minY: Length { origin.y }
    public var maxX: Length { origin.x + size.width }
    public var maxY: Length { origin.y + size.height }
    public var width: Length { size.width }
    public var height: Length { size.height }
    /// Returns the rectangle moved by `dx` and `dy`.
    public func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Rect {
        Rect(origin: origin.offsetBy(dx: dx, dy: dy), size: size)
    }
    /// Whether the two rectangles share interior area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
    /// Whether `other` lies inside this rectangle, within `tolerance`.
    public func contains(_ other: Rect, tolerance: Length = .pt(0.01)) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }
    public var description: String { "[\(origin) \(size)]" }
}
