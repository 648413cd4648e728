// SuggestionTests: edit distance and the "did you mean" choice.

import Testing
@testable import DossierModel

@Suite struct SuggestionTests {
    @Test func measuresEdits() {
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("titel", "title") == 1)  // a swap counts once
        #expect(Suggestion.editDistance("same", "same") == 0)
    }

    @Test func suggestsNearWordsOnly() {
        let fields = RecordDecoder.incidentFields
        #expect(Suggestion.closest(to: "titel", among: fields) == "title")
        #expect(Suggestion.closest(to: "Perpetrator", among: fields) == "perpetrators")
        #expect(Suggestion.closest(to: "verfication", among: fields) == "verification")
        #expect(Suggestion.closest(to: "weather", among: fields) == nil)
        #expect(Suggestion.closest(to: "x", among: fields) == nil)
    }
}
