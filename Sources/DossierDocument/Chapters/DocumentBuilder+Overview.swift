// DocumentBuilder+Overview: the overview chapter: what the records cover in one paragraph, the
// chart of casualties per incident, and a table of the incidents (or of the chart's periods).

import DossierCharts
import DossierModel

extension DocumentBuilder {
    func overviewBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading("Overview", anchor: "overview")]
        let totals = dossier.casualtyTotals()
        let first = dossier.incidents.first!.date, last = dossier.incidents.last!.date
        var sentence = "These records document \(dossier.incidents.count == 1 ? "one incident" : "\(dossier.incidents.count) incidents")"
        sentence += first.start == last.start ? " on \(Formatting.date(first))" : " between \(Formatting.date(first)) and \(Formatting.date(last))"
        let parts = totals.filter { !$0.isUnquantified }.map { "\(Formatting.total($0)) \(labelInSentence($0.category))" }
        let unquantified = totals.filter(\.isUnquantified).map { labelInSentence($0.category) }
        if !parts.isEmpty { sentence += ". Taken together, the figures used in this dossier count " + Self.list(parts) }
        if !unquantified.isEmpty {
            sentence += (parts.isEmpty ? ". " : "; ") + "no figure gives a number for \(Self.list(unquantified)) (\(Formatting.notQuantified))"
        }
        sentence += ". Where sources give different figures, each incident’s table shows the figure used and the note beneath it lists what every source reported."
        blocks.append(.paragraph(Paragraph([.text(sentence)])))
        let chart = overviewChart(totals: totals)
        if let chart { blocks.append(.figure(chart.figure)) }
        if dossier.incidents.count <= layout.chartThreshold {
            blocks.append(.heading(Heading(level: 3, content: [.text("Incidents at a glance")])))
            blocks.append(.table(summaryTable(totals: totals)))
            if dossier.incidents.contains(where: { $0.casualties.contains { $0.figure.sourcesDisagree } }) {
                blocks.append(.paragraph(Paragraph([.text("† The sources disagree on this figure; the incident’s “Figures and sources” note gives each source’s own.")], style: "note")))
            }
        } else if let rows = chart?.chart.dataTable, let header = rows.first, rows.count > 1 {
            // Too many incidents to list here: the chart's own figures, period by period, stand in.
            blocks.append(.heading(Heading(level: 3, content: [.text("The chart's figures")])))
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
        let header = [[TableCell("Date"), TableCell("Incident")] + categories.map { TableCell(label($0)) }]
        var rows: [[TableCell]] = dossier.incidents.map { incident in
            [TableCell(Formatting.date(incident.date)),
             TableCell([.link([.text(incident.title)], .destination(Self.anchor(incident)))])]
                + categories.map { c in
                    TableCell(incident.figure(c).map { Formatting.figure($0) + ($0.sourcesDisagree ? " †" : "") } ?? "–")
                }
        }
        rows.append([TableCell([.strong([.text("Total")])]), TableCell("")]
                    + totals.map { TableCell([.strong([.text(Formatting.total($0))])]) })
        return Table(columns: columns, header: header, rows: rows)
    }
}
