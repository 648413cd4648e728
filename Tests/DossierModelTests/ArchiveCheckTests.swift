// ArchiveCheckTests: quotations compared with small archive texts written for the tests, and the closest
// passage shown when the words are not there.

import Testing
@testable import DossierModel

@Suite struct ArchiveCheckTests {
    static let expected = "expected the words exactly as in the source; white space, quote marks, apostrophes, dashes "
        + "and letter case may differ, and … marks an omission"

    @Test func fixtureReportsOnlyTheQuotationsNotFound() {
        let result = ProjectLoader.load(directory: Paths.tests.appendingPathComponent("Fixtures/archive").path)
        #expect(result.diagnostics.map(\.description) == [
            "quotations.yaml:29:9: warning: misquoted.text: quotation not found in the archive copy of source \"statement\" "
                + "(archive/statement.txt); the closest passage is \"Inside the camp, the delegation witnessed 52 bodies in a "
                + "makeshift morgue.\"; " + Self.expected,
            "quotations.yaml:34:9: warning: absent.text: quotation not found in the archive copy of source \"statement\" "
                + "(archive/statement.txt), nor anything close to it; " + Self.expected,
            "quotations.yaml:39:9: warning: out-of-order.text: quotation not found in the archive copy of source \"statement\" "
                + "(archive/statement.txt); the closest passage is \"Inside the camp, the delegation witnessed 52 bodies in a "
                + "makeshift morgue.\"; " + Self.expected,
        ])
        #expect(result.dossier?.quotations.count == 8)
    }

    @Test func normalisesSpacingQuotesApostrophesDashesAndCase() {
        let text = NormalisedText("  “It’s  here”\n— said  the ‘Chair’ – at\u{00AD}tacked… ")
        #expect(text.text == "\"it's here\" - said the 'chair' - attacked...")
        // Each normalised character knows where it came from.
        #expect(text.original[text.origins[1]] == "I")
        #expect(text.originalText(from: 1, to: 10) == "It’s here")
    }

    @Test func splitsAQuotationAtItsOmissions() {
        #expect(ArchiveCheck.fragments(of: "First part … second part [...] third. ...") == ["first part", "second part", "third."])
        #expect(ArchiveCheck.firstMissing(["a b", "d"], in: "a b c d") == nil)
        #expect(ArchiveCheck.firstMissing(["d", "a b"], in: "a b c d") == "a b")
    }

    @Test func findsTheClosestStretch() {
        let match = ClosestPassage.find(Array("nine camp"), in: Array("killing at least nine cmap residents"))
        #expect(match == ClosestPassage.Match(start: 17, end: 26, distance: 2))
        #expect(ClosestPassage.find(Array("x"), in: Array("")) == nil)
        // Words work as well as letters.
        let words = ClosestPassage.find(["at", "least", "ten"], in: ["killing", "at", "least", "nine", "camp"])
        #expect(words == ClosestPassage.Match(start: 1, end: 4, distance: 1))
    }

    @Test func centresALongPassageOnTheFirstDifference() throws {
        let sentence = "The security forces also used live ammunition, apparently killing at least nine camp residents, "
            + "and detained 36 others who they tortured and then released many weeks later after a hunger strike."
        let quoted = ArchiveCheck.Quoted(id: "q", text: "apparently killing at least ten camp residents", sources: ["s"],
                                         location: nil, field: "q.text")
        let diagnostic = try #require(ArchiveCheck.diagnostic(for: quoted, in: [.init(source: "s", path: "s.txt", text: sentence)]))
        #expect(diagnostic.message == "quotation not found in the archive copy of source \"s\" (s.txt); the closest passage is "
            + "\"… apparently killing at least nine camp residents, and detained 36 others who they tortured and …\"")
    }

    @Test func searchesWordByWordInALongCopy() throws {
        let filler = String(repeating: "Nothing of note happened on this day in the camp. ", count: 2_000)
        let text = filler + "The delegation witnessed 52 bodies in a makeshift morgue. " + filler
        let quoted = ArchiveCheck.Quoted(id: "q", text: "the delegation witnessed 53 bodies in a makeshift morgue", sources: ["s"],
                                         location: nil, field: "q.text")
        let diagnostic = try #require(ArchiveCheck.diagnostic(for: quoted, in: [.init(source: "s", path: "s.txt", text: text)]))
        #expect(diagnostic.message.hasSuffix("the closest passage is \"The delegation witnessed 52 bodies in a makeshift morgue.\""))
        let found = ArchiveCheck.Quoted(id: "q", text: "The delegation witnessed 52 bodies", sources: ["s"], location: nil, field: "q.text")
        #expect(ArchiveCheck.diagnostic(for: found, in: [.init(source: "s", path: "s.txt", text: text)]) == nil)
    }

    @Test func namesBothCopiesWhenTheWordsAreInNeither() throws {
        let quoted = ArchiveCheck.Quoted(id: "q", text: "at least nine", sources: ["a", "b"], location: nil, field: "q.text")
        let diagnostic = try #require(ArchiveCheck.diagnostic(for: quoted, in: [
            .init(source: "a", path: "a.txt", text: "nothing here at all"),
            .init(source: "b", path: "b.txt", text: "killing at least nina residents"),
        ]))
        #expect(diagnostic.message == "quotation not found in the archive copies of sources \"a\" (a.txt) and \"b\" (b.txt); "
            + "the closest passage (in b.txt) is \"killing at least nina residents\"")
    }
}
