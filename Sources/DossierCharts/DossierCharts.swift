// Temporary stand-in for the charts module's API until the real charts land.
import DossierDisplay

public enum ChartColorMode: Sendable { case color, print }
public struct ChartValue: Sendable {
    public var best: Double; public var low: Double?; public var high: Double?
    public var isLowerBound = false; public var disputed = false
    public init(_ v: Double) { best = v }
}
public struct ChartBar: Sendable {
    public var label: String; public var values: [ChartValue]; public var note: String?
    public init(label: String, values: [ChartValue], note: String? = nil) { self.label = label; self.values = values; self.note = note }
}
public struct ChartSeries: Sendable { public var name: String; public var color: Color }
public enum Palette {
    public static func series(_ names: [String], mode: ChartColorMode) -> [ChartSeries] { names.map { ChartSeries(name: $0, color: .black) } }
}
public struct ChartStyle: Sendable {
    public var mode: ChartColorMode = .color; public var valueLabels = false
    public static func standard(fontFamily: String) -> ChartStyle { ChartStyle() }
}
public struct StackedBarChart: Drawing {
    public init(bars: [ChartBar], series: [ChartSeries], style: ChartStyle) {}
    public var altText: String { "chart" }
    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        [.shape(Shape(path: .rect(Rect(origin: .zero, size: size)), stroke: Stroke()))]
    }
}
