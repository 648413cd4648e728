// ChartLegendPosition: where a chart puts the legend that names its series.

/// Where the legend goes.
public enum ChartLegendPosition: String, Hashable, Sendable, Codable, CaseIterable {
    /// Above the plot, under the title.
    case top
    /// Below the category labels.
    case bottom
    /// No legend (the surrounding text must name the series).
    case hidden
}
