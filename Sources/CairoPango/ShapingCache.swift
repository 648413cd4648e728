// ShapingCache: each distinct piece of text in one font and direction is shaped once per build.
import DossierDisplay

/// What shaping a piece depends on: the font, the item's script, language, direction and
/// flags, letter spacing and the text. The font is compared by address, which stays valid
/// while an entry holds the font.
struct ShapingKey: Hashable {
    var font: UInt
    var script: Int32
    var language: UInt
    /// The bidi level's parity and the analysis flags.
    var mode: UInt32
    var letterSpacing: Int32
    var text: [UInt8]
}

/// Counts of the shaping cache: how often a piece was found and how often it was shaped.
public struct ShapingStatistics: Sendable, Hashable {
    /// Pieces found already shaped.
    public var hits: Int
    /// Pieces shaped (not found, or not cacheable).
    public var misses: Int
    /// Pieces held now.
    public var entries: Int
}

/// Shaped pieces by key, bounded by generations: when the current generation is full it
/// becomes the previous one and the one before is dropped; a piece found in the previous
/// generation moves to the current one. Lookups stay O(1), memory stays under two
/// generations, and words in steady use survive. Not Sendable: guarded by the font library's lock.
struct ShapingCache {
    /// Pieces per generation.
    let limit: Int
    private var current: [ShapingKey: GlyphRun] = [:]
    private var previous: [ShapingKey: GlyphRun] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    init(limit: Int) { self.limit = max(1, limit) }

    /// Returns the piece shaped for `key`, if held, counting a hit.
    mutating func run(for key: ShapingKey) -> GlyphRun? {
        if let run = current[key] { hits += 1; return run }
        if let run = previous.removeValue(forKey: key) {
            hits += 1
            store(run, for: key)
            return run
        }
        return nil
    }

    /// Counts a piece shaped without the cache.
    mutating func countMiss() { misses += 1 }

    /// Keeps a newly shaped piece, counting a miss.
    mutating func insert(_ run: GlyphRun, for key: ShapingKey) {
        misses += 1
        store(run, for: key)
    }

    private mutating func store(_ run: GlyphRun, for key: ShapingKey) {
        if current.count >= limit {
            previous = current
            current = [:]
            current.reserveCapacity(limit)
        }
        current[key] = run
    }

    var statistics: ShapingStatistics {
        ShapingStatistics(hits: hits, misses: misses, entries: current.count + previous.count)
    }
}
