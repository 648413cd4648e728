// ShapeBatchTests: which shapes share one fill, so that drawing them together changes no pixel.
import DossierDisplay
@testable import DossierRender
import Testing

@Suite struct ShapeBatchTests {
    let grey = Color(grey: 0.3)

    func dot(_ x: Double, _ color: Color? = nil) -> Shape {
        Shape(path: .circle(center: Point(x: .pt(x), y: .pt(10)), radius: .pt(0.45)), fill: .color(color ?? grey))
    }

    @Test func leaderDotsShareOneFill() throws {
        var batch = try #require(ShapeBatch(dot(100)))
        for x in stride(from: 95.5, to: 50, by: -4.5) { let added = batch.add(dot(x)); #expect(added) }
        #expect(batch.paths.count == 12)
        #expect(batch.color == grey)
    }

    @Test func shapesThatTouchOverlapOrDifferDoNotShare() throws {
        var batch = try #require(ShapeBatch(dot(100)))
        do { let added = batch.add(dot(100.5)); #expect(!added) }  // overlaps
        do { let added = batch.add(dot(101.5)); #expect(!added) }  // less than a point apart
        do { let added = batch.add(dot(90, Color(grey: 0.5))); #expect(!added) }  // another colour
        do { let added = batch.add(Shape(path: dot(90).path, fill: .color(grey), stroke: Stroke())); #expect(!added) }
        let bar = Rect(x: .pt(10), y: .pt(10), width: .pt(5), height: .pt(20))
        var bars = try #require(ShapeBatch(Shape(path: .rect(bar), fill: .color(grey))))
        do { let added = bars.add(Shape(path: .rect(bar.offsetBy(dx: .pt(5))), fill: .color(grey))); #expect(!added) }  // shares an edge
        do { let added = bars.add(Shape(path: .rect(bar.offsetBy(dx: .pt(8))), fill: .color(grey))); #expect(added) }
    }

    @Test func translucentHatchedAndStrokedShapesAreDrawnAlone() {
        #expect(ShapeBatch(dot(10, Color(red: 1, green: 0, blue: 0, alpha: 0.5))) == nil)
        #expect(ShapeBatch(Shape(path: dot(10).path, stroke: Stroke())) == nil)
        #expect(ShapeBatch(Shape(path: dot(10).path, fill: .hatched(background: grey, hatch: .diagonal, ink: .black,
                                                                    spacing: .pt(2)))) == nil)
    }
}
