// DocumentBuilder+Incident: the incidents chapter: each incident's facts, summary, casualty
// table with its chart and the note on what every source reported, statements and sources.

import DossierDisplay
import DossierModel

extension DocumentBuilder {
    func incidentBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading("Incidents", anchor: "incidents")]
        for incident in dossier.incidents { blocks.append(.section(incidentSection(incident))) }
        return blocks
    }

    static func anchor(_ incident: Incident) -> String { "incident-" + incident.id }

    /// One incident: its heading and facts, its summary, its casualty table with chart and note,
    /// its statements and the sources it cites.
    func incidentSection(_ incident: Incident) -> [Block] {
        var blocks: [Block] = []
        var heading = Heading(level: 2, content: [.text(incident.title)], anchor: Self.anchor(incident),
                              inContents: true, outlineLevel: 2, setsSection: true)
        heading.contentsDetail = Formatting.date(incident.date)
        blocks.append(.heading(heading))
        var meta = [Formatting.date(incident.date) + (incident.time.map { ", \($0)" } ?? ""),
                    Formatting.place(incident.location)]
        if !incident.perpetrators.isEmpty {
            let label = incident.perpetrators.count == 1 ? "Perpetrator:\u{00A0}" : "Perpetrators:\u{00A0}"
            meta.append(label + incident.perpetrators.map { "\($0.name) (\($0.attribution.rawValue))" }
                .joined(separator: "; "))
        }
        if let v = incident.verification { meta.append("Verification:\u{00A0}\(v.rawValue)") }
        blocks.append(.paragraph(Paragraph([.text(meta.joined(separator: "  ·  "))], style: "meta")))
        blocks += MarkdownReader.blocks(incident.summary, headingOffset: Self.summaryHeadingOffset)

        if !incident.casualties.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text("Casualties")])))
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
                return [TableCell(label(entry.category)), TableCell(Formatting.figure(f) + mark), TableCell(basis)]
            }
            let table = Block.table(Table(columns: [TableColumn(width: .fixed(.cm(3.2))),
                                                    TableColumn(width: .fixed(.cm(3.6))),
                                                    TableColumn(width: .fraction(1))],
                                          header: [[TableCell("Category"), TableCell("Figure used"), TableCell("Basis and sources")]],
                                          rows: rows, keepTogether: true))
            // The table, its chart and the note on its figures stay on one page when they fit.
            var group: [Block] = [table]
            if let chart = incidentChart(incident) { group.append(.figure(chart)) }
            let claims = incident.casualties.flatMap { entry in entry.figure.claims.map { (entry, $0) } }
            if !claims.isEmpty {
                let disputed = incident.casualties.contains { $0.figure.sourcesDisagree }
                var note: [Inline] = [.strong([.text("Figures and sources. ")])]
                if disputed { note.append(.text("† The sources disagree on this figure. ")) }
                for (k, (entry, claim)) in claims.enumerated() {
                    if k > 0 { note.append(.text("; ")) }
                    let source = dossier.source(claim.source)
                    let name = source?.author ?? source?.publisher ?? source?.title ?? claim.source
                    var words = "\(name): \(labelInSentence(entry.category)) \(Formatting.claim(claim))"
                    if let text = claim.text { words += " (“\(text)”)" }
                    note.append(.text(words))
                    note += citation([claim.source])
                }
                note.append(.text("."))
                group.append(.paragraph(Paragraph(note, style: "note")))
            }
            blocks.append(group.count == 1 ? table : .keepTogether(group))
        }

        let quotes = dossier.quotations(about: incident.id)
        if !quotes.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(quotes.count == 1 ? "Statement" : "Statements")])))
            for q in quotes { blocks.append(.quote(quote(q))) }
        }
        // Every source the section cites: the incident's, its figures' and claims', its statements'.
        var cited = Set(incident.sources)
        for entry in incident.casualties { cited.formUnion(entry.figure.sources); cited.formUnion(entry.figure.claims.map(\.source)) }
        for q in quotes { if let s = q.source?.source { cited.insert(s) } }
        if !cited.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text("Sources")])))
            for id in cited.sorted(by: { (sources.number($0) ?? .max, $0) < (sources.number($1) ?? .max, $1) }) {
                blocks.append(.paragraph(Paragraph(sourceEntry(id), style: "source",
                                                   anchor: anchorsSourcesInIncidents ? SourceIndex.anchor(id) : nil)))
            }
        }
        return blocks
    }
}
