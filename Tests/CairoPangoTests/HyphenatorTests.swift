// HyphenatorTests: libhyphen's US and British patterns, and the rules dossier adds to them.
@testable import CairoPango
import Foundation
import Testing

@Suite struct HyphenatorTests {
    static let us = Hyphenator(language: "en-US")
    static let gb = Hyphenator(language: "en-GB")

    /// The word with "-" at each hyphenation point.
    static func marked(_ word: String, _ hyphenator: Hyphenator? = us) -> String {
        guard let hyphenator else { return "(no patterns)" }
        var out = ""
        var start = word.startIndex
        for point in hyphenator.hyphenationPoints(in: word) {
            out += word[start..<point] + "-"
            start = point
        }
        return out + word[start...]
    }

    @Test func patternsAreFoundByLanguageTag() throws {
        #expect(Self.us?.path.hasSuffix("hyph_en_US.dic") == true)
        #expect(Self.gb?.path.hasSuffix("hyph_en_GB.dic") == true)
        let plain = try #require(Hyphenator(language: "en"))
        #expect(plain.path.hasSuffix("hyph_en_US.dic") || plain.path.hasSuffix("hyph_en.dic"))
        #expect(Hyphenator(language: "en_us")?.path.hasSuffix("hyph_en_US.dic") == true)
        #expect(Hyphenator(language: "EN-gb")?.path.hasSuffix("hyph_en_GB.dic") == true)
    }

    @Test func aLanguageWithoutPatternsIsNotHyphenated() {
        #expect(Hyphenator(language: "xx") == nil)
        #expect(Hyphenator(language: "fa") == nil || FileManager.default.fileExists(atPath: "/usr/share/hyphen/hyph_fa.dic"))
        #expect(Hyphenator(language: "") == nil)
        #expect(Hyphenator(language: "../../etc/passwd") == nil)
        #expect(Hyphenator(language: "en", directory: "/nonexistent") == nil)
    }

    @Test func knownWordsBreakAsThePatternsSay() {
        #expect(Self.marked("hyphenation") == "hy-phen-ation")
        #expect(Self.marked("international") == "in-ter-na-tional")
        #expect(Self.marked("government") == "gov-ern-ment")
        #expect(Self.marked("humanitarian") == "hu-man-i-tar-ian")
        #expect(Self.marked("responsibility") == "re-spon-si-bil-ity")
        #expect(Self.marked("Government") == "Gov-ern-ment")
        #expect(Self.marked("investigation", Self.gb).contains("-"))
    }

    @Test func twoLettersBeforeAndThreeAfter() {
        for word in ["hyphenation", "international", "responsibility", "independent", "casualties",
                     "accountability", "abducted", "attack", "unanimously", "organisation"] {
            for hyphenator in [Self.us, Self.gb] {
                for point in hyphenator?.hyphenationPoints(in: word) ?? [] {
                    #expect(word.distance(from: word.startIndex, to: point) >= 2, "\(word)")
                    #expect(word.distance(from: point, to: word.endIndex) >= 3, "\(word)")
                }
            }
        }
        #expect(Self.marked("into") == "into")
        #expect(Self.marked("a") == "a")
    }

    @Test func punctuationAroundAWordIsKeptOutOfIt() {
        #expect(Self.marked("(government),") == "(gov-ern-ment),")
        #expect(Self.marked("“international”") == "“in-ter-na-tional”")
        #expect(Self.marked("government.") == "gov-ern-ment.")
    }

    @Test(arguments: ["https://www.ncri.org/statement", "www.example.org", "info@example.org",
                      "ashraf-2013-09-01", "ncri_2019_09_01", "UNAMI", "NATO's", "covid19", "1,000,000",
                      "e.g.", "10:30", "ID:international"])
    func addressesNumbersAndAcronymsAreNotHyphenated(_ word: String) {
        #expect(Self.us?.hyphenationPoints(in: word) == [], "\(word)")
    }

    @Test func aWordWithItsOwnHyphenBreaksOnlyAfterIt() {
        #expect(Self.us?.hyphenationPoints(in: "lime-tree").map { "lime-tree"[$0...] } == ["tree"])
        #expect(Self.us?.hyphenationPoints(in: "self-determination").map { "self-determination"[$0...] }
                == ["determination"])
        // Too little on one side: no break at all.
        #expect(Self.us?.hyphenationPoints(in: "e-mail") == [])
        #expect(Self.us?.hyphenationPoints(in: "co-op") == [])
        #expect(Self.us?.hyphenationPoints(in: "UNHCR-backed").map { "UNHCR-backed"[$0...] } == ["backed"])
        // Soft hyphens are the author's choice of points.
        let soft = "inter\u{00AD}national"
        #expect(Self.us?.hyphenationPoints(in: soft).map { String(soft[$0...]) } == ["national"])
    }

    @Test func emptyAndHugeInput() {
        #expect(Self.us?.hyphenationPoints(in: "") == [])
        #expect(Self.us?.hyphenationPoints(in: "  ") == [])
        #expect(Self.us?.hyphenationPoints(in: "…") == [])
        let huge = String(repeating: "international", count: 10_000)
        #expect(Self.us?.hyphenationPoints(in: huge) == [])
        let long = String(repeating: "ab", count: Hyphenator.longestWord / 2)
        _ = Self.us?.hyphenationPoints(in: long)
    }

    @Test func lettersBeyondLatinAndCombiningMarks() {
        // Accented letters pass through the UTF-8 patterns; points never split a character.
        let word = "re\u{0301}sume\u{0301}s-international"
        for point in Self.us?.hyphenationPoints(in: word) ?? [] {
            #expect(point.samePosition(in: word.unicodeScalars) != nil)
        }
        #expect(Self.marked("naïveté").count >= "naïveté".count)
        #expect(Self.us?.hyphenationPoints(in: "نمی‌شویم") == [])
        #expect(Self.us?.hyphenationPoints(in: "İnternational").isEmpty == false)
    }

    @Test func oneHyphenatorServesManyThreads() async {
        guard let us = Self.us else { Issue.record("no US patterns"); return }
        let words = ["hyphenation", "international", "government", "responsibility", "humanitarian"]
        let expected = words.map { us.hyphenationPoints(in: $0).count }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<500).allSatisfy { _ in words.map { us.hyphenationPoints(in: $0).count } == expected }
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
