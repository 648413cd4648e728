// PangoLineBreakTests: the line breaks found without Pango are Pango's, for every text they take.
@testable import CairoPango
import CCairo
import Testing

@Suite struct PangoLineBreakTests {
    /// One or more characters of every class `SimpleLineBreaks` takes.
    static let representatives: [Unicode.Scalar] = [
        "a", "Z", "é", "ł", "·", "#", "&", "*", "@", "_", "~", "1", " ", "\u{A0}", "\"", "'", "‘", "’", "“", "”", "«",
        "»", "(", "[", "{", ")", "]", "}", ",", ".", ":", ";", "!", "?", "/", "-", "|", "–", "—", "$", "+", "\\", "%",
        "…",
    ]

    /// Fewer, one of each class, for longer strings.
    static let classes: [Unicode.Scalar] = [
        "a", "1", " ", "\u{A0}", "\"", "’", "(", "{", ")", "}", ",", "!", "/", "-", "|", "—", "$", "%", "…",
    ]

    /// The differences between the two answers for `scalars`, described.
    static func differences(_ scalars: [Unicode.Scalar]) -> String? {
        guard let simple = SimpleLineBreaks.opportunities(scalars) else { return "not taken" }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let pango = PangoShaper.pangoLogAttributes(Array(text.utf8), count: scalars.count, level: 0, language: "en")
        for i in scalars.indices {
            let pangoBreaks = i > 0 && pango[i].is_line_break != 0 && pango[i].is_mandatory_break == 0
            let pangoWhite = pango[i].is_white != 0
            let white = scalars[i] == " " || scalars[i] == "\u{A0}"
            if simple[i] != pangoBreaks || white != pangoWhite {
                let shown = scalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
                return "\(shown) «\(text)» at \(i): pango \(pangoBreaks) \(pangoWhite), here \(simple[i]) \(white)"
            }
        }
        return nil
    }

    @Test func everyStringOfUpToThreeCharactersBreaksAsPangoBreaksIt() {
        var found: [String] = []
        let set = Self.representatives
        for a in set {
            if let d = Self.differences([a]) { found.append(d) }
            for b in set {
                if let d = Self.differences([a, b]) { found.append(d) }
                for c in set { if let d = Self.differences([a, b, c]) { found.append(d) } }
            }
        }
        #expect(found.isEmpty, "\(found.count) differ, e.g.\n\(found.prefix(40).joined(separator: "\n"))")
    }

    @Test func everyStringOfFourClassesBreaksAsPangoBreaksIt() {
        var found: [String] = []
        let set = Self.classes
        for a in set { for b in set { for c in set { for d in set {
            if let diff = Self.differences([a, b, c, d]) { found.append(diff) }
        } } } }
        #expect(found.isEmpty, "\(found.count) differ, e.g.\n\(found.prefix(40).joined(separator: "\n"))")
    }

    @Test func longerRandomStringsBreakAsPangoBreaksThem() {
        // Numbers with their signs, brackets and separators weigh more: LB25 is a pattern.
        let pool = Self.representatives + Array(repeating: "1", count: 6) + ["$", "%", "(", ")", "-", ",", ".", "/", " ", " "]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var found: [String] = []
        for _ in 0..<60_000 {
            let scalars = (0..<(5 + next(20))).map { _ in pool[next(pool.count)] }
            if let d = Self.differences(scalars) { found.append(d) }
        }
        #expect(found.isEmpty, "\(found.count) differ, e.g.\n\(found.prefix(40).joined(separator: "\n"))")
    }

    @Test func proseBreaksAsPangoBreaksIt() {
        let prose = [
            "On 1 September 2013, fifty-two residents of Camp Ashraf were killed and seven were abducted; "
                + "the United Nations called for an independent investigation (UNAMI, 2 Sept.).",
            "“We counted the missing ourselves,” said a resident — the figures (52 killed, 7 abducted) are disputed.",
            "Casualties rose 40% in 2014–2015; see pp. 12–14 and https://news.example.org/2015/03/arson-attack.",
            "Prices of $1,200.50 and +3.5% (est.) … the mayor’s office said: «nothing» ‘yet’.",
        ]
        for text in prose {
            let scalars = Array(text.unicodeScalars)
            #expect(Self.differences(scalars) == nil, "\(Self.differences(scalars) ?? "")")
        }
    }

    @Test func otherCharactersAreLeftToPango() {
        for scalar: Unicode.Scalar in ["\t", "\n", "\u{AD}", "\u{300}", "\u{627}", "\u{2028}", "\u{200B}", "\u{D7}", "\u{3000}"] {
            #expect(SimpleLineBreaks.opportunities(["a", scalar, "b"]) == nil, "U+\(String(scalar.value, radix: 16))")
        }
    }
}
