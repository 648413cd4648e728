// ProvenanceTests: warnings about where figures come from: sources that disagree, undefined and unused sources.

import Testing
@testable import DossierModel

@Suite struct ProvenanceTests {
    static let project = "title: Test\n"
    static let sources = "- {id: s1, title: One}\n- {id: s2, title: Two}\n"

    /// The diagnostics of an incidents file with one incident whose killed figure is `figure` (YAML flow).
    func check(_ figure: String) throws -> [String] {
        try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.sources,
            "incidents.yaml": "- {id: a, title: A, date: 2009-07-28, location: X, sources: [s1, s2], casualties: {killed: \(figure)}}\n",
        ]).load().diagnostics.map(\.description)
    }

    @Test func warnsWhenAClaimLiesOutsideTheFigure() throws {
        #expect(try check("{best: 11, claims: [{source: s1, best: 11}, {source: s2, low: 9, text: at least nine}]}") == [
            "incidents.yaml:1:136: warning: a.casualties.killed.claims[1]: sources disagree: s2 gives at least 9 (\"at least nine\"), "
                + "but the figure used is 11; expected a figure that covers every source, e.g. low: 9, best: 11, or a claim that agrees with it",
        ])
        #expect(try check("{low: 350, claims: [{source: s1, high: 300}]}") == [
            "incidents.yaml:1:112: warning: a.casualties.killed.claims[0]: sources disagree: s1 gives up to 300, but the figure used "
                + "is at least 350; expected a figure that covers every source, e.g. low: 300, or a claim that agrees with it",
        ])
        #expect(try check("{best: 52, high: 60, claims: [{source: s1, best: 70}]}") == [
            "incidents.yaml:1:122: warning: a.casualties.killed.claims[0]: sources disagree: s1 gives 70, but the figure used "
                + "is 52 (up to 60); expected a figure that covers every source, e.g. best: 52, high: 70, or a claim that agrees with it",
        ])
    }

    @Test func acceptsClaimsTheFigureCovers() throws {
        // A range that takes in every source's number records the disagreement itself.
        #expect(try check("{low: 9, best: 11, claims: [{source: s1, best: 11}, {source: s2, low: 9}]}") == [])
        #expect(try check("{low: 350, claims: [{source: s1, low: 350}, {source: s2, best: 400}]}") == [])
        // Words without a number, and a figure without one, cannot disagree.
        #expect(try check("{note: dozens, claims: [{source: s1, best: 40}, {source: s2, text: dozens}]}") == [])
    }

    @Test func anUndefinedSourceIsAnErrorWithASuggestion() throws {
        let result = try TemporaryProject([
            "dossier.yaml": Self.project, "sources.yaml": Self.sources,
            "incidents.yaml": "- {id: a, title: A, date: 2011-04-08, location: X, sources: [s1, s2, s3]}\n",
            "quotations.yaml": "- {id: q, text: Words, speaker: S, source: {id: s2, quoted_in: s4}, incidents: [b]}\n",
        ]).load()
        #expect(result.diagnostics.map(\.description) == [
            "incidents.yaml:1:70: error: a.sources[2]: no source has the id \"s3\" (did you mean \"s1\"?); expected the id of a source defined in the project",
            "quotations.yaml:1:64: error: q.source.quoted_in: no source has the id \"s4\" (did you mean \"s1\"?); expected the id of a source defined in the project",
            "quotations.yaml:1:81: error: q.incidents[0]: no incident has the id \"b\" (did you mean \"a\"?); expected the id of an incident defined in the project",
        ])
    }

    @Test func aCountInWordsShowsHowAFigureWithoutANumberIsWritten() throws {
        #expect(try check("dozens") == [
            "incidents.yaml:1:92: error: a.casualties.killed: \"dozens\" is not a whole number; expected a whole number, 0 or more; "
                + "a figure known only in words keeps them as a note and each source's words as a claim, with no number: "
                + "{note: \"dozens\", claims: [{source: SOURCE-ID, text: \"dozens\"}]} (in a spreadsheet, a column mapped to the figure's .note)",
        ])
        #expect(try check("{note: dozens, claims: [{source: s1, text: dozens}, {source: s2, best: 30}]}") == [])
    }
}
