// ChartError: why a chart could not be drawn, in words a user can act on.

import DossierDisplay

/// A chart's data or box that cannot be drawn.
public enum ChartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The chart has no bars.
    case noBars
    /// The chart has no series.
    case noSeries
    /// A bar has a different number of values than there are series.
    case valueCountMismatch(bar: String, expected: Int, found: Int)
    /// A value is negative, not a number, or its range does not contain it.
    case invalidValue(bar: String, series: String, reason: String)
    /// The box is too small to hold the chart.
    case boxTooSmall(given: Size, reason: String)
    /// A style setting is out of range (a zero font size, a bar wider than its space).
    case invalidStyle(String)
    /// An event's dates cannot be placed on a date axis.
    case invalidEvent(String, reason: String)
    /// The chart has no events to draw.
    case noEvents

    /// Throws `boxTooSmall` unless a chart's box has an area: finite, and wider and taller than zero.
    static func checkArea(of size: Size) throws {
        guard size.width > .zero, size.height > .zero, size.width.isFinite, size.height.isFinite else {
            throw ChartError.boxTooSmall(given: size, reason: "it has no area")
        }
    }

    public var description: String {
        switch self {
        case .noBars:
            return "The chart has no bars to draw."
        case .noSeries:
            return "The chart has no series (categories such as killed or injured) to draw."
        case .valueCountMismatch(let bar, let expected, let found):
            return "Bar \"\(bar)\" has \(found) value\(found == 1 ? "" : "s") but the chart has \(expected) series."
        case .invalidValue(let bar, let series, let reason):
            return "The \(series) value of bar \"\(bar)\" cannot be drawn: \(reason)."
        case .boxTooSmall(let given, let reason):
            return "A \(given) box is too small for the chart: \(reason)."
        case .invalidStyle(let reason):
            return "The chart style cannot be used: \(reason)."
        case .invalidEvent(let event, let reason):
            return "Event \"\(event)\" cannot be charted: \(reason)."
        case .noEvents:
            return "The chart has no events to draw."
        }
    }
}

extension ChartValue {
    /// Throws unless the value can be drawn: finite, not negative, inside its own range.
    func validate(bar: String, series: String) throws {
        func fail(_ reason: String) -> ChartError { .invalidValue(bar: bar, series: series, reason: reason) }
        for (name, v) in [("value", best as Double?), ("low estimate", low), ("high estimate", high)] {
            guard let v else { continue }
            guard v.isFinite else { throw fail("the \(name) is not a finite number") }
            guard v >= 0 else { throw fail("the \(name) \(ChartNumberFormat.string(v)) is negative") }
        }
        if let low, low > best {
            throw fail("the low estimate \(ChartNumberFormat.string(low)) is above the value \(ChartNumberFormat.string(best))")
        }
        if let high, high < best {
            throw fail("the high estimate \(ChartNumberFormat.string(high)) is below the value \(ChartNumberFormat.string(best))")
        }
    }
}
