// Path+Circle: recognises the full circles `Path.circle` builds, so a canvas can draw them as round dots.
import DossierDisplay

extension Path {
    /// The centre and radius when the path is exactly a circle as `Path.circle(center:radius:)`
    /// builds it (a move, four quarter curves, a close), else nil.
    var circle: (center: Point, radius: Length)? {
        guard elements.count == 6, case .move(let start) = elements[0], case .curve(_, _, let left) = elements[2]
        else { return nil }
        let center = Point(x: (start.x + left.x) / 2, y: start.y)
        let radius = start.x - center.x
        guard radius > .zero, Path.circle(center: center, radius: radius).isClose(to: self, tolerance: radius / 1000)
        else { return nil }
        return (center, radius)
    }

    /// Whether both paths have the same elements with every point within `tolerance`.
    private func isClose(to other: Path, tolerance: Length) -> Bool {
        func near(_ a: Point, _ b: Point) -> Bool {
            abs((a.x - b.x).points) <= tolerance.points && abs((a.y - b.y).points) <= tolerance.points
        }
        guard elements.count == other.elements.count else { return false }
        for (a, b) in zip(elements, other.elements) {
            switch (a, b) {
            case (.move(let p), .move(let q)), (.line(let p), .line(let q)): guard near(p, q) else { return false }
            case (.curve(let p1, let p2, let p3), .curve(let q1, let q2, let q3)):
                guard near(p1, q1), near(p2, q2), near(p3, q3) else { return false }
            case (.close, .close): continue
            default: return false
            }
        }
        return true
    }
}
