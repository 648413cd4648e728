// BreakPass: one pass of total-fit breaking over a paragraph: active nodes, feasible lines, demerits.

/// One pass of Knuth & Plass's algorithm with a given badness limit. Active nodes are the breaks a
/// next line may start from; each is kept per state — line (while lines differ in width), fitness
/// class, and hyphenated lines in a row — so the hyphen limit is part of the optimum rather than a
/// correction after it. A node leaves the list when the line from it would be overfull or a forced
/// break passes it, and the list never holds more than `mostActiveNodes`, so a pass costs at most
/// that many steps per break opportunity.
struct BreakPass {
    /// How strict the pass is.
    struct Mode {
        /// The largest badness a line may have.
        var threshold: Double
        /// Whether flagged penalties (hyphens) may be breaks.
        var hyphenate: Bool
        /// Stretch every line counts on beyond its glue's, for badness only (emergency stretch).
        var background: Double
        /// The last pass: every line that is not too wide is allowed, its badness no longer capped
        /// at 10000 so that fuller lines still win; and it must return breaks, so when every node
        /// would otherwise be dropped the last one ends a line where it stands, overfull if it must
        /// (TeX's "artificial demerits").
        var final: Bool
    }

    /// What a pass found.
    struct Outcome {
        var breaks: [LineBreak]
        /// Whether the looseness asked for was reached.
        var loosenessMet: Bool
    }

    /// The most active nodes kept; past it the oldest go, which only hostile input reaches
    /// (ordinary text keeps tens, a word split into characters a few hundred).
    static let mostActiveNodes = 600

    let paragraph: BreakableParagraph
    let shape: LineShape
    let settings: LineBreakSettings
    let mode: Mode
    /// Whether every line count stays its own state (looseness), rather than lines past the
    /// shape's uniform part sharing one.
    let exactLines: Bool

    /// What tells nodes at one break apart, packed into one number to compare quickly.
    private struct State: Equatable {
        private let packed: Int
        init(lineClass: Int, fitness: Int, hyphens: Int) { packed = lineClass << 16 | fitness << 8 | hyphens }

        /// The line number as far as widths tell lines apart.
        var lineClass: Int { packed >> 16 }
        /// 0 tight, 1 decent, 2 loose, 3 very loose: of the line ending here.
        var fitness: Int { (packed >> 8) & 0xFF }
        /// Lines in a row, up to here, that end with a hyphen (one more than the limit at most).
        var hyphens: Int { packed & 0xFF }
    }

    /// A break a later line may start from.
    private struct Node {
        /// Its entry in `records`, or −1 for the start of the paragraph.
        var record: Int
        /// Lines ended before it: the number of the line that starts here.
        var lines: Int
        var state: State
        var demerits: Double
        /// The running totals at the first item of the line after it, and where its first box is.
        var width: Double, stretch: Double, shrink: Double, fills: Int, firstBox: Int
    }

    /// A chosen break, kept to read the best path back: the line it ends, and the record of the
    /// break the line starts from (−1 for the start of the paragraph).
    private struct Record {
        var line: LineBreak
        var previous: Int
    }

    /// The best line found so far ending at the current break, per state of the node it makes.
    private struct Candidate {
        var state: State
        var lines: Int
        var demerits: Double
        /// The break as it is recorded if the candidate stays.
        var record: Record
    }

    /// Runs the pass; nil when no breaks satisfy it (never for the final pass).
    func run() -> Outcome? {
        let maxHyphens = min(max(settings.maxConsecutiveHyphens, 0), 254)
        let finite = BreakableParagraph.finite
        let fitnessDemerits = finite(settings.fitnessDemerits), linePenalty = finite(settings.linePenalty)
        let flaggedDemerits = finite(settings.flaggedDemerits), finalHyphenDemerits = finite(settings.finalHyphenDemerits)
        let uniformFrom = exactLines ? Int(Int32.max) : shape.uniformFrom
        let W = paragraph.width, St = paragraph.stretch, Sh = paragraph.shrink, F = paragraph.fills

        func node(record: Int, lines: Int, state: State, demerits: Double, start: Int) -> Node {
            Node(record: record, lines: lines, state: state, demerits: demerits, width: W[start],
                 stretch: St[start], shrink: Sh[start], fills: F[start], firstBox: paragraph.nextBox[start])
        }

        var records: [Record] = []
        var active = [node(record: -1, lines: 0, state: State(lineClass: 0, fitness: 1, hyphens: 0),
                           demerits: 0, start: 0)]
        var candidates: [Candidate] = []
        let lastIndex = paragraph.breaks.count - 1

        for (index, opportunity) in paragraph.breaks.enumerated() {
            if opportunity.flagged && !opportunity.forced && !mode.hyphenate { continue }
            let b = opportunity.position, forced = opportunity.forced, isEnd = index == lastIndex
            let p = opportunity.cost
            let lineW = W[b] + opportunity.width, lineSt = St[b], lineSh = Sh[b], lineF = F[b]
            candidates.removeAll(keepingCapacity: true)
            var kept = 0
            let count = active.count

            for k in 0..<count {
                let a = active[k]
                // A node whose line starts after `b` (only discardables between) makes an empty line.
                let startsLater = a.firstBox > b
                let hasBox = a.firstBox < b
                let measure = shape.width(a.state.lineClass)
                let natural = startsLater ? opportunity.width : lineW - a.width
                let shortfall = measure - natural
                let epsilon = 1e-9 * max(1, measure)
                var badness = 0.0, ratio = 0.0, fitness = 1, overfull = false
                if shortfall > epsilon {
                    let stretch = startsLater ? 0 : lineSt - a.stretch
                    if !startsLater && lineF - a.fills > 0 {
                        // Fill glue takes up the rest: the line is as good as it can be.
                    } else if forced && stretch + mode.background <= 0 {
                        // Nothing can stretch and the line must end here: it is set short.
                    } else if mode.final || stretch + mode.background > 0 {
                        // Past every limit (the final pass), lines still rank by how short they
                        // are, even with no stretch at all, so the breaker fills them rather than
                        // taking any.
                        let r = shortfall / max(stretch + mode.background, mode.final ? 1e-3 * max(measure, 1) : 0)
                        badness = mode.final ? 100 * r * r * r : r > 4.65 ? 10000 : min(100 * r * r * r, 10000)
                        fitness = r > 1 ? 3 : r > 0.5 ? 2 : 1
                        ratio = stretch > 0 ? shortfall / stretch : 0
                    } else {
                        badness = 10000
                        fitness = 3
                    }
                } else if shortfall < -epsilon {
                    let shrink = startsLater ? 0 : lineSh - a.shrink
                    if -shortfall > shrink + epsilon {
                        overfull = true
                        ratio = -1
                        fitness = 0
                    } else {
                        let r = shrink > 0 ? max(shortfall / shrink, -1) : -1
                        badness = -100 * r * r * r
                        fitness = r < -0.5 ? 0 : 1
                        ratio = r
                    }
                }

                let run = opportunity.flagged ? a.state.hyphens + 1 : 0
                // In the final pass the hyphen limit gives way only to an overfull line.
                let feasible = !overfull && badness <= mode.threshold && (hasBox || forced)
                    && (run <= maxHyphens || mode.final)
                let deactivate = overfull || forced
                // The last node standing, with nothing else found here, ends a line anyway.
                let artificial = deactivate && !feasible && mode.final && candidates.isEmpty
                    && kept == 0 && k == count - 1

                if feasible || artificial {
                    var d: Double
                    if artificial {
                        d = a.demerits
                    } else {
                        d = linePenalty + badness
                        d = abs(d) >= 10000 && !mode.final ? 100_000_000 : d * d
                        if p > 0 { d += p * p } else if p > BreakItem.forced { d -= p * p }
                        let previousHyphenated = a.state.hyphens > 0
                        if opportunity.flagged && previousHyphenated { d += flaggedDemerits }
                        if isEnd && previousHyphenated { d += finalHyphenDemerits }
                        if abs(fitness - a.state.fitness) > 1 { d += fitnessDemerits }
                        if run > maxHyphens { d += Self.tooManyHyphens }
                        d += a.demerits
                    }
                    let state = State(lineClass: min(a.lines + 1, uniformFrom), fitness: fitness,
                                      hyphens: min(run, maxHyphens + 1))
                    let line = LineBreak(position: b, ratio: ratio, hyphenated: opportunity.flagged, overfull: overfull)
                    let record = Record(line: line, previous: a.record)
                    let candidate = Candidate(state: state, lines: a.lines + 1, demerits: d, record: record)
                    if let c = candidates.firstIndex(where: { $0.state == state }) {
                        if d < candidates[c].demerits { candidates[c] = candidate }
                    } else {
                        candidates.append(candidate)
                    }
                }
                if !deactivate {
                    active[kept] = a
                    kept += 1
                }
            }
            active.removeLast(count - kept)

            if exactLines, let cheapest = candidates.min(by: { $0.demerits < $1.demerits }) {
                // Line counts far from the cheapest way here cannot help reach the looseness
                // asked for, and would multiply the nodes.
                let spread = abs(settings.looseness) + 1
                candidates.removeAll { abs($0.lines - cheapest.lines) > spread }
            }
            let nextStart = paragraph.lineStart(after: b)
            for c in candidates where !Self.isDominated(c, among: candidates, fitnessDemerits: max(fitnessDemerits, 0)) {
                records.append(c.record)
                active.append(node(record: records.count - 1, lines: c.lines, state: c.state,
                                   demerits: c.demerits, start: nextStart))
            }
            if active.isEmpty { return nil }
            if active.count > Self.mostActiveNodes {
                active.removeFirst(active.count - Self.mostActiveNodes / 2)
            }
        }

        // The last break is forced, so every node left ends the paragraph.
        var best = active[0]
        for node in active.dropFirst() where node.demerits < best.demerits { best = node }
        var reached = 0
        if settings.looseness != 0 {
            let bestLines = best.lines
            var fewest = best.demerits
            for node in active {
                let difference = node.lines - bestLines
                if (difference < reached && settings.looseness <= difference)
                    || (difference > reached && settings.looseness >= difference) {
                    best = node; reached = difference; fewest = node.demerits
                } else if difference == reached && node.demerits < fewest {
                    best = node; fewest = node.demerits
                }
            }
        }

        var breaks: [LineBreak] = []
        var r = best.record
        while r >= 0 {
            breaks.append(records[r].line)
            r = records[r].previous
        }
        return Outcome(breaks: breaks.reversed(), loosenessMet: reached == settings.looseness)
    }

    /// Whether `c` can never end better than another candidate at the same break: one with the
    /// same line and fitness but fewer hyphens in a row and no more demerits, or one of the same
    /// line and hyphen count so much cheaper that no fitness change later can make up for it.
    private static func isDominated(_ c: Candidate, among all: [Candidate], fitnessDemerits: Double) -> Bool {
        for o in all where o.state.lineClass == c.state.lineClass {
            if o.state.fitness == c.state.fitness && o.state.hyphens < c.state.hyphens && o.demerits <= c.demerits { return true }
            if o.state.hyphens == c.state.hyphens && o.demerits + fitnessDemerits < c.demerits { return true }
        }
        return false
    }

    /// Demerits for each line past the hyphen limit, which only the final pass allows, and only
    /// to avoid an overfull line: more than any line can otherwise cost.
    static let tooManyHyphens = 1e30
}
