// ShapeBatch: consecutive flat fills of one opaque colour lying apart, drawn in one operation.
import DossierDisplay

/// Shapes that can be filled together without changing the picture: each is only filled (no
/// stroke) with the same opaque colour, and lies at least `clearance` away from the ones before
/// it, so no pixel is painted twice and fill rules cannot interact. Leader dots and chart bars
/// are the usual case; drawing them in one operation keeps the PDF small and quick to write.
/// Sendable: a value.
struct ShapeBatch: Sendable {
    /// The gap that keeps anti-aliased edges of neighbours from sharing a pixel at 72 dpi.
    static let clearance = Length.pt(1)

    /// The fill colour shared by every path.
    let color: Color
    private(set) var paths: [Path]
    /// The rectangle holding every path so far.
    private var bounds: Rect

    /// Starts a batch with `shape`, or nil when the shape cannot share a fill.
    init?(_ shape: Shape) {
        guard shape.stroke == nil, case .color(let color)? = shape.fill, color.alpha >= 1 else { return nil }
        self.color = color
        self.paths = [shape.path]
        self.bounds = Self.bounds(of: shape.path)
    }

    /// Adds `shape` if it can share the fill; returns whether it was added.
    mutating func add(_ shape: Shape) -> Bool {
        guard shape.stroke == nil, case .color(let color)? = shape.fill, color == self.color else { return false }
        let box = Self.bounds(of: shape.path)
        let apart = box.minX >= bounds.maxX + Self.clearance || box.maxX <= bounds.minX - Self.clearance
            || box.minY >= bounds.maxY + Self.clearance || box.maxY <= bounds.minY - Self.clearance
        guard apart else { return false }
        paths.append(shape.path)
        let minX = min(bounds.minX, box.minX), minY = min(bounds.minY, box.minY)
        bounds = Rect(x: minX, y: minY, width: max(bounds.maxX, box.maxX) - minX, height: max(bounds.maxY, box.maxY) - minY)
        return true
    }

    /// The path's bounds, control points included, like `Path.bounds` but without building arrays
    /// (this runs for every leader dot).
    static func bounds(of path: Path) -> Rect {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point) {
            minX = min(minX, p.x.points); maxX = max(maxX, p.x.points)
            minY = min(minY, p.y.points); maxY = max(maxY, p.y.points)
        }
        for element in path.elements {
            switch element {
            case .move(let p), .line(let p): add(p)
            case .curve(let a, let b, let c): add(a); add(b); add(c)
            case .close: break
            }
        }
        guard minX <= maxX else { return Rect(origin: .zero, size: .zero) }
        return Rect(x: .pt(minX), y: .pt(minY), width: .pt(maxX - minX), height: .pt(maxY - minY))
    }
}
