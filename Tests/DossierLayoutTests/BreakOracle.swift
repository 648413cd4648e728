// BreakOracle: the breaking rules read plainly, apart from LineBreaker, to check its optimum against.

@testable import DossierLayout

/// A plain reading of the breaking rules, written apart from `LineBreaker`, to check it: line
/// totals, legal breaks, and the demerits of a whole set of breaks under one badness limit.
struct BreakOracle {
    let items: [BreakItem]
    let lineWidth: (Int) -> Double
    let settings: LineBreakSettings
    /// The legal breaks, ending with the paragraph's end.
    let legal: [Int]

    init(items: [BreakItem], lineWidth: @escaping (Int) -> Double, settings: LineBreakSettings) {
        self.items = items
        self.lineWidth = lineWidth
        self.settings = settings
        var legal: [Int] = []
        for (i, item) in items.enumerated() {
            switch item {
            case .glue: if i > 0, items[i - 1].isBox { legal.append(i) }
            case let .penalty(_, cost, _): if cost < 10000 { legal.append(i) }
            case .box: break
            }
        }
        if case let .penalty(_, cost, _)? = items.last, cost <= -10000 {} else { legal.append(items.count) }
        self.legal = legal
    }

    func cost(_ i: Int) -> Double {
        if i < items.count, case let .penalty(_, cost, _) = items[i] { return cost }
        return i == items.count ? -10000 : 0
    }
    func isFlagged(_ i: Int) -> Bool {
        if i < items.count, case let .penalty(_, _, flagged) = items[i] { return flagged }
        return false
    }
    func isForced(_ i: Int) -> Bool { cost(i) <= -10000 }

    struct Line { var width = 0.0, stretch = 0.0, shrink = 0.0, fills = 0, boxes = 0 }

    /// The line after a break at `from` (−1 for the paragraph's start) up to a break at `to`.
    func line(from: Int, to: Int) -> Line {
        var i = 0
        if from >= 0 {
            i = from + 1
            while i < to, !items[i].isBox { i += 1 }
        }
        var line = Line()
        while i < to {
            switch items[i] {
            case let .box(w): line.width += w; line.boxes += 1
            case let .glue(w, st, sh):
                line.width += w; line.shrink += sh
                if st == .infinity { line.fills += 1 } else { line.stretch += st }
            case .penalty: break
            }
            i += 1
        }
        if to < items.count, case let .penalty(w, _, _) = items[to] { line.width += w }
        return line
    }

    /// Demerits of a set of breaks, or nil if a line is not allowed under `threshold`; `final`
    /// reads them as the last pass does (badness not capped, hyphen limit a cost).
    func demerits(_ breaks: [Int], threshold: Double, final: Bool = false) -> Double? {
        var total = 0.0, start = -1, fitness = 1, hyphens = 0
        for (n, b) in breaks.enumerated() {
            let line = line(from: start, to: b)
            let measure = lineWidth(n)
            let shortfall = measure - line.width
            var badness = 0.0, fit = 1
            if shortfall > 1e-9 {
                if line.fills > 0 {
                } else if isForced(b) && line.stretch == 0 {
                } else if final {
                    let r = shortfall / max(line.stretch, 1e-3 * max(measure, 1))
                    badness = 100 * r * r * r
                    fit = r > 1 ? 3 : r > 0.5 ? 2 : 1
                } else if line.stretch > 0 {
                    let r = shortfall / line.stretch
                    badness = min(100 * r * r * r, 10000)
                    fit = r > 1 ? 3 : r > 0.5 ? 2 : 1
                } else {
                    badness = 10000; fit = 3
                }
            } else if shortfall < -1e-9 {
                guard -shortfall <= line.shrink + 1e-9 else { return nil }
                let r = max(shortfall / line.shrink, -1)
                badness = -100 * r * r * r
                fit = r < -0.5 ? 0 : 1
            }
            guard badness <= threshold, line.boxes > 0 || isForced(b) else { return nil }
            let flagged = isFlagged(b)
            let run = flagged ? hyphens + 1 : 0
            guard run <= settings.maxConsecutiveHyphens || final else { return nil }
            var d = settings.linePenalty + badness
            d = d >= 10000 && !final ? 1e8 : d * d
            if run > settings.maxConsecutiveHyphens { d += 1e30 }
            let p = cost(b)
            if p > 0 { d += p * p } else if p > -10000 { d -= p * p }
            if flagged && hyphens > 0 { d += settings.flaggedDemerits }
            if n == breaks.count - 1 && hyphens > 0 { d += settings.finalHyphenDemerits }
            if abs(fit - fitness) > 1 { d += settings.fitnessDemerits }
            total += d
            fitness = fit; hyphens = min(run, settings.maxConsecutiveHyphens + 1); start = b
        }
        return total
    }

    /// The fewest demerits over every allowed set of breaks, trying them all.
    func best(threshold: Double, final: Bool = false) -> Double? {
        let forced = legal.filter(isForced)
        let optional = legal.filter { !isForced($0) }
        precondition(optional.count <= 12)
        var best: Double?
        for mask in 0..<(1 << optional.count) {
            let chosen = (optional.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element) + forced).sorted()
            if let d = demerits(chosen, threshold: threshold, final: final), d < best ?? .infinity { best = d }
        }
        return best
    }

    /// Whether some set of breaks has no line wider than its measure (for measures that differ
    /// only between the first line and the rest, as the tests use).
    var canAvoidOverfullLines: Bool {
        let isLegal = Set(legal)
        // Breaks reached, by whether the first line is behind them; the paragraph's start is −1.
        var reached: [Int: Set<Bool>] = [-1: [false]]
        for s in [-1] + legal {
            for past in reached[s] ?? [] {
                let measure = lineWidth(past ? 1 : 0)
                var j = s + 1, line = Line()
                if s >= 0 { while j < items.count, !items[j].isBox { j += 1 } } else { j = 0 }
                // Walk forward from the line's start, checking each legal break on the way.
                var b = s + 1
                while b <= items.count {
                    while j < b {
                        switch items[j] {
                        case let .box(w): line.width += w
                        case let .glue(w, _, sh): line.width += w; line.shrink += sh
                        case .penalty: break
                        }
                        j += 1
                    }
                    if line.width - line.shrink > measure + 1e-9 { break }
                    if isLegal.contains(b) {
                        var width = line.width
                        if b < items.count, case let .penalty(w, _, _) = items[b] { width += w }
                        if width - line.shrink <= measure + 1e-9 {
                            reached[b, default: []].insert(true)
                        }
                        if isForced(b) { break }
                    }
                    b += 1
                }
            }
        }
        return reached[legal.last!] != nil
    }
}
