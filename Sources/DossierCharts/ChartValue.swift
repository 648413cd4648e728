// ChartValue: one figure of a chart, with its uncertainty: a range, a lower bound, a dispute.

/// One figure: the number drawn, and what is known about how sure it is.
public struct ChartValue: Hashable, Sendable {
    /// The number the bar is drawn to.
    public var best: Double
    /// The lowest estimate, when the figure is a range.
    public var low: Double?
    /// The highest estimate, when the figure is a range.
    public var high: Double?
    /// Whether the figure is a floor ("at least 350"), labelled with "≥".
    public var isLowerBound: Bool
    /// Whether sources dispute the figure; its bar gets a dashed outline.
    public var disputed: Bool

    public init(best: Double, low: Double? = nil, high: Double? = nil, isLowerBound: Bool = false,
                disputed: Bool = false) {
        self.best = best; self.low = low; self.high = high
        self.isLowerBound = isLowerBound; self.disputed = disputed
    }

    /// Creates a plain figure with no uncertainty.
    public init(_ value: Double) { self.init(best: value) }

    /// The bottom of the whisker: `low`, or `best` when there is no range.
    public var lowEstimate: Double { low ?? best }
    /// The top of the whisker: `high`, or `best` when there is no range.
    public var highEstimate: Double { high ?? best }
    /// Whether the figure is a range that needs a whisker.
    public var isRange: Bool { lowEstimate != best || highEstimate != best }
}
