// PathCircleTests: which paths a canvas may draw as round dots.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct PathCircleTests {
    @Test func circlesAreRecognisedWithTheirCentreAndRadius() throws {
        let found = try #require(Path.circle(center: Point(x: .pt(120.5), y: .pt(33)), radius: .pt(0.45)).circle)
        #expect(abs(found.center.x.points - 120.5) < 1e-9)
        #expect(abs(found.center.y.points - 33) < 1e-9)
        #expect(abs(found.radius.points - 0.45) < 1e-9)
        let moved = Path.circle(center: Point(x: .pt(10), y: .pt(10)), radius: .pt(4)).offsetBy(dx: .pt(5), dy: .pt(-2))
        #expect(moved.circle.map { ($0.center.x.points, $0.center.y.points, $0.radius.points) }! == (15, 8, 4))
    }

    @Test func otherPathsAreNotCircles() {
        #expect(Path.rect(Rect(x: .zero, y: .zero, width: .pt(4), height: .pt(4))).circle == nil)
        #expect(Path.line(from: .zero, to: Point(x: .pt(3), y: .zero)).circle == nil)
        var squashed = Path.circle(center: .zero, radius: .pt(2))
        squashed.elements[2] = .curve(Point(x: .pt(-1), y: .pt(2)), Point(x: .pt(-2), y: .pt(1)), Point(x: .pt(-2), y: .pt(0.5)))
        #expect(squashed.circle == nil)
        #expect(Path.circle(center: .zero, radius: .zero).circle == nil)
    }
}
