// ChapterTests: each chapter of the document built on its own from the same small dossier and
// compared as an outline; the overview's sentences in full; the anniversary brief.

import DossierDocument
import DossierModel
import Testing

@Suite struct ChapterTests {
    let dossier = DocumentBuilderTests().sample()

    /// The document of `dossier` with only `sections`, as an outline.
    func dump(_ sections: [SectionKind], dossier: Dossier? = nil, change: (inout LayoutSpec) -> Void = { _ in }) -> String {
        var layout = LayoutSpec.standard()
        layout.sections = sections
        change(&layout)
        return DocumentBuilder(dossier: dossier ?? self.dossier, layout: layout).build(creationDate: nil).dump()
    }

    @Test func coverPage() {
        #expect(dump([.cover]) == """
        cover
          spacer 120.0pt
          paragraph(cover-kicker) "ORG"
          paragraph(cover-title) "T"
          paragraph(cover-subtitle) "S"
          figure "" alt "1 incident, 2013, 11 killed, 7 abducted"
          spacer 14.0pt
          paragraph(cover-meta) "Data as of 20 November 2026"
          paragraph(cover-meta) "Prepared by Org"
        body

        """)
    }

    @Test func titleBlockIsFollowedByTheFirstChapterOnItsPage() {
        let outline = dump([.cover, .quotations]) { $0.coverPage = false }
        #expect(outline == """
        cover
        body
          paragraph(cover-kicker) "ORG"
          paragraph(cover-title) "T"
          paragraph(cover-subtitle) "S"
          figure "" alt "1 incident, 2013, 11 killed, 7 abducted"
          spacer 14.0pt
          paragraph(cover-meta) "Data as of 20 November 2026"
          paragraph(cover-meta) "Prepared by Org"
          spacer 18.0pt
          heading 1 "Statements" [#statements, contents, outline 1]
          quote — — Someone, Official, 2 September 2013, para 2 [2]
            paragraph(quote) "“Words.”"

        """)
    }

    @Test func introductionSectionsAreChaptersUnderTheirOwnOrTheirFilesTitle() {
        var dossier = self.dossier
        dossier.sections = [("sections/background-notes.md", "Some *context*.\n\n## Detail\n\nMore."),
                            ("sections/b.md", "# Own title\n\nText.")]
        #expect(dump([.introduction], dossier: dossier) == """
        cover
        body
          heading 1 "Background notes" [#section-sections-background-notes-md, contents, outline 1]
          paragraph(body) "Some context."
          heading 2 "Detail"
          paragraph(body) "More."
          page break
          heading 1 "Own title" [#section-sections-b-md, contents, outline 1]
          paragraph(body) "Text."

        """)
    }

    @Test func overview() {
        #expect(dump([.overview]) == """
        cover
        body
          heading 1 "Overview" [#overview, contents, outline 1]
          paragraph(body) "These records document one incident on 1 September 2013. Ta…"
          figure "Figure 1. People killed and abducted per incident. Figures …" alt "Stacked bar chart of casualties for 1 event, 2013: 11 kille…"
          heading 3 "Incidents at a glance"
          table 4 columns, 2 rows: Date | Incident | Killed | Abducted
            | 1 September 2013 | Attack | 11 † | 7
            | Total |  | 11 | 7
          paragraph(note) "† The sources disagree on this figure; the incident’s “Figu…"

        """)
    }

    @Test func overviewSentenceAndCaptionInFull() throws {
        var layout = LayoutSpec.standard()
        layout.sections = [.overview]
        let body = DocumentBuilder(dossier: dossier, layout: layout).build(creationDate: nil).body
        guard case .paragraph(let sentence) = body[1], case .figure(let figure) = body[2] else {
            Issue.record("expected the overview's sentence, then its chart"); return
        }
        #expect(sentence.content.plainText == "These records document one incident on 1 September 2013. Taken together, "
            + "the figures used in this dossier count 11 killed and 7 abducted. Where sources give different figures, each "
            + "incident’s table shows the figure used and the note beneath it lists what every source reported.")
        #expect(figure.caption.plainText == "Figure 1. People killed and abducted per incident. Figures are as reported by "
            + "Amnesty and Pub and as used in this dossier; a dashed outline marks a disputed figure. See each incident for every "
            + "source’s figures.")
    }

    @Test func overviewOfMoreIncidentsThanTheThresholdListsTheChartsFigures() throws {
        var dossier = self.dossier
        let first = dossier.incidents[0]
        dossier.incidents = (1...4).map { n in
            var incident = first
            incident.id = "a-\(n)"
            incident.date = IncidentDate(start: Day(year: 2010 + n, month: 3, day: 1))
            incident.casualties = [CategoryFigure(category: .killed, figure: .exactly(n))]
            return incident
        }
        let outline = dump([.overview], dossier: dossier) { $0.chartThreshold = 3 }
        #expect(outline == """
        cover
        body
          heading 1 "Overview" [#overview, contents, outline 1]
          paragraph(body) "These records document 4 incidents between 1 March 2011 and…"
          figure "Figure 1. People killed per two-year period, summed over 4 …" alt "Stacked bar chart of casualties for 3 two-year periods, 201…"
          heading 3 "The chart's figures"
          table 4 columns, 3 rows: Two-year period | Events | Killed | Total
            | 2010 to 2011 | 1 | 1 | 1
            | 2012 to 2013 | 2 | 5 | 5
            | 2014 to 2015 | 1 | 4 | 4

        """)
    }

    @Test func incidents() {
        #expect(dump([.incidents]).hasPrefix("""
        cover
        body
          heading 1 "Incidents" [#incidents, contents, outline 1]
          section
            heading 2 "Attack" [#incident-a-2013, contents, outline 2]
        """))
    }

    @Test func statements() {
        #expect(dump([.quotations]) == """
        cover
        body
          heading 1 "Statements" [#statements, contents, outline 1]
          quote — — Someone, Official, 2 September 2013, para 2 [2]
            paragraph(quote) "“Words.”"

        """)
    }

    @Test func sources() {
        #expect(dump([.sources]) == """
        cover
        body
          heading 1 "Sources" [#sources, contents, outline 1]
          paragraph(note) "Sources are numbered in the order this dossier first cites …"
          paragraph(source) "[1] Other. Amnesty."
          paragraph(source) "[2] Report. Pub."

        """)
    }

    @Test func chaptersAfterTheFirstStartOnANewPage() {
        let outline = dump([.contents, .quotations]) { $0.rectoChapters = true }
        #expect(outline == """
        cover
        body
          contents "Contents"
          page break (right-hand)
          heading 1 "Statements" [#statements, contents, outline 1]
          quote — — Someone, Official, 2 September 2013, para 2 [2]
            paragraph(quote) "“Words.”"

        """)
    }

    @Test func anniversaryBrief() throws {
        let brief = try #require(DocumentBuilder(dossier: dossier, layout: .standard())
            .anniversaryBrief(incidentID: "a-2013", years: 13, observed: Day(year: 2026, month: 9, day: 1), creationDate: nil))
        #expect(brief.metadata.title == "The 13th anniversary of the attack of 1 September 2013")
        #expect(brief.metadata.subject == "Attack")
        let outline = brief.dump()
        #expect(outline.hasPrefix("""
        cover
        body
          paragraph(cover-kicker) "ORG"
          heading 1 "The 13th anniversary of the attack of 1 September 2013" [#brief, outline 1]
          paragraph(cover-meta) "Brief issued 1 September 2026"
          spacer 12.0pt
          heading 2 "Attack" [#incident-a-2013, contents, outline 2]
        """))
        // Standing alone, the brief lists its sources under the incident, numbered from 1.
        #expect(outline.hasSuffix("""
          heading 3 "Sources"
          paragraph(source) "[1] Other. Amnesty."
          paragraph(source) "[2] Report. Pub."

        """))
        var raid = dossier
        raid.incidents[0].title = "Raid on the camp"
        let raidBrief = DocumentBuilder(dossier: raid, layout: .standard())
            .anniversaryBrief(incidentID: "a-2013", years: 1, observed: Day(year: 2014, month: 9, day: 1), creationDate: nil)
        #expect(raidBrief?.metadata.title == "The 1st anniversary of the raid of 1 September 2013")
        #expect(DocumentBuilder(dossier: dossier, layout: .standard())
            .anniversaryBrief(incidentID: "missing", years: 1, observed: Day(year: 2014, month: 9, day: 1), creationDate: nil) == nil)
    }
}
