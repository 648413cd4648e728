// DocumentBuilder+Charts: the dossier's charts from its figures: the overview chart of every
// incident (also what `dossier chart` exports) and the small chart beside each incident's table.

import DossierCharts
import DossierDisplay
import DossierModel

extension DocumentBuilder {
    /// A figure as the charts take it: the number used, the range around it, whether it is a
    /// lower bound, and whether it is disputed.
    private func chartValue(_ figure: CasualtyFigure?, incident: Incident) -> ChartValue {
        guard let f = figure else { return ChartValue(0) }
        var v = ChartValue(Double(f.value))
        if let l = f.low, f.high != nil || f.best != nil { v.low = Double(l) }
        if let h = f.high { v.high = Double(h) }
        v.isLowerBound = f.best == nil && f.low != nil && f.high == nil
        v.disputed = incident.isDisputed(f)
        return v
    }

    /// Returns the overview chart of the incidents with its caption: the kind `ChartKind.automatic`
    /// chooses unless `kind` says otherwise, in the layout's colour mode unless `mode` says
    /// otherwise. More incidents than the layout's chart threshold are summed per month, quarter,
    /// year or span of years. `dossier chart` draws this same chart on its own. Nil when there
    /// are no incidents or no casualty figures. `standalone` words the caption for a chart shown
    /// without the dossier around it.
    public func overviewChart(totals: [CasualtyTotal]? = nil, kind: ChartKind? = nil,
                              mode: ChartColorMode? = nil, standalone: Bool = false) -> OverviewChart? {
        let categories = (totals ?? dossier.casualtyTotals()).map(\.category)
        guard !categories.isEmpty else { return nil }
        let mode = mode ?? layout.chartMode
        let series = Palette.series(categories.map(label), mode: mode)
        let events = dossier.incidents.map { incident in
            ChartEvent(start: incident.date.start, end: incident.date.end, label: format.date(incident.date),
                       values: categories.map { chartValue(incident.figure($0), incident: incident) })
        }
        guard let groups = try? ChartAggregation.make(events, threshold: layout.chartThreshold, wording: wording) else { return nil }
        var style = ChartStyle.standard(fontFamily: layout.sans)
        style.wording = wording
        style.mode = mode
        style.valueLabels = true
        let chosen = kind ?? ChartKind.automatic(for: groups, width: layout.page.textWidth, style: style)
        var chart = chosen.chart(groups, series: series, style: style)
        let caption = overviewCaption(groups, kind: chosen, categories: categories, standalone: standalone)
        // A chart exported on its own prints the caption below it; the document sets it as the figure's caption.
        chart.sourceNote = caption
        return OverviewChart(chart: chart, kind: chosen, count: groups.groups.count, caption: caption)
    }

    /// What the overview chart shows, how to read its marks, and whose figures it draws.
    private func overviewCaption(_ groups: ChartAggregation, kind: ChartKind, categories: [CasualtyCategory],
                                 standalone: Bool) -> String {
        let values = groups.groups.flatMap(\.values)
        var marks: [String] = []
        if kind.drawsBars && values.contains(where: \.isRange) { marks.append(text("caption.whiskers")) }
        if values.contains(where: { $0.isLowerBound && $0.best > 0 }) {
            marks.append(text(kind.drawsBars ? "caption.lower_bound_arrow" : "caption.lower_bound"))
        }
        if values.contains(where: { $0.disputed && $0.best > 0 }) { marks.append(text("caption.disputed")) }
        let place = standalone ? text("caption.the_dossier", ["title": dossier.spec.title]) : text("caption.this_dossier")
        var note = text("caption.reported_by", ["reporters": reporters(standalone: standalone), "dossier": place])
        note += marks.isEmpty ? text("sentence.end")
            : text("list.semicolon") + marks.joined(separator: text("list.semicolon")) + text("sentence.end")
        if !standalone { note += " " + text("caption.see_incidents") }
        let known = categories.allSatisfy { CasualtyCategory.known.contains($0) && dossier.spec.categoryLabels[$0.name] == nil }
        let listed = list(categories.map(labelInSentence))
        let people = known ? text("caption.people", ["categories": listed]) : listed.prefix(1).uppercased() + listed.dropFirst()
        var what: String
        switch groups.period {
        case .event: what = text("caption.per_incident", ["what": people])
        default:
            let incidents = wording.count("caption.incidents", dossier.incidents.count)
            what = text("caption.per_period", ["what": people, "period": groups.period.noun(wording), "incidents": incidents])
            if let count = kind.eventCountNote(period: groups.period.noun(wording), wording) {
                what += text("list.semicolon") + count
            }
        }
        if let reading = kind.readingNote(wording) { what += text("list.semicolon") + reading }
        return what + text("sentence.end") + " " + note
    }

    /// Who reported the figures, for the note under a chart: the publishers (or authors) of the
    /// sources the incidents' figures rest on, in the order first cited, at most three by name.
    private func reporters(standalone: Bool = false) -> String {
        let listed = text(standalone ? "caption.cited_in_dossier" : "caption.listed_under_sources")
        var names: [String] = [], ids: [String] = []
        var namesSeen = Set<String>(), idsSeen = Set<String>()
        for incident in dossier.incidents {
            for entry in incident.casualties {
                for id in entry.figure.sourcesOfUsed(fallback: incident.sources) where idsSeen.insert(id).inserted {
                    ids.append(id)
                    if let name = records.source(id).flatMap({ $0.publisher ?? $0.author }), namesSeen.insert(name).inserted {
                        names.append(name)
                    }
                }
            }
        }
        let others = ids.count - min(names.count, 3)
        let named = Array(names.prefix(3))
        guard others > 0 else { return named.isEmpty ? text("caption.sources_per_incident") : list(named) }
        let rest = wording.count("caption.other_sources", others, ["where": listed])
        return named.isEmpty ? wording.count("caption.all_sources", ids.count, ["where": listed]) : list(named + [rest])
    }

    /// A small chart of one incident's figures, a bar per category; nil when fewer than two
    /// categories have a number.
    func incidentChart(_ incident: Incident) -> Figure? {
        let numeric = incident.casualties.filter { $0.figure.hasNumber }
        guard numeric.count >= 2 else { return nil }
        let mode = layout.chartMode
        var style = ChartStyle.compact(fontFamily: layout.sans)
        style.mode = mode
        style.wording = wording
        let chart = CategoryBarChart(values: numeric.map { chartValue($0.figure, incident: incident) },
                                     series: Palette.series(numeric.map { label($0.category) }, mode: mode), style: style,
                                     event: format.date(incident.date))
        let size = CategoryBarChart.standardSize
        return Figure(drawing: chart, width: size.width, height: size.height)
    }

}
