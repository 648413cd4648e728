// OverviewChart: the dossier's overview chart with what a document or an export needs besides
// the drawing: its kind, how many bars it has, and its caption.

import DossierCharts
import DossierDisplay

/// The overview chart of a dossier, as the document sets it and `dossier chart` exports it.
public struct OverviewChart: Sendable {
    /// The chart, its source note set to the caption.
    public var chart: any Chart
    /// The kind drawn.
    public var kind: ChartKind
    /// How many bars (or circles) it has room for: one per incident, or one per period.
    public var count: Int
    /// What the chart shows, how to read its marks and whose figures it draws.
    public var caption: String

    public init(chart: any Chart, kind: ChartKind, count: Int, caption: String) {
        self.chart = chart; self.kind = kind; self.count = count; self.caption = caption
    }

    /// The chart as the document's figure: as wide as the text, as tall as its kind wants it.
    public var figure: Figure {
        Figure(drawing: chart, height: kind.height(for: count, style: chart.style, in: .document),
               caption: [.text(chart.style.wording.text("chart.caption", ["n": chart.style.wording.format.count(1),
                                                                                "caption": caption]))])
    }

    /// The chart's size on a page of its own, where `width` and `height` are not asked for.
    public func sizeAlone(width: Length? = nil, height: Length? = nil) -> Size {
        Size(width: width ?? ChartKind.aloneWidth, height: height ?? kind.height(for: count, style: chart.style, in: .alone))
    }
}
