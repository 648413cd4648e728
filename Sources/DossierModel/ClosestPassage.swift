// ClosestPassage: where a text comes nearest to containing a pattern, by edit distance, to show the user
// what their source actually says when a quotation is not found in it.

/// Approximate substring matching (Sellers' algorithm): the stretch of a text with the smallest edit
/// distance to a pattern.
enum ClosestPassage {
    /// A stretch of the text and how far it is from the pattern.
    struct Match: Equatable, Sendable {
        /// The first element of the stretch.
        var start: Int
        /// One past its last element.
        var end: Int
        /// Insertions, deletions and substitutions needed to turn the stretch into the pattern.
        var distance: Int
    }

    /// The stretch of `text` closest to `pattern`; of equally close ones, the one nearest the pattern's length,
    /// then the earliest. `nil` when either is empty.
    static func find<Element: Equatable>(_ pattern: [Element], in text: [Element]) -> Match? {
        guard !pattern.isEmpty, !text.isEmpty else { return nil }
        let m = pattern.count
        // Column j of the dynamic programme: cost[i] is the distance of pattern[0..<i] to the best stretch
        // ending at text[j-1]; start[i] is where that stretch begins. Starting anywhere is free.
        var cost = Array(0...m), start = [Int](repeating: 0, count: m + 1)
        var nextCost = cost, nextStart = start
        var best: Match?
        for j in 1...text.count {
            nextCost[0] = 0
            nextStart[0] = j
            for i in 1...m {
                let substitute = cost[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1)
                let skipText = cost[i] + 1
                let skipPattern = nextCost[i - 1] + 1
                if substitute <= skipText, substitute <= skipPattern {
                    nextCost[i] = substitute; nextStart[i] = start[i - 1]
                } else if skipPattern <= skipText {
                    nextCost[i] = skipPattern; nextStart[i] = nextStart[i - 1]
                } else {
                    nextCost[i] = skipText; nextStart[i] = start[i]
                }
            }
            let candidate = Match(start: nextStart[m], end: j, distance: nextCost[m])
            if let current = best {
                let closer = abs(candidate.end - candidate.start - m) < abs(current.end - current.start - m)
                if candidate.distance < current.distance || (candidate.distance == current.distance && closer) { best = candidate }
            } else {
                best = candidate
            }
            swap(&cost, &nextCost)
            swap(&start, &nextStart)
        }
        return best
    }
}
