// ChartFactory: the one table from a kind of chart to how it is made, sized and read. A new kind
// is a case of `ChartKind` and a row here; the document, `dossier chart` and its help follow.

import DossierDisplay
import DossierLocale

/// Where a chart is shown, which decides its size unless one is asked for.
public enum ChartPlacement: Sendable {
    /// In a document, as wide as the text.
    case document
    /// On a page of its own (`dossier chart`), its title above it.
    case alone
}

/// How one kind of chart is made, sized and read: a row of the table in `ChartKind.design`.
struct ChartDesign {
    /// What the kind draws, in a few words for help texts.
    var summary: String
    /// Makes the chart of an aggregation.
    var make: (ChartAggregation, [ChartSeries], ChartStyle) -> any Chart
    /// Its height for a number of bars (or circles), where it is shown.
    var height: (_ count: Int, ChartStyle, ChartPlacement) -> Length
    /// Whether it draws bars, whose whiskers and arrows a caption explains.
    var drawsBars: Bool
    /// The string telling where a reader finds how many events a period holds (its `{period}`
    /// the period's noun); nil when the chart does not show it.
    var eventCountNote: String?
    /// The string telling what else a reader must know to read the chart.
    var readingNote: String?
}

extension ChartKind {
    /// The table of kinds.
    var design: ChartDesign {
        switch self {
        case .stacked:
            ChartDesign(summary: "a bar per incident, categories stacked", make: Self.bars(.stacked),
                        height: Self.columnHeight, drawsBars: true, eventCountNote: "caption.count_under_bars")
        case .grouped:
            ChartDesign(summary: "categories side by side", make: Self.bars(.grouped),
                        height: Self.columnHeight, drawsBars: true, eventCountNote: "caption.count_under_bars")
        case .horizontal:
            ChartDesign(summary: "a row per incident, for long labels", make: Self.bars(.horizontal),
                        height: { count, style, placement in Self.rowsHeight(count, style: style, titled: placement == .alone) },
                        drawsBars: true, eventCountNote: "caption.count_in_labels")
        case .timeline:
            ChartDesign(summary: "circles on a date axis, area proportional to the total",
                        make: { TimelineChart($0, series: $1, style: $2) },
                        height: { _, _, placement in placement == .document ? .pt(220) : .pt(280) },
                        drawsBars: false, eventCountNote: nil,
                        readingNote: "caption.circle_area")
        }
    }

    // MARK: What the table says

    /// What the kind draws, in a few words for help texts: "a bar per incident, categories stacked".
    public var summary: String { design.summary }

    /// Returns the chart of this kind of an aggregation.
    public func chart(_ aggregation: ChartAggregation, series: [ChartSeries], style: ChartStyle) -> any Chart {
        design.make(aggregation, series, style)
    }

    /// Returns the chart's height, margins not included, for `count` bars (or circles) where it is shown.
    public func height(for count: Int, style: ChartStyle, in placement: ChartPlacement) -> Length {
        design.height(count, style, placement)
    }

    /// Whether the kind draws bars, whose whiskers (ranges) and arrows (lower bounds) a caption explains.
    public var drawsBars: Bool { design.drawsBars }

    /// Where a reader finds how many events each period holds, for the period's noun ("month");
    /// nil when the chart does not show it.
    public func eventCountNote(period noun: String, _ wording: Wording = .english) -> String? {
        design.eventCountNote.map { wording.text($0, ["period": noun]) }
    }

    /// What else a reader must know to read the chart, if anything.
    public func readingNote(_ wording: Wording = .english) -> String? { design.readingNote.map { wording.text($0) } }

    // MARK: Sizes and the kind chosen when none is asked for

    /// The width of a chart on a page of its own, margins not included, unless another is asked for.
    public static let aloneWidth = Length.pt(600)

    /// The kind a document draws when none is asked for: stacked bars, or horizontal ones when
    /// there is a bar per event and their labels would not sit level and whole under vertical
    /// bars in a chart `width` wide (see `BarOrientation.suited`).
    public static func automatic(for aggregation: ChartAggregation, width: Length, style: ChartStyle) -> ChartKind {
        guard aggregation.period == .event else { return .stacked }
        let orientation = BarOrientation.suited(to: aggregation.bars.map(\.label), width: width, style: style)
        return orientation == .horizontal ? .horizontal : .stacked
    }

    private static func bars(_ arrangement: BarChart.Arrangement) -> (ChartAggregation, [ChartSeries], ChartStyle) -> any Chart {
        { BarChart(arrangement, $0, series: $1, style: $2) }
    }

    private static func columnHeight(_ count: Int, _ style: ChartStyle, _ placement: ChartPlacement) -> Length {
        placement == .document ? .pt(250) : .pt(360)
    }

    /// The height at which each of `count` rows gets about two lines' height: the legend, the
    /// axis and (if `titled`) a title line included.
    private static func rowsHeight(_ count: Int, style: ChartStyle, titled: Bool) -> Length {
        let em = style.labelSize
        var height = em * 2.1 * Double(max(1, count)) + em * 5
        if titled { height += style.titleSize * 1.4 + em * 0.8 }
        return height
    }
}
