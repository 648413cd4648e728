// DocumentBuilder+Anniversary: the brief built on an incident's anniversary: a title block, then
// the incident as the dossier sets it, with its statements and sources.

import DossierDisplay
import DossierModel

extension DocumentBuilder {
    /// A brief for an incident's anniversary: a title block, then the incident with its
    /// statements and sources.
    public func anniversaryBrief(incidentID: String, years: Int, observed: Day, creationDate: String?) -> Document? {
        guard let incident = dossier.incidents.first(where: { $0.id == incidentID }) else { return nil }
        // The brief stands alone: its sources are numbered from 1 and listed under the incident.
        if !anchorsSourcesInIncidents {
            var single = dossier
            single.incidents = [incident]
            single.quotations = records.quotations(about: incident.id)
            var brief = DocumentBuilder(dossier: single, layout: layout, wording: wording)
            brief.anchorsSourcesInIncidents = true
            return brief.anniversaryBrief(incidentID: incidentID, years: years, observed: observed, creationDate: creationDate)
        }
        let title = text("anniversary.title", ["ordinal": format.ordinal(years), "event": text(Self.eventKey(incident)),
                                               "date": format.date(incident.date)])
        var blocks: [Block] = []
        if let org = dossier.spec.organisation {
            blocks.append(.paragraph(Paragraph([.text(org.uppercased())], style: "cover-kicker")))
        }
        blocks.append(.heading(Heading(level: 1, content: [.text(title)], style: "cover-title", anchor: "brief",
                                       outlineLevel: 1)))
        var line = text("anniversary.issued", ["date": format.day(observed)])
        if let asOf = dossier.spec.dataAsOf, asOf <= observed {
            line += text("list.detail") + text("anniversary.data_as_of", ["date": format.day(asOf)])
        }
        blocks.append(.paragraph(Paragraph([.text(line)], style: "cover-meta")))
        blocks.append(.spacer(.pt(12)))
        blocks += incidentSection(incident)
        var meta = metadata(creationDate: creationDate)
        meta.title = title
        meta.subject = incident.title
        return Document(metadata: meta, layout: layout, cover: [], body: blocks)
    }

    /// The string naming the incident in a brief's title: a raid when its own title says so, else an attack.
    static func eventKey(_ incident: Incident) -> String {
        incident.title.lowercased().contains("raid") ? "anniversary.raid" : "anniversary.attack"
    }
}
