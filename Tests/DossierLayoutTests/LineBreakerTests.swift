// LineBreakerTests: Knuth & Plass's own example, an exhaustive optimum on small paragraphs, random
// paragraphs' invariants, the hyphen limit, and hostile input that must end fast.

import Foundation
import Testing
@testable import DossierLayout

@Suite struct LineBreakerTests {
    // MARK: Knuth & Plass 1981, the frog king paragraph

    /// The paragraph of the paper's figures, in its 1/18-em units: 'a'…'z' are
    /// 9 10 8 10 8 6 9 10 5 6 10 5 15 10 9 10 10 7 7 7 10 9 13 10 10 8 units wide, 'C' 13, 'I' 6,
    /// '-' 6, and commas, semicolons, periods and apostrophes 5. Spaces are glue (6, 3, 2), but
    /// (6, 4, 2) after a comma, (6, 4, 1) after a semicolon and (8, 6, 1) after a period; the
    /// paragraph is indented by an 18-unit box and "lime-tree" may break after its hyphen at a
    /// cost of 50.
    static let frogKing = """
        In olden times when wishing still helped one, there lived a king whose daughters were all \
        beautiful; and the youngest was so beautiful that the sun itself, which has seen so much, was \
        astonished whenever it shone in her face. Close by the king's castle lay a great dark forest, \
        and under an old lime-tree in the forest was a well, and when the day was very warm, the \
        king's child went out into the forest and sat down by the side of the cool fountain; and when \
        she was bored she took a golden ball, and threw it up on high and caught it; and this ball \
        was her favorite plaything.
        """

    static func paperWidth(_ c: Character) -> Double {
        let lower = Array("abcdefghijklmnopqrstuvwxyz")
        let widths: [Double] = [9, 10, 8, 10, 8, 6, 9, 10, 5, 6, 10, 5, 15, 10, 9, 10, 10, 7, 7, 7, 10, 9, 13, 10, 10, 8]
        if let i = lower.firstIndex(of: c) { return widths[i] }
        switch c {
        case "C": return 13
        case "I", "-": return 6
        case ",", ";", ".", "'": return 5
        default: Issue.record("no width for \(c)"); return 0
        }
    }

    /// The paragraph's items, and the text of each box by item index.
    static func frogKingItems() -> (items: [BreakItem], text: [Int: String]) {
        var items: [BreakItem] = [.box(width: 18)]
        var text: [Int: String] = [0: ""]
        let words = frogKing.split(separator: " ").map(String.init)
        for (n, word) in words.enumerated() {
            let pieces = word.contains("-") ? [String(word.prefix(through: word.firstIndex(of: "-")!)),
                                               String(word.suffix(from: word.index(after: word.firstIndex(of: "-")!)))]
                                            : [word]
            for (k, piece) in pieces.enumerated() {
                if k > 0 { items.append(.penalty(width: 0, cost: 50, flagged: true)) }
                text[items.count] = piece
                items.append(.box(width: piece.reduce(0) { $0 + paperWidth($1) }))
            }
            guard n < words.count - 1 else { break }
            switch word.last {
            case ",": items.append(.glue(width: 6, stretch: 4, shrink: 2))
            case ";": items.append(.glue(width: 6, stretch: 4, shrink: 1))
            case ".": items.append(.glue(width: 8, stretch: 6, shrink: 1))
            default: items.append(.glue(width: 6, stretch: 3, shrink: 2))
            }
        }
        return (BreakItem.endingParagraph(items), text)
    }

    /// The paper's settings: tolerance ρ = 1 (badness 100), α = γ = 3000, no first pass.
    static let paperSettings = LineBreakSettings(tolerance: 100, pretolerance: nil, flaggedDemerits: 3000,
                                                 fitnessDemerits: 3000)

    static func lines(_ breaks: [LineBreak], text: [Int: String]) -> [String] {
        var start = 0
        return breaks.map { b in
            defer { start = b.position + 1 }
            let words = (start..<b.position).compactMap { text[$0] }.filter { !$0.isEmpty }
            var line = ""
            for w in words { line += line.isEmpty || line.hasSuffix("-") ? w : " " + w }
            return line
        }
    }

    @Test func frogKingGivesThePublishedBreaks() {
        let (items, text) = Self.frogKingItems()
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 500 }, settings: Self.paperSettings)
        #expect(Self.lines(breaks, text: text) == [
            "In olden times when wishing still helped one, there lived a",
            "king whose daughters were all beautiful; and the youngest was",
            "so beautiful that the sun itself, which has seen so much, was",
            "astonished whenever it shone in her face. Close by the king's",
            "castle lay a great dark forest, and under an old lime-tree in the",
            "forest was a well, and when the day was very warm, the king's",
            "child went out into the forest and sat down by the side of the",
            "cool fountain; and when she was bored she took a golden ball,",
            "and threw it up on high and caught it; and this ball was her",
            "favorite plaything.",
        ])
        let ratios = breaks.map { ($0.ratio * 1000).rounded() / 1000 }
        #expect(ratios == [0.774, 0.179, 0.629, 0.545, 0, 0.079, 0.282, 0.294, 0.575, 0])
        #expect(breaks.allSatisfy { !$0.hyphenated && !$0.overfull })
    }

    @Test func loosenessSetsOneLineMoreWhereTheToleranceAllows() {
        let (items, _) = Self.frogKingItems()
        var settings = Self.paperSettings
        settings.tolerance = 10000
        settings.looseness = 1
        let looser = LineBreaker.breaks(items, lineWidth: { _ in 500 }, settings: settings)
        #expect(looser.count == 11)
        #expect(looser.allSatisfy { $0.ratio < 2.5 && !$0.overfull })
        // Within a tolerance of 1000 there is no 11-line setting, nor a 9-line one: the best stays.
        settings.tolerance = 1000
        #expect(LineBreaker.breaks(items, lineWidth: { _ in 500 }, settings: settings).count == 10)
        settings.looseness = -1
        #expect(LineBreaker.breaks(items, lineWidth: { _ in 500 }, settings: settings).count == 10)
    }

    // MARK: The optimum, checked against every possible set of breaks

    @Test func smallParagraphsGetTheOptimumOfAllBreakSets() {
        var random = SeededRandom(seed: 0x4B50_0001)
        var checked = 0, rescued = 0
        for _ in 0..<400 {
            let items = randomParagraph(&random, words: random.int(in: 2...8), hyphenation: 0.3, forced: 0.05)
            let first = Double(random.int(in: 40...160)), rest = Double(random.int(in: 40...160))
            var settings = LineBreakSettings(tolerance: [100, 200, 1000][random.int(in: 0...2)], pretolerance: nil)
            settings.maxConsecutiveHyphens = random.int(in: 1...2)
            settings.flaggedDemerits = [0, 3000, 10000][random.int(in: 0...2)]
            settings.fitnessDemerits = [0, 3000, 10000][random.int(in: 0...2)]
            let widths = { (line: Int) in line == 0 ? first : rest }
            let breaks = LineBreaker.breaks(items, lineWidth: widths, settings: settings)
            let oracle = BreakOracle(items: items, lineWidth: widths, settings: settings)
            guard oracle.legal.count <= 12 else { continue }
            if let best = oracle.best(threshold: settings.tolerance) {
                #expect(abs((oracle.demerits(breaks.map(\.position), threshold: settings.tolerance) ?? .infinity) - best)
                        <= 1e-6 * max(1, best), "\(items) \(first)/\(rest)")
                checked += 1
            } else if let best = oracle.best(threshold: .infinity, final: true) {
                #expect(abs((oracle.demerits(breaks.map(\.position), threshold: .infinity, final: true) ?? .infinity) - best)
                        <= 1e-6 * max(1, best), "\(items) \(first)/\(rest)")
                rescued += 1
            } else {
                #expect(breaks.contains { $0.overfull })
            }
        }
        #expect(checked > 100 && rescued > 10, "\(checked) optimal, \(rescued) rescued")
    }

    // MARK: Random paragraphs

    @Test func randomParagraphsKeepTheInvariants() {
        var random = SeededRandom(seed: 0x4B50_0002)
        for _ in 0..<300 {
            let items = randomParagraph(&random, words: random.int(in: 1...200), hyphenation: 0.4, forced: 0.01)
            let first = Double(random.int(in: 60...400)), rest = Double(random.int(in: 60...400))
            var settings = LineBreakSettings.standard
            settings.emergencyStretch = [0, 20][random.int(in: 0...1)]
            settings.maxConsecutiveHyphens = random.int(in: 1...3)
            let widths = { (line: Int) in line == 0 ? first : rest }
            let breaks = LineBreaker.breaks(items, lineWidth: widths, settings: settings)
            let oracle = BreakOracle(items: items, lineWidth: widths, settings: settings)
            let context = "\(items.count) items, measure \(first)/\(rest)"

            #expect(zip(breaks, breaks.dropFirst()).allSatisfy { $0.position < $1.position }, "\(context)")
            #expect(breaks.last?.position == oracle.legal.last, "\(context)")
            #expect(breaks.allSatisfy { oracle.legal.contains($0.position) }, "\(context)")
            #expect(breaks.allSatisfy { $0.hyphenated == oracle.isFlagged($0.position) }, "\(context)")

            guard oracle.canAvoidOverfullLines else { continue }
            #expect(!breaks.contains { $0.overfull }, "\(context)")
            var start = -1
            for (n, b) in breaks.enumerated() {
                let line = oracle.line(from: start, to: b.position)
                #expect(line.width - line.shrink <= widths(n) + 1e-6, "line \(n): \(context)")
                if line.fills == 0, line.width > widths(n) + 1e-9 {
                    #expect(abs(b.ratio - (widths(n) - line.width) / line.shrink) < 1e-9)
                } else if line.fills == 0, line.width < widths(n) - 1e-9, line.stretch > 0 {
                    #expect(abs(b.ratio - (widths(n) - line.width) / line.stretch) < 1e-9)
                }
                start = b.position
            }
            var run = 0
            for b in breaks {
                run = b.hyphenated ? run + 1 : 0
                #expect(run <= settings.maxConsecutiveHyphens, "\(context)")
            }
        }
    }

    @Test func theHyphenLimitHoldsWhereHyphensAreCheap() {
        var random = SeededRandom(seed: 0x4B50_0003)
        for limit in 1...3 {
            for _ in 0..<40 {
                // Free hyphenation points everywhere make hyphenated lines the cheapest.
                var items: [BreakItem] = []
                for w in 0..<random.int(in: 20...120) {
                    if w > 0 { items.append(.glue(width: 4, stretch: 2, shrink: 1.3)) }
                    for s in 0..<random.int(in: 1...4) {
                        if s > 0 { items.append(.penalty(width: 3, cost: -500, flagged: true)) }
                        items.append(.box(width: Double(random.int(in: 8...20))))
                    }
                }
                var settings = LineBreakSettings(tolerance: 10000, pretolerance: nil, maxConsecutiveHyphens: limit)
                settings.flaggedDemerits = 0
                let breaks = LineBreaker.breaks(BreakItem.endingParagraph(items), lineWidth: { _ in 90 }, settings: settings)
                var run = 0, most = 0
                for b in breaks {
                    run = b.hyphenated ? run + 1 : 0
                    most = max(most, run)
                }
                #expect(most <= limit)
                #expect(!breaks.contains { $0.overfull })
            }
        }
    }

    // MARK: Special cases

    @Test func emptyParagraphHasNoLines() {
        #expect(LineBreaker.breaks([], lineWidth: { _ in 100 }, settings: .standard).isEmpty)
    }

    @Test func paragraphEndDropsTrailingSpaceAndFillsTheLastLine() {
        let items: [BreakItem] = [.box(width: 30), .glue(width: 5, stretch: 2, shrink: 1), .box(width: 30),
                                  .glue(width: 5, stretch: 2, shrink: 1)]
        let ended = BreakItem.endingParagraph(items)
        #expect(ended.count == 6 && ended[3] == .penalty(width: 0, cost: 10000, flagged: false))
        let breaks = LineBreaker.breaks(ended, lineWidth: { _ in 100 }, settings: .standard)
        #expect(breaks == [LineBreak(position: 5, ratio: 0, hyphenated: false)])
    }

    @Test func forcedBreaksEndLinesAndAnEndWithoutOneEndsAtTheCount() {
        let items: [BreakItem] = [.box(width: 20), .penalty(width: 0, cost: -10000, flagged: false),
                                  .box(width: 20), .penalty(width: 0, cost: -20000, flagged: false),
                                  .penalty(width: 0, cost: -10000, flagged: false), .box(width: 20)]
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 100 }, settings: .standard)
        #expect(breaks.map(\.position) == [1, 3, 4, 6])
        #expect(breaks.allSatisfy { !$0.overfull })
    }

    @Test func aForcedBreakIsTakenEvenWhenFlaggedAndHyphensAreNotYetTried() {
        let items: [BreakItem] = [.box(width: 20), .glue(width: 4, stretch: 2, shrink: 1), .box(width: 20),
                                  .penalty(width: 3, cost: -10000, flagged: true)]
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 47 }, settings: .standard)
        #expect(breaks == [LineBreak(position: 3, ratio: 0, hyphenated: true)])
    }

    /// Words 20 wide with spaces (5, 3, 1.3): six fill a 145-point line, eight a 195-point one.
    static func evenWords(_ count: Int, hyphenCost: Double? = nil) -> [BreakItem] {
        var items: [BreakItem] = []
        for w in 0..<count {
            if w > 0 { items.append(.glue(width: 5, stretch: 3, shrink: 1.3)) }
            if let hyphenCost {
                items += [.box(width: 10), .penalty(width: 3, cost: hyphenCost, flagged: true), .box(width: 10)]
            } else {
                items.append(.box(width: 20))
            }
        }
        return BreakItem.endingParagraph(items)
    }

    @Test func aFirstLineIndentIsReadFromTheMeasure() {
        let items = Self.evenWords(30)
        let breaks = LineBreaker.breaks(items, lineWidth: { $0 == 0 ? 145 : 195 }, settings: .standard)
        // Glue follows each box: the first line ends at the 6th glue (item 11), the next at the 14th.
        #expect(breaks.map(\.position) == [11, 27, 43, 61])
        #expect(breaks.dropLast().allSatisfy { $0.ratio == 0 })
    }

    @Test func aParagraphThatFitsWithoutHyphensGetsNone() {
        // Hyphens that earn a bonus (cost −500), in words that set perfectly without them.
        let items = Self.evenWords(32, hyphenCost: -500)
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 195 }, settings: .standard)
        #expect(!breaks.contains { $0.hyphenated })
        #expect(breaks.count == 4)
        var noFirstPass = LineBreakSettings.standard
        noFirstPass.pretolerance = nil
        let hyphenated = LineBreaker.breaks(items, lineWidth: { _ in 195 }, settings: noFirstPass)
        #expect(hyphenated.contains { $0.hyphenated })
    }

    @Test func emergencyStretchSetsWhatTheToleranceCannot() {
        // Two long words and one short space: no line can be both full and within tolerance.
        let items = BreakItem.endingParagraph([.box(width: 60), .glue(width: 4, stretch: 2, shrink: 1),
                                               .box(width: 60), .glue(width: 4, stretch: 2, shrink: 1),
                                               .box(width: 60)])
        var settings = LineBreakSettings.standard
        settings.emergencyStretch = 80
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 100 }, settings: settings)
        #expect(breaks.map(\.position) == [1, 3, 7])
        #expect(!breaks.contains { $0.overfull })
    }

    // MARK: Last resorts and hostile input

    @Test func aFiveThousandCharacterWordBreaksBetweenItsCharacters() throws {
        var random = SeededRandom(seed: 5000)
        var items: [BreakItem] = [.box(width: 30), .glue(width: 3.3, stretch: 1.7, shrink: 1.1)]
        for c in 0..<5000 {
            if c > 0 { items.append(.penalty(width: 0, cost: 0, flagged: false)) }
            items.append(.box(width: 4 + Double(random.int(in: 0...50)) / 10))
        }
        items += [.glue(width: 3.3, stretch: 1.7, shrink: 1.1), .box(width: 30)]
        items = BreakItem.endingParagraph(items)
        let began = Self.threadTime()
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 462 }, settings: .standard)
        let elapsed = Self.threadTime() - began
        let oracle = BreakOracle(items: items, lineWidth: { _ in 462 }, settings: .standard)
        #expect(!breaks.contains { $0.overfull })
        var start = -1
        for b in breaks {
            let line = oracle.line(from: start, to: b.position)
            #expect(line.width - line.shrink <= 462 + 1e-6)
            start = b.position
        }
        let total = oracle.line(from: -1, to: items.count - 1).width
        // Each line holds all but at most one character (9 points) of what fits.
        #expect(breaks.count <= Int((total / (462 - 9)).rounded(.up)), "\(breaks.count) lines")
        #expect(elapsed < 5, "\(elapsed) s")
    }

    #if DEBUG
    /// Unoptimised builds run the hostile cases smaller: the same code is about fifty times slower.
    static let hostileItems = 2000, hostileTimeLimit = 10.0
    #else
    static let hostileItems = 100_000, hostileTimeLimit = 1.0
    #endif

    /// Seconds of processor time this thread has used: unlike the clock on the wall, it does not
    /// grow when other work shares the machine.
    static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    // One case at a time, so that each is timed alone.
    @Test(.serialized, arguments: HostileCase.allCases)
    func hostileInputEndsFast(_ hostile: HostileCase) {
        let items = hostile.items(count: Self.hostileItems)
        let start = Self.threadTime()
        let breaks = LineBreaker.breaks(items, lineWidth: { _ in 300 }, settings: hostile.settings)
        let elapsed = Self.threadTime() - start
        #expect(!breaks.isEmpty)
        #expect(zip(breaks, breaks.dropFirst()).allSatisfy { $0.position < $1.position })
        #expect(breaks.last?.position == items.count || breaks.last?.position == items.count - 1)
        #expect(elapsed < Self.hostileTimeLimit, "\(hostile): \(elapsed) s")
    }

    @Test func nonFiniteValuesAreReadAsZero() {
        let items: [BreakItem] = [.box(width: .nan), .glue(width: .infinity, stretch: .nan, shrink: -5),
                                  .box(width: 50), .penalty(width: .nan, cost: .nan, flagged: true),
                                  .box(width: -.infinity), .glue(width: 5, stretch: 3, shrink: 2), .box(width: 40)]
        let breaks = LineBreaker.breaks(BreakItem.endingParagraph(items), lineWidth: { _ in .nan }, settings: .standard)
        #expect(!breaks.isEmpty)
        let fine = LineBreaker.breaks(BreakItem.endingParagraph(items), lineWidth: { _ in 100 }, settings: .standard)
        #expect(fine.count == 1 && !fine[0].overfull)
    }
}

/// Inputs built to make a careless breaker slow or stuck.
enum HostileCase: CaseIterable, Sendable {
    /// Words wider than the measure, so no line fits.
    case everyWordTooWide
    /// One unbreakable run of boxes.
    case noBreakAtAll
    /// Zero-width words and stretchy spaces: no line ever becomes too wide, so no node ever leaves.
    case nothingHasWidth
    /// Spaces with no stretch or shrink between narrow words: no line can be justified.
    case rigidSpaces
    /// Every item a forced break.
    case onlyForcedBreaks
    /// Free hyphenation points between all characters and a huge tolerance.
    case hyphensEverywhere

    var settings: LineBreakSettings {
        switch self {
        case .hyphensEverywhere: LineBreakSettings(tolerance: 10000, pretolerance: nil, emergencyStretch: 50)
        default: LineBreakSettings(tolerance: 200, pretolerance: 100, emergencyStretch: 30)
        }
    }

    func items(count: Int) -> [BreakItem] {
        (0..<count).map { i in
            switch self {
            case .everyWordTooWide: i % 2 == 0 ? .box(width: 400) : .glue(width: 4, stretch: 2, shrink: 1)
            case .noBreakAtAll: .box(width: 7)
            case .nothingHasWidth: i % 2 == 0 ? .box(width: 0) : .glue(width: 0, stretch: 2, shrink: 0)
            case .rigidSpaces: i % 2 == 0 ? .box(width: 9) : .glue(width: 4, stretch: 0, shrink: 0)
            case .onlyForcedBreaks: .penalty(width: 0, cost: -10000, flagged: false)
            case .hyphensEverywhere: i % 2 == 0 ? .box(width: 6) : .penalty(width: 3, cost: 0, flagged: true)
            }
        }
    }
}
