// CasualtyRulesTests: the figure used, when sources disagree with it, whose figure it is, and totals.

import DossierModel
import Testing

@Suite struct CasualtyRulesTests {
    @Test func theFigureUsedIsBestThenLowThenHigh() {
        #expect(CasualtyFigure(low: 9, best: 11, high: 14).used == 11)
        #expect(CasualtyFigure(low: 350).used == 350)
        #expect(CasualtyFigure(low: 9, high: 14).used == 9)
        #expect(CasualtyFigure(high: 40).used == 40)
        #expect(CasualtyFigure(note: "dozens").used == nil)
        #expect(CasualtyFigure(note: "dozens").value == 0)
        #expect(Claim(source: "s", low: 9, high: 12).used == 9)
    }

    @Test func sourcesDisagreeWhenAClaimGivesAnotherNumber() {
        let agreeing = CasualtyFigure(best: 11, claims: [Claim(source: "a", best: 11), Claim(source: "b", low: 11)])
        #expect(!agreeing.sourcesDisagree)
        let disputed = CasualtyFigure(best: 11, claims: [Claim(source: "a", best: 11), Claim(source: "b", low: 9)])
        #expect(disputed.sourcesDisagree)
        // A claim with no number differs from a figure that has one.
        #expect(CasualtyFigure(best: 3, claims: [Claim(source: "a", text: "several")]).sourcesDisagree)
        #expect(!CasualtyFigure.exactly(52).sourcesDisagree)
    }

    @Test func anIncidentMarkedDisputedDisputesEveryFigure() {
        var incident = Incident(id: "a", title: "A", date: IncidentDate(start: Day(year: 2013, month: 9, day: 1)),
                                location: Location(name: "X"))
        #expect(!incident.isDisputed(.exactly(5)))
        #expect(incident.isDisputed(CasualtyFigure(best: 5, claims: [Claim(source: "s", best: 6)])))
        incident.verification = .disputed
        #expect(incident.isDisputed(.exactly(5)))
    }

    @Test func theFigureUsedRestsOnTheSourcesThatGiveIt() {
        let figure = CasualtyFigure(best: 11, claims: [Claim(source: "a", low: 9), Claim(source: "b", best: 11)],
                                    sources: ["own"])
        #expect(figure.agreeingSources == ["own", "b"])
        #expect(figure.sourcesOfUsed(fallback: ["incident"]) == ["own", "b"])
        // No source gives it: every claim's source, then the incident's.
        let unsupported = CasualtyFigure(best: 11, claims: [Claim(source: "a", low: 9)])
        #expect(unsupported.sourcesOfUsed(fallback: ["incident"]) == ["a"])
        #expect(CasualtyFigure.exactly(3).sourcesOfUsed(fallback: ["incident"]) == ["incident"])
    }

    @Test func totalsFollowTheKnownOrderThenTheProjectsOwn() {
        func incident(_ id: String, _ figures: [(CasualtyCategory, CasualtyFigure)]) -> Incident {
            Incident(id: id, title: id, date: IncidentDate(start: Day(year: 2013, month: 9, day: 1)), location: Location(name: "X"),
                     casualties: figures.map { CategoryFigure(category: $0.0, figure: $0.1) })
        }
        let dossier = Dossier(directory: "/tmp", spec: ProjectSpec(title: "T"), incidents: [
            incident("a", [(CasualtyCategory("displaced"), .exactly(100)), (.injured, CasualtyFigure(low: 9, high: 12)), (.killed, .exactly(5))]),
            incident("b", [(.killed, CasualtyFigure(low: 9, best: 10, high: 14)), (.injured, .exactly(1))]),
            incident("c", [(.killed, CasualtyFigure(low: 40))]),
        ])
        let totals = dossier.casualtyTotals()
        #expect(totals.map(\.category.name) == ["killed", "injured", "displaced"])
        let killed = totals[0], injured = totals[1], displaced = totals[2]
        // A lower bound makes the whole total a floor.
        #expect(killed.total == 55 && killed.isLowerBound)
        // A range with no best estimate: its low counts, its high widens the upper sum.
        #expect(injured.total == 10 && injured.upper == 13 && !injured.isLowerBound)
        #expect(displaced.total == 100 && displaced.upper == 100 && !displaced.isLowerBound)
        let noted = Dossier(directory: "/tmp", spec: ProjectSpec(title: "T"),
                            incidents: [incident("d", [(.missing, CasualtyFigure(note: "dozens"))])])
        // A category whose only figure is a word is not quantified: not "at least 0".
        #expect(noted.casualtyTotals() == [CasualtyTotal(category: .missing, total: 0, upper: 0, isLowerBound: true,
                                                         isUnquantified: true)])
        #expect(totals.allSatisfy { !$0.isUnquantified })
    }
}
