// Path, Paint, Stroke and Shape: vector geometry for rules, table borders and charts.

/// One step of a path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close
}

/// A vector outline made of straight lines and cubic curves.
public struct Path: Hashable, Sendable {
    public var elements: [PathElement]
    public init(_ elements: [PathElement] = []) { self.elements = elements }

    /// Returns a rectangle.
    public static func rect(_ r: Rect) -> Path {
        Path([.move(r.origin), .line(Point(x: r.maxX, y: r.minY)), .line(Point(x: r.maxX, y: r.maxY)),
              .line(Point(x: r.minX, y: r.maxY)), .close])
    }
    /// Returns a straight segment.
    public static func line(from a: Point, to b: Point) -> Path { Path([.move(a), .line(b)]) }
    /// Returns a circle approximated by four cubic curves.
    public static func circle(center c: Point, radius r: Length) -> Path {
        let k = r * 0.5522847498
        return Path([
            .move(Point(x: c.x + r, y: c.y)),
            .curve(Point(x: c.x + r, y: c.y + k), Point(x: c.x + k, y: c.y + r), Point(x: c.x, y: c.y + r)),
            .curve(Point(x: c.x - k, y: c.y + r), Point(x: c.x - r, y: c.y + k), Point(x: c.x - r, y: c.y)),
            .curve(Point(x: c.x - r, y: c.y - k), Point(x: c.x - k, y: c.y - r), Point(x: c.x, y: c.y - r)),
            .curve(Point(x: c.x + k, y: c.y - r), Point(x: c.x + r, y: c.y - k), Point(x: c.x + r, y: c.y)),
            .close,
        ])
    }

    /// The smallest rectangle holding every point of the path (control points included).
    public var bounds: Rect {
        var xs: [Length] = [], ys: [Length] = []
        for e in elements {
            switch e {
            case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
            case .curve(let a, let b, let c): xs += [a.x, b.x, c.x]; ys += [a.y, b.y, c.y]
            case .close: break
            }
        }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else {
            return Rect(origin: .zero, size: .zero)
        }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Returns the path moved by `dx`, `dy`.
    public func offsetBy(dx: Length, dy: Length) -> Path {
        func m(_ p: Point) -> Point { p.offsetBy(dx: dx, dy: dy) }
        return Path(elements.map {
            switch $0 {
            case .move(let p): .move(m(p))
            case .line(let p): .line(m(p))
            case .curve(let a, let b, let c): .curve(m(a), m(b), m(c))
            case .close: .close
            }
        })
    }
}

/// A hatch drawn over a fill, so categories stay distinguishable in black and white.
public enum Hatch: String, Hashable, Sendable, Codable, CaseIterable {
    case none
    case diagonal
    case backDiagonal = "back-diagonal"
    case crosshatch
    case horizontal
    case vertical
    case dots
}

/// How an area is filled.
public enum Paint: Hashable, Sendable {
    /// A flat colour.
    case color(Color)
    /// A flat background colour with a hatch of lines in another colour.
    case hatched(background: Color, hatch: Hatch, ink: Color, spacing: Length)
}

/// How an outline is stroked.
public struct Stroke: Hashable, Sendable {
    /// How the ends of a line, and of each dash, are drawn.
    public enum Cap: Hashable, Sendable {
        /// Square, at the end point.
        case butt
        /// A half disc around the end point: a dash of length zero draws a dot.
        case round
    }

    public var color: Color
    public var width: Length
    public var dash: [Length]
    public var cap: Cap
    public init(color: Color = .black, width: Length = .pt(0.5), dash: [Length] = [], cap: Cap = .butt) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap
    }

    /// Round dots of `diameter`, `pitch` apart, along a line: the first at its start.
    public static func dotted(color: Color, diameter: Length, pitch: Length) -> Stroke {
        Stroke(color: color, width: diameter, dash: [.zero, pitch], cap: .round)
    }
}

/// A path with a fill, a stroke, or both.
public struct Shape: Hashable, Sendable {
    public var path: Path
    public var fill: Paint?
    public var stroke: Stroke?
    public init(path: Path, fill: Paint? = nil, stroke: Stroke? = nil) {
        self.path = path; self.fill = fill; self.stroke = stroke
    }
}
