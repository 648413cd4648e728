// ExhibitLabelsTests: exhibits without a label take those after the dossier's own.

@testable import DossierBuild
import Testing

@Suite struct ExhibitLabelsTests {
    @Test func labelsFollowTheDossiersOwn() {
        #expect(ExhibitLabels.following("Exhibit A", count: 3) == ["Exhibit B", "Exhibit C", "Exhibit D"])
        #expect(ExhibitLabels.following(nil, count: 2) == ["Exhibit A", "Exhibit B"])
        #expect(ExhibitLabels.following("Exhibit Y", count: 3) == ["Exhibit Z", "Exhibit AA", "Exhibit AB"])
        #expect(ExhibitLabels.following("Annex 9", count: 2) == ["Annex 10", "Annex 11"])
        #expect(ExhibitLabels.following("exhibit c", count: 1) == ["exhibit d"])
        #expect(ExhibitLabels.following("Tab –", count: 1) == ["Tab – A"])
    }
}
