// DocumentBuilder+Incident: the incidents chapter: each incident's facts, summary, casualty
// table with its chart and the note on what every source reported, statements and sources.

import DossierDisplay
import DossierModel

/// One builder for all the blocks it promises, rather than a copy in each promise.
private final class SharedBuilder: Sendable {
    let builder: DocumentBuilder
    init(_ builder: DocumentBuilder) { self.builder = builder }
}

extension DocumentBuilder {
    func incidentBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading(text("incidents.title"), anchor: "incidents")]
        // Each incident's blocks are made when the layout reaches them: the dossier is never held
        // whole. The promises share one builder and name their incident by position.
        let shared = SharedBuilder(self)
        for (index, incident) in dossier.incidents.enumerated() {
            blocks.append(.deferred(DeferredBlocks(contentsHeadings: [incidentHeading(incident)]) {
                [.section(shared.builder.incidentSection(shared.builder.dossier.incidents[index]))]
            }))
        }
        return blocks
    }

    /// An incident's heading: in the contents with its date, and the running lines' section.
    func incidentHeading(_ incident: Incident) -> Heading {
        var heading = Heading(level: 2, content: [.text(incident.title)], anchor: Self.anchor(incident),
                              inContents: true, outlineLevel: 2, setsSection: true)
        heading.contentsDetail = format.date(incident.date)
        return heading
    }

    static func anchor(_ incident: Incident) -> String { "incident-" + incident.id }

    /// One incident: its heading and facts, its summary, its casualty table with chart and note,
    /// its statements and the sources it cites.
    func incidentSection(_ incident: Incident) -> [Block] {
        var blocks: [Block] = [.heading(incidentHeading(incident))]
        let date = format.date(incident.date)
        var meta = [incident.time.map { text("incident.date_time", ["date": date, "time": $0]) } ?? date,
                    format.place(incident.location)]
        if !incident.perpetrators.isEmpty {
            let names = incident.perpetrators.map {
                text("incident.perpetrator", ["name": $0.name, "attribution": text("attribution." + $0.attribution.rawValue)])
            }
            meta.append(wording.count("incident.perpetrators", names.count, ["names": names.joined(separator: text("list.semicolon"))]))
        }
        if let v = incident.verification {
            meta.append(text("incident.verification", ["status": text("verification." + v.rawValue)]))
        }
        blocks.append(.paragraph(Paragraph([.text(meta.joined(separator: " " + text("list.detail") + " "))], style: "meta")))
        blocks += MarkdownReader.blocks(incident.summary, headingOffset: Self.summaryHeadingOffset)

        if !incident.casualties.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(text("incident.casualties"))])))
            let rows = incident.casualties.map { entry -> [TableCell] in
                let f = entry.figure
                var basis: [Inline] = []
                let note = f.note
                if let note { basis.append(.text(note)) }
                // A figure cites what it rests on (its own sources and the claims that give it,
                // else the incident's) and every source that gives another figure.
                let agreeing = f.agreeingSources
                let cited = (agreeing.isEmpty ? incident.sources : agreeing) + f.claims.map(\.source)
                basis += citation(cited)
                if note == nil, case .text(let t)? = basis.first { basis[0] = .text(String(t.drop { $0 == " " })) }
                let mark = f.sourcesDisagree ? " †" : ""
                return [TableCell(label(entry.category)), TableCell(format.figure(f) + mark), TableCell(basis)]
            }
            let table = Block.table(Table(columns: [TableColumn(width: .fixed(.cm(3.2))),
                                                    TableColumn(width: .fixed(.cm(3.6))),
                                                    TableColumn(width: .fraction(1))],
                                          header: [[TableCell(text("table.category")), TableCell(text("table.figure_used")),
                                                    TableCell(text("table.basis"))]],
                                          rows: rows, keepTogether: true))
            // The table, its chart and the note on its figures stay on one page when they fit.
            var group: [Block] = [table]
            if let chart = incidentChart(incident) { group.append(.figure(chart)) }
            let claims = incident.casualties.flatMap { entry in entry.figure.claims.map { (entry, $0) } }
            if !claims.isEmpty {
                let disputed = incident.casualties.contains { $0.figure.sourcesDisagree }
                var note: [Inline] = [.strong([.text(text("incident.figures_and_sources") + " ")])]
                if disputed { note.append(.text(text("incident.disagree") + " ")) }
                for (k, (entry, claim)) in claims.enumerated() {
                    if k > 0 { note.append(.text(text("list.semicolon"))) }
                    let source = records.source(claim.source)
                    let name = source?.author ?? source?.publisher ?? source?.title ?? claim.source
                    var words = text("incident.claim", ["source": name, "category": labelInSentence(entry.category),
                                                        "figure": format.claim(claim)])
                    if let words2 = claim.text { words += " (" + quoted(words2, language: dossier.spec.language) + ")" }
                    note.append(.text(words))
                    note += citation([claim.source])
                }
                note.append(.text(text("sentence.end")))
                group.append(.paragraph(Paragraph(note, style: "note")))
            }
            blocks.append(group.count == 1 ? table : .keepTogether(group))
        }

        let quotes = records.quotations(about: incident.id)
        if !quotes.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(wording.count("incident.statements", quotes.count))])))
            for q in quotes { blocks.append(.quote(quote(q))) }
        }
        // Every source the section cites: the incident's, its figures' and claims', its statements'.
        var cited = Set(incident.sources)
        for entry in incident.casualties { cited.formUnion(entry.figure.sources); cited.formUnion(entry.figure.claims.map(\.source)) }
        for q in quotes { if let s = q.source?.source { cited.insert(s) } }
        if !cited.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(text("incident.sources"))])))
            for id in cited.sorted(by: { (sources.number($0) ?? .max, $0) < (sources.number($1) ?? .max, $1) }) {
                blocks.append(.paragraph(Paragraph(sourceEntry(id), style: "source",
                                                   anchor: anchorsSourcesInIncidents ? SourceIndex.anchor(id) : nil)))
            }
        }
        return blocks
    }
}
