// DocumentBuilder+Cover: the cover page or title block: organisation, title, key figures, dates.

import DossierDisplay
import DossierModel

extension DocumentBuilder {
    func coverBlocks() -> [Block] {
        let spec = dossier.spec
        var blocks: [Block] = layout.coverPage ? [.spacer(.pt(120))] : []
        if let org = spec.organisation { blocks.append(.paragraph(Paragraph([.text(org.uppercased())], style: "cover-kicker"))) }
        blocks.append(.paragraph(Paragraph([.text(spec.title)], style: "cover-title")))
        if let sub = spec.subtitle { blocks.append(.paragraph(Paragraph([.text(sub)], style: "cover-subtitle"))) }
        var label = wording.count("cover.incidents", dossier.incidents.count)
        if let first = dossier.incidents.first, let last = dossier.incidents.last {
            let years = first.date.start.year == last.date.end.year ? wording.format.year(first.date.start.year)
                : wording.format.year(first.date.start.year) + "–" + wording.format.year(last.date.end.year)
            label = text("cover.incidents_years", ["incidents": label, "years": years])
        }
        // The key figures: incidents, then up to three categories, as large numbers.
        var figures: [(value: String, label: String)] = [(format.count(dossier.incidents.count), label)]
        for t in dossier.casualtyTotals().filter({ $0.total > 0 }).prefix(3) {
            figures.append((format.keyFigure(t), labelInSentence(t.category)))
        }
        let numberStyle = layout.style("cover-figure").font, labelStyle = layout.style("cover-meta").font
        var keyFigures = KeyFigures(figures: figures, numberStyle: numberStyle, labelStyle: labelStyle, accent: layout.accent)
        keyFigures.rightToLeft = layout.rightToLeft
        blocks.append(.figure(Figure(drawing: keyFigures,
                                     height: numberStyle.size * 1.15 + labelStyle.size * 3 + .pt(14))))
        var meta: [String] = []
        if let asOf = spec.dataAsOf { meta.append(text("cover.data_as_of", ["date": format.day(asOf)])) }
        if let org = spec.organisation { meta.append(text("cover.prepared_by", ["organisation": org])) }
        blocks.append(.spacer(.pt(14)))
        for line in meta { blocks.append(.paragraph(Paragraph([.text(line)], style: "cover-meta"))) }
        return blocks
    }
}
