// ChartFixtures: sample chart data and geometry probes shared by the chart tests.

import DossierCharts
import DossierDisplay

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

    /// Pairs of text items whose boxes share area.
    static func overlaps(_ texts: [TextItem]) -> [(String, String)] {
        var found: [(String, String)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].bounds.intersects(texts[j].bounds) {
                found.append((texts[i].line.text, texts[j].line.text))
            }
        }
        return found
    }
}
