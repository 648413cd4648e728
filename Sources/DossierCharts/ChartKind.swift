// ChartKind: the kinds of overview chart a dossier or `dossier chart` can draw (how each is made
// and sized: ChartFactory).

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
}
