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
    var text: PieceText

    init(font: UInt, script: Int32, language: UInt, mode: UInt32, letterSpacing: Int32, text: [UInt8]) {
        self.init(font: font, script: script, language: language, mode: mode, letterSpacing: letterSpacing,
                  pieceText: PieceText(owning: text))
    }

    init(font: UInt, script: Int32, language: UInt, mode: UInt32, letterSpacing: Int32, pieceText: PieceText) {
        self.font = font; self.script = script; self.language = language; self.mode = mode
        self.letterSpacing = letterSpacing; self.text = pieceText
    }
}

/// A piece's UTF-8 text in a key: owned by the keys the cache keeps, or borrowed for the span of
/// one lookup, so that finding a piece allocates nothing. A borrowed key never enters the cache.
struct PieceText: Hashable {
    private let owned: [UInt8]?
    private let borrowed: UnsafeBufferPointer<UInt8>?

    init(owning bytes: [UInt8]) { owned = bytes; borrowed = nil }
    /// Borrows `bytes`, which must stay valid while the key is used.
    init(borrowing bytes: UnsafeBufferPointer<UInt8>) { owned = nil; borrowed = bytes }

    var isOwned: Bool { owned != nil }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let owned { return try owned.withUnsafeBufferPointer(body) }
        return try body(borrowed ?? UnsafeBufferPointer(start: nil, count: 0))
    }

    static func == (a: PieceText, b: PieceText) -> Bool {
        a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
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

    /// Returns the piece shaped for `key` (which may borrow its text), if held, counting a hit.
    mutating func run(for key: ShapingKey) -> GlyphRun? {
        if let run = current[key] { hits += 1; return run }
        if let index = previous.index(forKey: key) {
            // Moved on with the key the cache holds, which owns its text.
            let (held, run) = previous[index]
            previous.remove(at: index)
            hits += 1
            store(run, for: held)
            return run
        }
        return nil
    }

    /// Counts a piece shaped without the cache.
    mutating func countMiss() { misses += 1 }

    /// Keeps a newly shaped piece, counting a miss. `key` must own its text.
    mutating func insert(_ run: GlyphRun, for key: ShapingKey) {
        assert(key.text.isOwned, "a key kept by the cache owns its text")
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
