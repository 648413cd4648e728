// The document built from records, compared as an outline; formatting of dates and figures.

import DossierDocument
import DossierModel
import Testing

@Suite struct FormattingTests {
    @Test func dates() {
        let d = { (s: String) in Day(iso: s)! }
        #expect(Formatting().date(IncidentDate(start: d("2013-09-01"))) == "1 September 2013")
        #expect(Formatting().date(IncidentDate(start: d("2009-07-28"), end: d("2009-07-29"), precision: .days)) == "28–29 July 2009")
        #expect(Formatting().date(IncidentDate(start: d("2010-06-30"), end: d("2010-07-02"), precision: .days)) == "30 June – 2 July 2010")
        #expect(Formatting().date(IncidentDate(start: d("2009-07-01"), precision: .month)) == "July 2009")
        #expect(Formatting().date(IncidentDate(start: d("2009-01-01"), precision: .year)) == "2009")
        #expect(Formatting().date(IncidentDate(start: d("2009-12-30"), end: d("2010-01-02"), precision: .days)) == "30 December 2009 – 2 January 2010")
    }

    @Test func figures() {
        #expect(Formatting().figure(.exactly(52)) == "52")
        #expect(Formatting().figure(CasualtyFigure(low: 350)) == "at least 350")
        #expect(Formatting().figure(CasualtyFigure(low: 9, high: 11)) == "9–11")
        #expect(Formatting().figure(CasualtyFigure(low: 9, best: 11, high: 14)) == "11 (9–14)")
        #expect(Formatting().figure(.exactly(12_345)) == "12,345")
        #expect(Formatting().count(-1234) == "-1,234")
        #expect(Formatting().count(999) == "999")
    }

    @Test func totals() {
        #expect(Formatting().total(CasualtyTotal(category: .killed, total: 1234, upper: 1234, isLowerBound: false)) == "1,234")
        #expect(Formatting().total(CasualtyTotal(category: .killed, total: 10, upper: 12, isLowerBound: false)) == "10–12")
        #expect(Formatting().total(CasualtyTotal(category: .killed, total: 350, upper: 400, isLowerBound: true)) == "at least 350")
    }
}

@Suite struct DocumentBuilderTests {
    func sample() -> Dossier {
        let spec = ProjectSpec(title: "T", subtitle: "S", organisation: "Org", dataAsOf: Day(iso: "2026-11-20"))
        let incident = Incident(
            id: "a-2013", title: "Attack", date: IncidentDate(start: Day(iso: "2013-09-01")!),
            location: Location(name: "Camp", admin1: "Diyala", country: "IQ"),
            perpetrators: [Perpetrator(name: "Forces")],
            casualties: [CategoryFigure(category: .killed, figure: CasualtyFigure(best: 11, claims: [Claim(source: "s2", low: 9, text: "at least nine")])),
                         CategoryFigure(category: .abducted, figure: .exactly(7))],
            summary: "First *paragraph*.\n\nSecond.", sources: ["s1"])
        return Dossier(directory: "/tmp", spec: spec, incidents: [incident],
                       quotations: [Quotation(id: "q", text: "Words.", speaker: "Someone", role: "Official",
                                              date: Day(iso: "2013-09-02"), source: Citation(source: "s1", locator: "para 2"),
                                              incidents: ["a-2013"])],
                       sources: [Source(id: "s1", title: "Report", publisher: "Pub"), Source(id: "s2", title: "Other", publisher: "Amnesty")])
    }

    @Test func incidentSectionOutline() {
        var layout = LayoutSpec.standard()
        layout.sections = [.incidents]
        let dump = DocumentBuilder(dossier: sample(), layout: layout).build(creationDate: nil).dump()
        let expected = """
        cover
        body
          heading 1 "Incidents" [#incidents, contents, outline 1]
          section
            heading 2 "Attack" [#incident-a-2013, contents, outline 2]
            paragraph(meta) "1 September 2013  ·  Camp, Diyala, Iraq  ·  Perpetrator: Fo…"
            paragraph(body) "First paragraph."
            paragraph(body) "Second."
            heading 3 "Casualties"
            keep together
              table 3 columns, 2 rows: Category | Figure used | Basis and sources
                | Killed | 11 † | [1, 2]
                | Abducted | 7 | [2]
              figure "" alt "Bar chart of casualties on 1 September 2013: 11 killed (dis…"
              paragraph(note) "Figures and sources. † The sources disagree on this figure.…"
            heading 3 "Statement"
            quote — — Someone, Official, 2 September 2013, para 2 [2]
              paragraph(quote) "“Words.”"
            heading 3 "Sources"
            paragraph(source) "[1] Other. Amnesty."
            paragraph(source) "[2] Report. Pub."

        """
        #expect(dump == expected)
    }

    @Test func sourcesAreNumberedInCitationOrder() {
        let index = SourceIndex(sample())
        // The claim's source is cited first (in the casualty note), then the incident's.
        #expect(index.order == ["s2", "s1"])
        #expect(index.number("s1") != nil && index.number("s2") != nil)
    }
}

@Suite struct CategoryWordingTests {
    /// A dossier whose injured are given only in words and whose own category has a label.
    func dossier() -> Dossier {
        var spec = ProjectSpec(title: "T", dataAsOf: Day(iso: "2026-11-20"))
        spec.categoryLabels = ["idp": "Displaced people"]
        let incident = Incident(
            id: "a", title: "Attack", date: IncidentDate(start: Day(iso: "2013-09-01")!), location: Location(name: "Camp"),
            casualties: [CategoryFigure(category: .killed, figure: .exactly(52)),
                         CategoryFigure(category: .injured, figure: CasualtyFigure(note: "dozens", claims: [Claim(source: "s", text: "dozens")])),
                         CategoryFigure(category: CasualtyCategory("medical_staff_killed"), figure: .exactly(3)),
                         CategoryFigure(category: CasualtyCategory("idp"), figure: .exactly(400))],
            sources: ["s"])
        return Dossier(directory: "/tmp", spec: spec, incidents: [incident], sources: [Source(id: "s", title: "Report")])
    }

    @Test func aTotalWithoutANumberIsNotQuantifiedAndCategoriesReadAsWords() throws {
        var layout = LayoutSpec.standard()
        layout.sections = [.cover, .overview, .incidents]
        let builder = DocumentBuilder(dossier: dossier(), layout: layout)
        let dump = builder.build(creationDate: nil).dump()
        #expect(dump.contains("| Total |  | 52 | not quantified | 3 | 400"))
        #expect(dump.contains("alt \"1 incident, 2013, 52 killed, 3 medical staff killed, 400 di"))
        #expect(!dump.contains("at least 0"))
        #expect(!dump.contains("medical_staff_killed"))
        #expect(dump.contains("Medical staff killed") && dump.contains("Displaced people"))
    }
}
