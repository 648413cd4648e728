// NiceScale: a value axis from zero with round steps (1, 2 or 5 × 10ⁿ), as people read them.

/// A value axis from 0 to `max` in equal steps of 1, 2 or 5 × 10ⁿ.
public struct NiceScale: Hashable, Sendable {
    /// The distance between ticks.
    public var step: Double
    /// The top of the axis, a whole number of steps.
    public var max: Double

    public init(step: Double, max: Double) { self.step = step; self.max = max }

    /// The number of steps from 0 to `max`.
    public var intervals: Int { Int((max / step).rounded()) }

    /// The tick values from 0 to `max`, computed by multiplication so no rounding error builds up.
    public var ticks: [Double] { (0...intervals).map { Double($0) * step } }

    /// Returns the scale for data up to `maxValue`: the step is the first of 1, 2, 5, 10 × 10ⁿ at
    /// least `maxValue / targetIntervals` (and at least `minimumStep`, 1 for counts of people),
    /// and the top is the first multiple of the step at or above `maxValue`.
    public static func forMaximum(_ maxValue: Double, targetIntervals: Int = 5,
                                  minimumStep: Double = 1) -> NiceScale {
        let floorStep = minimumStep.isFinite ? Swift.max(0, minimumStep) : 0
        guard maxValue.isFinite, maxValue > 0 else {
            let unit = floorStep > 0 ? floorStep : 1
            return NiceScale(step: unit, max: unit)
        }
        let raw = maxValue / Double(Swift.max(1, targetIntervals))
        let magnitude = magnitude(of: raw)
        // A hair of tolerance so that 0.3 / 3 still counts as reaching 0.1.
        var step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-12) } ?? 10 * magnitude
        step = Swift.max(step, floorStep)
        let count = Swift.max(1, (maxValue / step - 1e-9).rounded(.up))
        return NiceScale(step: step, max: count * step)
    }

    /// Returns the largest 10ⁿ not above `x` (x > 0), by repeated multiplication so that whole
    /// powers stay exact and no math library is needed.
    private static func magnitude(of x: Double) -> Double {
        var m = 1.0
        while m * 10 <= x { m *= 10 }
        while m > x { m /= 10 }
        return m
    }
}
