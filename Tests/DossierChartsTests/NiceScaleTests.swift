// NiceScaleTests: round tick steps and axis tops for maxima from nothing to six figures.

import DossierCharts
import Testing

@Suite struct NiceScaleTests {
    @Test(arguments: [
        (0.0, 1.0, 1.0), (1, 1, 1), (7, 2, 8), (52, 20, 60), (99, 20, 100), (350, 100, 400),
        (1000, 200, 1000), (123_456, 50_000, 150_000),
    ])
    func stepAndMaximum(value: Double, step: Double, max: Double) {
        let scale = NiceScale.forMaximum(value)
        #expect(scale.step == step)
        #expect(scale.max == max)
    }

    @Test(arguments: [0.0, 1, 7, 52, 99, 350, 1000, 123_456, 3, 11, 999_999, 0.4])
    func stepIsOneTwoOrFiveTimesAPowerOfTenAndCoversTheData(value: Double) {
        for intervals in 1...8 {
            let scale = NiceScale.forMaximum(value, targetIntervals: intervals)
            var mantissa = scale.step
            while mantissa >= 10 { mantissa /= 10 }
            #expect([1.0, 2, 5].contains(mantissa), "step \(scale.step) for \(value)")
            #expect(scale.max >= value)
            #expect(scale.max - scale.step < max(value, 0.000_001), "top \(scale.max) is a whole step above \(value)")
            #expect(scale.ticks.first == 0 && scale.ticks.last == scale.max)
            #expect(scale.intervals <= intervals)
        }
    }

    @Test func fewerIntervalsForShortAxes() {
        #expect(NiceScale.forMaximum(52, targetIntervals: 2) == NiceScale(step: 50, max: 100))
        #expect(NiceScale.forMaximum(52, targetIntervals: 1) == NiceScale(step: 100, max: 100))
    }

    @Test func fractionalStepsWhenAllowed() {
        let scale = NiceScale.forMaximum(0.9, minimumStep: 0)
        #expect(scale.step == 0.2)
        #expect(abs(scale.max - 1.0) < 1e-12)
    }

    @Test func badInputGivesTheUnitScale() {
        #expect(NiceScale.forMaximum(-5) == NiceScale(step: 1, max: 1))
        #expect(NiceScale.forMaximum(.nan) == NiceScale(step: 1, max: 1))
        #expect(NiceScale.forMaximum(.infinity) == NiceScale(step: 1, max: 1))
    }

    @Test func thousandsSeparators() {
        #expect(ChartNumberFormat.string(0) == "0")
        #expect(ChartNumberFormat.string(999) == "999")
        #expect(ChartNumberFormat.string(1000) == "1,000")
        #expect(ChartNumberFormat.string(150_000) == "150,000")
        #expect(ChartNumberFormat.string(1_234_567) == "1,234,567")
        #expect(ChartNumberFormat.string(2.5) == "2.5")
        #expect(ChartNumberFormat.string(-1200) == "-1,200")
    }
}
