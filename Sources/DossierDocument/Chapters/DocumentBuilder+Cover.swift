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
        var label = dossier.incidents.count == 1 ? "incident" : "incidents"
        if let first = dossier.incidents.first, let last = dossier.incidents.last {
            label += first.date.start.year == last.date.end.year ? ", \(first.date.start.year)"
                : ", \(first.date.start.year)–\(last.date.end.year)"
        }
        // The key figures: incidents, then up to three categories, as large numbers.
        var figures: [(value: String, label: String)] = [(Formatting.count(dossier.incidents.count), label)]
        for t in dossier.casualtyTotals().filter({ $0.total > 0 }).prefix(3) {
            let text = Formatting.total(t)
            figures.append((text.hasPrefix("at least ") ? "≥" + text.dropFirst("at least ".count) : text, labelInSentence(t.category)))
        }
        let numberStyle = layout.style("cover-figure").font, labelStyle = layout.style("cover-meta").font
        blocks.append(.figure(Figure(drawing: KeyFigures(figures: figures, numberStyle: numberStyle, labelStyle: labelStyle,
                                                         accent: layout.accent),
                                     height: numberStyle.size * 1.15 + labelStyle.size * 3 + .pt(14))))
        var meta: [String] = []
        if let asOf = spec.dataAsOf { meta.append("Data as of \(Formatting.day(asOf))") }
        if let org = spec.organisation { meta.append("Prepared by \(org)") }
        blocks.append(.spacer(.pt(14)))
        for line in meta { blocks.append(.paragraph(Paragraph([.text(line)], style: "cover-meta"))) }
        return blocks
    }
}
