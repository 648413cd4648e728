// BreakableParagraph: a paragraph's items read once into running totals and break opportunities.

/// The items of a paragraph as the breaker reads them: running sums of width, stretch and shrink
/// (so any line's totals are two subtractions), where each line starts after a break, and which
/// items are legal breaks.
struct BreakableParagraph {
    /// The number of items.
    let count: Int
    /// Sums over items `0..<i` at index `i` (count + 1 entries each).
    let width: [Double], stretch: [Double], shrink: [Double]
    /// Glue of infinite stretch in items `0..<i`: any such glue fills a line by itself.
    let fills: [Int]
    /// The index of the first box at or after `i`, or `count` (count + 1 entries).
    let nextBox: [Int]
    /// The legal breaks in item order, ending with the paragraph's last (forced) break.
    let breaks: [Opportunity]

    /// A place where a line may end.
    struct Opportunity {
        /// The item index, or `count` for the end of a paragraph without a final forced break.
        var position: Int
        /// The penalty's cost; 0 for glue and for the end.
        var cost: Double
        /// The width the break adds to the end of its line (a hyphen's).
        var width: Double
        /// Whether the break is a flagged penalty (a hyphen).
        var flagged: Bool
        /// Whether the break is forced.
        var forced: Bool
    }

    init(_ items: [BreakItem]) {
        let count = items.count
        self.count = count
        var width = [Double](repeating: 0, count: count + 1)
        var stretch = width, shrink = width
        var fills = [Int](repeating: 0, count: count + 1)
        var breaks: [Opportunity] = []
        var w = 0.0, st = 0.0, sh = 0.0, f = 0
        for (i, item) in items.enumerated() {
            switch item {
            case let .box(boxWidth):
                w += Self.finite(boxWidth)
            case let .glue(glueWidth, glueStretch, glueShrink):
                if i > 0, items[i - 1].isBox {
                    breaks.append(Opportunity(position: i, cost: 0, width: 0, flagged: false, forced: false))
                }
                w += Self.finite(glueWidth)
                if glueStretch == .infinity { f += 1 } else { st += Self.positive(glueStretch) }
                sh += Self.positive(glueShrink)
            case let .penalty(penaltyWidth, cost, flagged):
                let cost = cost.isNaN ? 0 : cost
                if cost < BreakItem.forbidden {
                    breaks.append(Opportunity(position: i, cost: cost, width: Self.finite(penaltyWidth),
                                              flagged: flagged, forced: cost <= BreakItem.forced))
                }
            }
            width[i + 1] = w; stretch[i + 1] = st; shrink[i + 1] = sh; fills[i + 1] = f
        }
        if !(breaks.last.map { $0.forced && $0.position == count - 1 } ?? false) {
            breaks.append(Opportunity(position: count, cost: BreakItem.forced, width: 0, flagged: false, forced: true))
        }
        var nextBox = [Int](repeating: count, count: count + 1)
        for i in stride(from: count - 1, through: 0, by: -1) {
            nextBox[i] = items[i].isBox ? i : nextBox[i + 1]
        }
        self.width = width; self.stretch = stretch; self.shrink = shrink
        self.fills = fills; self.nextBox = nextBox; self.breaks = breaks
    }

    /// Where the line after a break at `position` starts: glue and penalties after a break are
    /// discarded up to the next box, as in TeX.
    func lineStart(after position: Int) -> Int {
        position >= count ? count : nextBox[position + 1]
    }

    /// A width, cost or parameter as the breaker reads it: zero when it is not a finite number.
    static func finite(_ x: Double) -> Double { x.isFinite ? x : 0 }
    /// A stretch or shrink as the breaker reads it: zero when it is not a positive finite number.
    static func positive(_ x: Double) -> Double { x.isFinite && x > 0 ? x : 0 }
}
