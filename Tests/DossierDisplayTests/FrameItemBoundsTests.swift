// FrameItemBoundsTests: the area each kind of display-list item covers, turned text and nested
// groups included, and that moving an item moves its area by as much.

import DossierDisplay
import Testing

@Suite struct FrameItemBoundsTests {
    func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Rect {
        Rect(x: .pt(x), y: .pt(y), width: .pt(w), height: .pt(h))
    }

    func line(x: Double = 0, width: Double = 50) -> ShapedLine {
        ShapedLine(text: "Camp Ashraf", x: .pt(x), width: .pt(width), ascent: .pt(8), descent: .pt(2), glyphs: PlainGlyphs())
    }

    func close(_ a: Rect?, _ b: Rect) -> Bool {
        guard let a else { return false }
        return a.minX.approximatelyEquals(b.minX) && a.minY.approximatelyEquals(b.minY)
            && a.maxX.approximatelyEquals(b.maxX) && a.maxY.approximatelyEquals(b.maxY)
    }

    @Test func textRunsFromAscentToDescentFromItsLinesStart() {
        let item = FrameItem.text(TextItem(origin: Point(x: .pt(100), y: .pt(200)), line: line(x: 5)))
        #expect(item.bounds == rect(105, 192, 50, 10))
    }

    @Test func turnedTextCoversTheTurnedBox() {
        // Turned a quarter counterclockwise about the baseline's start: the line reads upwards.
        let up = FrameItem.text(TextItem(origin: Point(x: .pt(100), y: .pt(200)), line: line(), rotation: 90))
        #expect(close(up.bounds, rect(92, 150, 10, 50)), "\(String(describing: up.bounds))")
        let down = FrameItem.text(TextItem(origin: Point(x: .pt(100), y: .pt(200)), line: line(), rotation: -90))
        #expect(close(down.bounds, rect(98, 200, 10, 50)), "\(String(describing: down.bounds))")
    }

    @Test func shapesImagesAndLinksCoverTheirGeometry() {
        #expect(FrameItem.shape(Shape(path: .rect(rect(1, 2, 3, 4)), fill: .color(.black))).bounds == rect(1, 2, 3, 4))
        #expect(FrameItem.shape(Shape(path: .line(from: Point(x: .pt(10), y: .pt(5)), to: Point(x: .pt(2), y: .pt(9))))).bounds
                == rect(2, 5, 8, 4))
        let dot = FrameItem.shape(Shape(path: .circle(center: Point(x: .pt(10), y: .pt(10)), radius: .pt(5))))
        #expect(close(dot.bounds, rect(5, 5, 10, 10)))
        #expect(FrameItem.image(ImageItem(rect: rect(0, 0, 20, 10), data: [], format: .png)).bounds == rect(0, 0, 20, 10))
        #expect(FrameItem.link(LinkItem(rect: rect(3, 3, 6, 2), target: .url("https://example.org"))).bounds == rect(3, 3, 6, 2))
        #expect(FrameItem.importedPage(ImportedPageItem(file: "exhibit.pdf", page: 2, rect: rect(36, 36, 540, 720))).bounds
                == rect(36, 36, 540, 720))
    }

    @Test func aDestinationMovesItsPointAndAStructureMarkerStays() {
        let moved = FrameItem.destination(DestinationItem(name: "sources", point: Point(x: .pt(4), y: .pt(9))))
            .offsetBy(dx: .pt(10), dy: .pt(-5))
        guard case .destination(let destination) = moved else { Issue.record("\(moved)"); return }
        #expect(destination.point == Point(x: .pt(14), y: .pt(4)))
        guard case .structure(.begin(.table, _)) = FrameItem.structure(.begin(.table)).offsetBy(dx: .pt(10), dy: .pt(10)) else {
            Issue.record("a structure marker changed when moved"); return
        }
    }

    @Test func destinationsAndStructureMarkersCoverNothing() {
        #expect(FrameItem.destination(DestinationItem(name: "overview", point: .zero)).bounds == nil)
        #expect(FrameItem.structure(.begin(.figure, alt: "A chart")).bounds == nil)
        #expect(FrameItem.structure(.end(.figure)).bounds == nil)
        #expect(FrameItem.group(GroupItem(items: [.destination(DestinationItem(name: "x", point: .zero))])).bounds == nil)
    }

    @Test func groupsCoverTheirItemsMovedByTheirOffset() {
        let inner = FrameItem.group(GroupItem(offset: Point(x: .pt(100), y: .pt(0)), items: [
            .shape(Shape(path: .rect(rect(0, 0, 5, 5)))),
        ]))
        let group = FrameItem.group(GroupItem(offset: Point(x: .pt(10), y: .pt(20)), items: [
            .shape(Shape(path: .rect(rect(0, 0, 5, 5)))),
            .image(ImageItem(rect: rect(20, 30, 10, 10), data: [], format: .png)),
            .structure(.begin(.figure)),
            inner,
        ]))
        #expect(group.bounds == rect(10, 20, 105, 40))
    }

    @Test func movingAnItemMovesItsBounds() {
        let items: [FrameItem] = [
            .text(TextItem(origin: Point(x: .pt(100), y: .pt(200)), line: line(x: 5))),
            .text(TextItem(origin: Point(x: .pt(100), y: .pt(200)), line: line(), rotation: 30)),
            .shape(Shape(path: .circle(center: Point(x: .pt(10), y: .pt(10)), radius: .pt(5)))),
            .image(ImageItem(rect: rect(0, 0, 20, 10), data: [], format: .jpeg)),
            .link(LinkItem(rect: rect(3, 3, 6, 2), target: .destination("sources"))),
            .importedPage(ImportedPageItem(file: "exhibit.pdf", page: 1, rect: rect(0, 0, 612, 792))),
            .group(GroupItem(offset: Point(x: .pt(7), y: .pt(7)), items: [.shape(Shape(path: .rect(rect(1, 1, 1, 1))))])),
        ]
        for item in items {
            let moved = item.offsetBy(dx: .pt(12.5), dy: .pt(-40))
            #expect(close(moved.bounds, item.bounds!.offsetBy(dx: .pt(12.5), dy: .pt(-40))), "\(item)")
        }
    }
}
