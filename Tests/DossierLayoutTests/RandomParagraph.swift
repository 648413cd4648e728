// RandomParagraph: seeded random paragraphs of break items, for tests of the breaker's invariants.

@testable import DossierLayout

/// A deterministic generator (SplitMix64), so random tests fail the same way every time.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
}

/// A paragraph of `words` words: spaces of three kinds, hyphenation points inside words with
/// probability `hyphenation`, now and then a non-breaking space, and forced breaks after
/// fill glue with probability `forced`; it ends as `BreakItem.endingParagraph` ends it.
func randomParagraph(_ random: inout SeededRandom, words: Int, hyphenation: Double, forced: Double) -> [BreakItem] {
    var items: [BreakItem] = []
    for w in 0..<words {
        if w > 0 {
            if random.chance(forced) {
                items += [.penalty(width: 0, cost: 10000, flagged: false), .glue(width: 0, stretch: .infinity, shrink: 0),
                          .penalty(width: 0, cost: -10000, flagged: false)]
            } else if random.chance(0.05) {
                items += [.penalty(width: 0, cost: 10000, flagged: false), .glue(width: 4, stretch: 2, shrink: 1.3)]
            } else {
                let space = [(4.0, 2.0, 1.3), (5.0, 3.0, 1.0), (3.5, 1.5, 1.2)][random.int(in: 0...2)]
                items.append(.glue(width: space.0, stretch: space.1, shrink: space.2))
            }
        }
        let syllables = random.int(in: 1...4)
        for s in 0..<syllables {
            if s > 0, random.chance(hyphenation) {
                items.append(.penalty(width: 3, cost: 50, flagged: true))
            }
            items.append(.box(width: Double(random.int(in: 5...25))))
        }
    }
    return BreakItem.endingParagraph(items)
}
