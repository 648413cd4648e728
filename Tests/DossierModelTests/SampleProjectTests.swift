// SampleProjectTests: the Camp Ashraf sample loads cleanly and carries the figures of its sources.

import Testing
@testable import DossierModel

@Suite struct SampleProjectTests {
    let result = ProjectLoader.load(directory: Paths.sample)

    /// The one warning is on purpose: Amnesty International's "at least nine" differs from the 11 used.
    @Test func loadsWithOnlyTheDisagreementOver2009() throws {
        #expect(result.diagnostics.map(\.description) == [
            "records/incidents.yaml:16:11: warning: ashraf-2009-07-28.casualties.killed.claims[1]: sources disagree: "
                + "amnesty-2010 gives at least 9 (\"apparently killing at least nine camp residents\"), but the figure used "
                + "is 11; expected a figure that covers every source, e.g. low: 9, best: 11, or a claim that agrees with it",
        ])
        let dossier = try #require(result.dossier)
        #expect(dossier.spec.title == "Camp Ashraf: Attacks on Residents, 2009–2013")
        #expect(dossier.spec.organisation == "Ashraf Documentation Project")
        #expect(dossier.spec.dataAsOf == Day(year: 2026, month: 11, day: 20))
        #expect(dossier.spec.layout == "dossier")
        #expect(dossier.sections.map(\.file) == ["introduction.md"])
        #expect(dossier.sections.first?.markdown.hasPrefix("# Introduction") == true)
    }

    @Test func countsRecords() throws {
        let dossier = try #require(result.dossier)
        #expect(dossier.incidents.map(\.id) == ["ashraf-2009-07-28", "ashraf-2011-04-08", "ashraf-2013-09-01"])
        #expect(dossier.quotations.count >= 6)
        #expect(dossier.sources.count == 10)
        for quotation in dossier.quotations {
            #expect(!quotation.incidents.isEmpty, "\(quotation.id) is linked to no incident")
            #expect(quotation.source != nil, "\(quotation.id) has no source")
            #expect(quotation.role != nil, "\(quotation.id) has no role")
        }
        #expect(dossier.quotations.filter { $0.date != nil }.count >= 4)
        // Undated quotations sort last.
        #expect(dossier.quotations.last?.date == nil)
    }

    @Test func keepsTheDisagreementOver2009() throws {
        let dossier = try #require(result.dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ashraf-2009-07-28" })
        #expect(incident.date == IncidentDate(start: Day(year: 2009, month: 7, day: 28),
                                              end: Day(year: 2009, month: 7, day: 29), precision: .days))
        let killed = try #require(incident.figure(.killed))
        #expect(killed.best == 11)
        #expect(killed.claims.map(\.source) == ["article-2020-07-28", "amnesty-2010"])
        #expect(killed.claims.map(\.best) == [11, nil])
        #expect(killed.claims.map(\.low) == [nil, 9])
        #expect(killed.claims[1].text?.contains("at least nine") == true)
        #expect(incident.figure(.abducted)?.value == 36)
        #expect(incident.perpetrators == [Perpetrator(name: "Iraqi security forces", attribution: .alleged)])
    }

    @Test func recordsApril2011() throws {
        let dossier = try #require(result.dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ashraf-2011-04-08" })
        #expect(incident.time == "04:45")
        #expect(incident.location == Location(name: "Camp Ashraf", admin1: "Diyala", country: "IQ"))
        #expect(incident.figure(.killed)?.best == 36)
        #expect(incident.figure(.killed)?.note == "including eight women")
        let injured = try #require(incident.figure(.injured))
        #expect(injured.low == 350 && injured.best == nil)
        #expect(injured.claims.map(\.text) == ["more than 350 others were injured", "350 others injured"])
        #expect(incident.casualties.map(\.category) == [.killed, .injured])
    }

    @Test func recordsSeptember2013() throws {
        let dossier = try #require(result.dossier)
        let incident = try #require(dossier.incidents.first { $0.id == "ashraf-2013-09-01" })
        #expect(incident.time == "06:00")
        #expect(incident.verification == .confirmed)
        #expect(incident.casualties.map(\.category) == [.killed, .injured, .abducted])
        #expect(incident.figure(.killed)?.value == 52)
        #expect(incident.figure(.abducted)?.best == 7)
        #expect(incident.figure(.abducted)?.note == "six women and one man")
        let injured = try #require(incident.figure(.injured))
        #expect(!injured.hasNumber)
        #expect(injured.claims.first?.text == "dozens of severe injuries")
        let busztin = try #require(dossier.quotations.first { $0.speaker == "György Busztin" })
        #expect(busztin.date == Day(year: 2013, month: 9, day: 2))
        #expect(busztin.source == Citation(source: "unami-2013-09-02", quotedIn: "article-2020-09-01"))
        #expect(dossier.quotations(about: "ashraf-2013-09-01").count >= 4)
    }

    @Test func quotationsAreFoundInTheArchiveCopies() throws {
        let dossier = try #require(result.dossier)
        let archived = dossier.sources.filter { $0.archive != nil }.map(\.id)
        #expect(archived == ["article-2014-04-08", "article-2020-07-28", "article-2019-09-01", "article-2020-09-01"])
        // Every quotation is checked against one of them, and none is reported missing.
        for quotation in dossier.quotations {
            let read = [quotation.source?.quotedIn, quotation.source?.source].compactMap { $0 }
            #expect(read.contains { archived.contains($0) }, "\(quotation.id) is checked against no archive copy")
        }
    }

    @Test func citesEverySourceAndInventsNoAddress() throws {
        let dossier = try #require(result.dossier)
        #expect(dossier.sources.allSatisfy { $0.url == nil })
        #expect(dossier.source("article-2014-04-08")?.date == Day(year: 2014, month: 4, day: 8))
        #expect(dossier.source("sardary-2011-attack")?.author == "Mohsen Sardary")
    }
}
