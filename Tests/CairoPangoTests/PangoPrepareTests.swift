// PangoPrepareTests: itemizing and shaping into cached pieces, without line breaking.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct PangoPrepareTests {
    let serif = TestFonts.serif
    let text = "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
        + "the United Nations called for an independent investigation of the attack. \"AVAILABLE\" To Ty, WAVE."

    private func prepare(_ string: String, shaper: PangoShaper = TestFonts.shaper, style: TextStyle? = nil,
                         language: String? = "en") throws -> ShapedText {
        try shaper.prepare(StyledText(string, style: style ?? serif),
                           format: ParagraphFormat(width: .infinity, leading: .pt(14), language: language))
    }

    @Test func piecesCoverTheTextAsWordsAndSpaces() throws {
        let shaped = try prepare(text)
        #expect(shaped.text == Array(text.utf8))
        var offset = 0
        for piece in shaped.pieces {
            #expect(piece.range.lowerBound == offset)
            offset = piece.range.upperBound
            let run = try #require(piece.run)
            #expect(run.text == Array(shaped.text[piece.range]))
            #expect(piece.kind == (run.text == [0x20] ? .space : .word))
        }
        #expect(offset == shaped.text.count)
        let words = shaped.pieces.filter { $0.kind == .word }.map { String(decoding: $0.run!.text, as: UTF8.self) }
        #expect(words == text.split(separator: " ").map(String.init))
        #expect(shaped.baseLevel == 0)
    }

    @Test func breaksFollowTheUnicodeRules() throws {
        let shaped = try prepare("fifty-two residents")
        let offsets = shaped.breaks.map(\.offset)
        // After the hyphen, and after the space (before "residents").
        #expect(offsets == [6, 10])
    }

    /// Kerning across a space is negligible for Noto Serif: a word shaped alone has the advances it
    /// has inside its sentence, so shaping word by word (and caching words) changes no width.
    @Test func wordsShapedAloneMeasureAsTheSentence() throws {
        for string in [text, "Tyrant’s “Yes”, AWAY — To Vienna; P.S. (Wait) 1,234.56 Ty’ T. Y. V. W.",
                       "Fiona’s office — a café in Aÿr, Ŧest; fjord ffi ffl"] {
            let shaped = try prepare(string)
            let sum = shaped.pieces.compactMap(\.run).reduce(0) { $0 + $1.width }
            let whole = try TestFonts.shaper.measure(StyledText(string, style: serif))
            #expect(abs(Double(sum) / GlyphRun.unitsPerPoint - whole.points) < 0.002, "\(string)")
        }
    }

    @Test func repeatedWordsAreShapedOnce() throws {
        let shaper = try PangoShaper(fonts: TestFonts.library)
        _ = try prepare("the cat and the dog and the bird", shaper: shaper)
        let first = shaper.shapingStatistics
        // Distinct pieces: the, cat, and, dog, bird, and the space.
        #expect(first.misses == 6)
        #expect(first.hits == 14 - 6 + 1)
        // The same short text again is served whole, without looking up its pieces.
        let again = try prepare("the cat and the dog and the bird", shaper: shaper)
        #expect(shaper.shapingStatistics == first)
        #expect(again.pieces.count == 15)
        // A text too long to be kept whole finds every piece shaped already.
        let long = "the cat and the dog and the bird and the cat and the dog and the bird"
        #expect(long.utf8.count > PangoShaper.preparedTextLimit)
        let shapedLong = try prepare(long, shaper: shaper)
        let second = shaper.shapingStatistics
        #expect(second.misses == first.misses)
        #expect(shapedLong.pieces.count == 33)
        #expect(second.hits == first.hits + 33)
        // Another size is another font: shaped again.
        _ = try prepare("the cat", shaper: shaper, style: serif.sized(.pt(12)))
        #expect(shaper.shapingStatistics.misses == first.misses + 3)
    }

    @Test func piecesAreSharedBetweenParagraphs() throws {
        let shaper = try PangoShaper(fonts: TestFonts.library)
        let a = try prepare("Ashraf residents", shaper: shaper), b = try prepare("residents of Ashraf", shaper: shaper)
        #expect(a.pieces[0].run === b.pieces[4].run)
        #expect(a.pieces[2].run === b.pieces[0].run)
    }

    @Test func theCacheIsBounded() {
        var cache = ShapingCache(limit: 2)
        let run = GlyphRun(font: TestFonts.dummyFont, text: [], glyphs: [], advances: [], clusters: [], rightToLeft: false)
        for i in 0..<10 {
            cache.insert(run, for: ShapingKey(font: 0, script: 0, language: 0, mode: 0, letterSpacing: 0, text: [UInt8(i)]))
        }
        #expect(cache.statistics.entries <= 4)
        #expect(cache.run(for: ShapingKey(font: 0, script: 0, language: 0, mode: 0, letterSpacing: 0, text: [9])) != nil)
        #expect(cache.run(for: ShapingKey(font: 0, script: 0, language: 0, mode: 0, letterSpacing: 0, text: [0])) == nil)
    }

    @Test func persianIsRightToLeftAndItsJoinersDrawNothing() throws {
        // "We do not become": the ZERO WIDTH NON-JOINER must not print.
        let persian = "ما هرگز تسلیم نمی‌شویم"
        let shaped = try prepare(persian, language: "fa")
        #expect(shaped.baseLevel == 1)
        for piece in shaped.pieces {
            #expect(piece.level == 1)
            let run = try #require(piece.run)
            #expect(run.rightToLeft)
            #expect((run.font as? PangoGlyphFont)?.family == "Noto Naskh Arabic")
            // Clusters fall from the first glyph to the last.
            #expect(zip(run.clusters, run.clusters.dropFirst()).allSatisfy { $0 >= $1 })
        }
        let word = try #require(shaped.pieces.last?.run)
        let zwnj = try #require(word.text.firstRange(of: Array("\u{200C}".utf8)))
        let glyphs = word.glyphRange(bytes: zwnj)
        #expect(glyphs.count == 1)
        #expect(word.glyphs[glyphs.lowerBound] == GlyphRun.invisible)
        #expect(word.advances[glyphs.lowerBound] == 0)
    }

    @Test func glyphAndByteRangesMapBothWays() throws {
        for (string, language) in [("international", "en"), ("تسلیم", "fa")] {
            let run = try #require(try prepare(string, language: language).pieces.first?.run)
            let all = run.glyphRange(bytes: 0..<run.text.count)
            #expect(all == 0..<run.glyphs.count)
            let head = run.glyphRange(bytes: 0..<4)
            #expect(run.byteRange(glyphs: head) == 0..<4)
            let tail = run.glyphRange(bytes: 4..<run.text.count)
            #expect(run.byteRange(glyphs: tail) == 4..<run.text.count)
            #expect(run.width(of: head) + run.width(of: tail) == run.width)
        }
    }

    @Test func newlinesArePiecesOfTheirOwn() throws {
        let shaped = try prepare("first\nsecond\r\nthird")
        #expect(shaped.pieces.map(\.kind) == [.word, .lineBreak, .word, .lineBreak, .word])
        #expect(shaped.pieces[3].range.count == 2)
        #expect(shaped.pieces[1].run == nil)
    }

    @Test func spansSplitPiecesAndKeepTheirIndex() throws {
        var bold = serif
        bold.bold = true
        let styled = StyledText([TextSpan("Camp Ash", style: serif), TextSpan("raf", style: bold), TextSpan(" now", style: serif)])
        let shaped = try TestFonts.shaper.prepare(styled, format: ParagraphFormat(width: .infinity, leading: .pt(14)))
        #expect(shaped.pieces.map(\.span) == [0, 0, 0, 1, 2, 2])
        #expect(shaped.pieces[2].run?.font !== shaped.pieces[3].run?.font)
        // No break between the two spans of "Ashraf".
        #expect(shaped.breaks.map(\.offset) == [5, 12])
    }

    @Test func emptyTextHasMetricsAndNoPieces() throws {
        let shaped = try prepare("")
        #expect(shaped.pieces.isEmpty)
        #expect(shaped.ascent > .pt(8) && shaped.descent > .pt(1))
    }

    @Test func aVeryLongWordIsOnePieceWithoutOverflow() throws {
        let word = String(repeating: "abcdefghij", count: 25_000)
        let shaped = try prepare(word)
        #expect(shaped.pieces.count == 1)
        let run = try #require(shaped.pieces[0].run)
        #expect(run.glyphs.count == 250_000)
        // Over 2^31 units: the width is counted in Int.
        #expect(run.width > Int(Int32.max) / 2)
        #expect(run.glyphRange(bytes: 100_000..<100_010) == 100_000..<100_010)
    }

    @Test func letterSpacingGoesBetweenLetters() throws {
        var spaced = serif
        spaced.letterSpacing = .pt(2)
        let plain = try prepare("Ashraf camp").pieces.compactMap(\.run).reduce(0) { $0 + $1.width }
        let wide = try prepare("Ashraf camp", style: spaced).pieces.compactMap(\.run).reduce(0) { $0 + $1.width }
        // Ten gaps between eleven characters.
        #expect(abs(Double(wide - plain) / GlyphRun.unitsPerPoint - 20) < 0.01)
    }
}
