// ChartBar: one bar of a stacked chart (usually one event), with one value per series.

/// One bar: a label under it and one value per series, in series order.
public struct ChartBar: Hashable, Sendable {
    /// The label under the bar: "28–29 July 2009".
    public var label: String
    /// One value per series, in the chart's series order.
    public var values: [ChartValue]
    /// A short note for the alt text: "six women and one man".
    public var note: String?
    /// The bar's full name in the alt text, when the axis label is a shortened one.
    public var altLabel: String?

    public init(label: String, values: [ChartValue], note: String? = nil, altLabel: String? = nil) {
        self.label = label; self.values = values; self.note = note; self.altLabel = altLabel
    }
}
