// ChartKind: the kinds of overview chart a dossier or `dossier chart` can draw.

/// Which chart of casualties per event to draw.
public enum ChartKind: String, Hashable, Sendable, CaseIterable {
    /// Vertical bars, one per event (or period), the series stacked.
    case stacked
    /// Vertical bars, one group per event (or period), the series side by side.
    case grouped
    /// Horizontal stacked bars, one row per event, for long labels.
    case horizontal
    /// Events on a date axis, each a circle whose area is its total.
    case timeline

    /// What the kind draws, in a few words for help texts: "a bar per incident, categories stacked".
    public var summary: String {
        switch self {
        case .stacked: "a bar per incident, categories stacked"
        case .grouped: "categories side by side"
        case .horizontal: "a row per incident, for long labels"
        case .timeline: "circles on a date axis, area proportional to the total"
        }
    }
}
