// ChartFixtures: sample chart data and geometry probes shared by the chart tests.

import DossierCharts
import DossierDisplay
import Foundation

/// Sample data and helpers for reading drawn charts back.
enum ChartFixtures {
    static let series = Palette.series(["Killed", "Injured", "Abducted"])

    /// Three Camp Ashraf attacks.
    static let threeBars = [
        ChartBar(label: "28–29 July 2009", values: [ChartValue(11), ChartValue(0), ChartValue(36)]),
        ChartBar(label: "8 April 2011", values: [ChartValue(36), ChartValue(best: 350, isLowerBound: true), ChartValue(0)]),
        ChartBar(label: "1 September 2013",
                 values: [ChartValue(52), ChartValue(0), ChartValue(best: 7, low: 7, high: 9)],
                 note: "six women and one man"),
    ]

    /// `count` bars with long labels and figures that vary from bar to bar.
    static func bars(_ count: Int) -> [ChartBar] {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return (0..<count).map { i in
            let label = "Attack on Camp Ashraf, \(i % 28 + 1) \(months[i % 12]) \(2009 + i / 12)"
            let killed = Double((i * 37 + 5) % 53), injured = Double((i * 91) % 410), abducted = Double((i * 13) % 9)
            return ChartBar(label: label, values: [
                ChartValue(killed), ChartValue(best: injured, isLowerBound: i % 5 == 0),
                ChartValue(best: abducted, low: max(0, abducted - 2), high: abducted + 3),
            ])
        }
    }

    /// `count` bars labelled with dates, one a month from July 2009.
    static func dateBars(_ count: Int) -> [ChartBar] {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (0..<count).map { i in
            let m = (i + 6) % 12, y = 2009 + (i + 6) / 12
            return ChartBar(label: "\(i % 27 + 1) \(months[m]) \(y)", values: [
                ChartValue(Double((i * 7 + 3) % 19)), ChartValue(Double((i * 29 + 11) % 60)),
                ChartValue(Double(i % 4 == 0 ? (i * 5) % 13 : 0)),
            ])
        }
    }

    /// A shaper whose advance (0.6 em) matches the monospaced font of the SVG previews.
    static let shaper = FixedWidthShaper(advance: 0.6)

    /// All text items, groups flattened.
    static func texts(_ items: [FrameItem]) -> [TextItem] {
        items.flatMap { item -> [TextItem] in
            switch item {
            case .text(let t): return [t]
            case .group(let g): return texts(g.items.offsetBy(dx: g.offset.x, dy: g.offset.y))
            default: return []
            }
        }
    }

    /// All shapes, groups flattened.
    static func shapes(_ items: [FrameItem]) -> [Shape] {
        items.flatMap { item -> [Shape] in
            switch item {
            case .shape(let s): return [s]
            case .group(let g): return shapes(g.items.offsetBy(dx: g.offset.x, dy: g.offset.y))
            default: return []
            }
        }
    }

    /// The area an item inks: a shape's path bounds grown by half its stroke across each
    /// line (a straight line's butt ends add nothing along it).
    static func inkBounds(_ item: FrameItem) -> Rect? {
        guard case .shape(let shape) = item else { return item.bounds }
        let half = (shape.stroke?.width ?? .zero) / 2
        let b = shape.path.bounds
        let dx = b.width == .zero || b.height != .zero ? half : .zero
        let dy = b.height == .zero || b.width != .zero ? half : .zero
        return Rect(x: b.minX - dx, y: b.minY - dy, width: b.width + 2 * dx, height: b.height + 2 * dy)
    }

    /// Items whose ink reaches outside a box of `size` at the origin.
    static func outside(_ items: [FrameItem], _ size: Size) -> [FrameItem] {
        let box = Rect(origin: .zero, size: size)
        return items.filter { item in inkBounds(item).map { !box.contains($0) } ?? false }
    }

    /// Pairs of text items whose boxes share area; a turned label's box is turned with it.
    static func overlaps(_ texts: [TextItem]) -> [(String, String)] {
        var found: [(String, String)] = []
        let boxes = texts.map(corners)
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].bounds.intersects(texts[j].bounds)
                && convexPolygonsOverlap(boxes[i], boxes[j]) {
                found.append((texts[i].line.text, texts[j].line.text))
            }
        }
        return found
    }

    /// The four corners of a text item's ink box (ascent to descent), turned with the item.
    static func corners(_ t: TextItem) -> [(x: Double, y: Double)] {
        let x0 = t.line.x.points, x1 = x0 + t.line.width.points
        let y0 = -t.line.ascent.points, y1 = t.line.descent.points
        let angle = -t.rotation * Double.pi / 180
        let c = cos(angle), s = sin(angle)
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map { dx, dy in
            (t.origin.x.points + dx * c - dy * s, t.origin.y.points + dx * s + dy * c)
        }
    }

    /// Whether two convex polygons share interior area (by the separating axis theorem; touching
    /// edges do not count).
    static func convexPolygonsOverlap(_ a: [(x: Double, y: Double)], _ b: [(x: Double, y: Double)]) -> Bool {
        for polygon in [a, b] {
            for k in polygon.indices {
                let p = polygon[k], q = polygon[(k + 1) % polygon.count]
                let axis = (x: q.y - p.y, y: p.x - q.x)
                let pa = a.map { $0.x * axis.x + $0.y * axis.y }, pb = b.map { $0.x * axis.x + $0.y * axis.y }
                if pa.max()! <= pb.min()! + 1e-9 || pb.max()! <= pa.min()! + 1e-9 { return false }
            }
        }
        return true
    }

    /// `count` events, one about every `everyDays` days from 1 January 2009, with figures that vary.
    static func events(_ count: Int, everyDays: Int = 11) -> [ChartEvent] {
        let start = Day(year: 2009, month: 1, day: 1).dayNumber
        return (0..<count).map { i in
            let day = Day(dayNumber: start + i * everyDays + (i * 7) % 5)
            let killed = Double((i * 37 + 5) % 53), injured = Double((i * 91) % 410), abducted = Double((i * 13) % 9)
            return ChartEvent(start: day, label: "\(day.day) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]) \(day.year)",
                              values: [ChartValue(killed), ChartValue(best: injured, isLowerBound: i % 5 == 0),
                                       ChartValue(best: abducted, low: max(0, abducted - 2), high: abducted + 3,
                                                  disputed: i % 11 == 4)])
        }
    }
}
