// DocumentBuilder+Overview: the overview chapter: what the records cover in one paragraph, the
// chart of casualties per incident, and a table of the incidents (or of the chart's periods).

import DossierCharts
import DossierModel

extension DocumentBuilder {
    func overviewBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading(text("overview.title"), anchor: "overview")]
        let totals = dossier.casualtyTotals()
        let first = dossier.incidents.first!.date, last = dossier.incidents.last!.date
        let count = dossier.incidents.count
        var sentence = first.start == last.start
            ? wording.count("overview.records_on", count, ["date": format.date(first)])
            : wording.count("overview.records_between", count, ["first": format.date(first), "last": format.date(last)])
        let parts = totals.filter { !$0.isUnquantified }.map {
            text("overview.total", ["figure": format.total($0), "category": labelInSentence($0.category)])
        }
        let unquantified = totals.filter(\.isUnquantified).map { labelInSentence($0.category) }
        if !parts.isEmpty { sentence += text("overview.totals", ["totals": list(parts)]) }
        if !unquantified.isEmpty {
            sentence += text(parts.isEmpty ? "overview.unquantified_alone" : "overview.unquantified",
                             ["categories": list(unquantified), "words": format.notQuantified])
        }
        sentence += text("overview.disagreement")
        blocks.append(.paragraph(Paragraph([.text(sentence)])))
        let chart = overviewChart(totals: totals)
        if let chart { blocks.append(.figure(chart.figure)) }
        if dossier.incidents.count <= layout.chartThreshold {
            blocks.append(.heading(Heading(level: 3, content: [.text(text("overview.at_a_glance"))])))
            blocks.append(.table(summaryTable(totals: totals)))
            if dossier.incidents.contains(where: { $0.casualties.contains { $0.figure.sourcesDisagree } }) {
                blocks.append(.paragraph(Paragraph([.text(text("overview.dagger_note"))], style: "note")))
            }
        } else if let rows = chart?.chart.dataTable, let header = rows.first, rows.count > 1 {
            // Too many incidents to list here: the chart's own figures, period by period, stand in.
            blocks.append(.heading(Heading(level: 3, content: [.text(text("overview.chart_figures"))])))
            let columns = [TableColumn(width: .fraction(1))] + header.dropFirst().map { _ in TableColumn(width: .content, alignment: .end) }
            blocks.append(.table(Table(columns: columns, header: [header.map { TableCell($0) }],
                                       rows: rows.dropFirst().map { $0.map { TableCell($0) } })))
        }
        return blocks
    }

    /// "Incidents at a glance": a row per incident, a column per category, and the totals.
    private func summaryTable(totals: [CasualtyTotal]) -> Table {
        let categories = totals.map(\.category)
        var columns = [TableColumn(width: .content), TableColumn(width: .fraction(1))]
        columns += categories.map { _ in TableColumn(width: .content, alignment: .end) }
        let header = [[TableCell(text("table.date")), TableCell(text("table.incident"))] + categories.map { TableCell(label($0)) }]
        var rows: [[TableCell]] = dossier.incidents.map { incident in
            [TableCell(format.date(incident.date)),
             TableCell([.link([.text(incident.title)], .destination(Self.anchor(incident)))])]
                + categories.map { c in
                    TableCell(incident.figure(c).map { format.figure($0) + ($0.sourcesDisagree ? " †" : "") } ?? "–")
                }
        }
        rows.append([TableCell([.strong([.text(text("table.total"))])]), TableCell("")]
                    + totals.map { TableCell([.strong([.text(format.total($0))])]) })
        return Table(columns: columns, header: header, rows: rows)
    }
}
