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
            ChartEvent(start: incident.date.start, end: incident.date.end, label: Formatting.date(incident.date),
                       values: categories.map { chartValue(incident.figure($0), incident: incident) })
        }
        guard let groups = try? ChartAggregation.make(events, threshold: layout.chartThreshold) else { return nil }
        var style = ChartStyle.standard(fontFamily: layout.sans)
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
        if kind.drawsBars && values.contains(where: \.isRange) { marks.append("whiskers show ranges") }
        if values.contains(where: { $0.isLowerBound && $0.best > 0 }) {
            marks.append(kind.drawsBars ? "an arrow and “≥” mark a lower bound" : "“≥” marks a lower bound")
        }
        if values.contains(where: { $0.disputed && $0.best > 0 }) { marks.append("a dashed outline marks a disputed figure") }
        var note = "Figures are as reported by \(reporters(standalone: standalone)) and as used in "
            + (standalone ? "the dossier “\(dossier.spec.title)”" : "this dossier")
        note += marks.isEmpty ? "." : "; " + marks.joined(separator: "; ") + "."
        if !standalone { note += " See each incident for every source’s figures." }
        let known = categories.allSatisfy { CasualtyCategory.known.contains($0) && dossier.spec.categoryLabels[$0.name] == nil }
        let listed = Self.list(categories.map(labelInSentence))
        let people = known ? "People \(listed)" : listed.prefix(1).uppercased() + listed.dropFirst()
        var what: String
        switch groups.period {
        case .event: what = "\(people) per incident"
        default:
            let n = dossier.incidents.count
            what = "\(people) per \(groups.period.noun), summed over \(Formatting.count(n)) incidents"
            if let count = kind.eventCountNote(period: groups.period.noun) { what += "; " + count }
        }
        if let reading = kind.readingNote { what += "; " + reading }
        return "\(what). \(note)"
    }

    /// Who reported the figures, for the note under a chart: the publishers (or authors) of the
    /// sources the incidents' figures rest on, in the order first cited, at most three by name.
    private func reporters(standalone: Bool = false) -> String {
        let listed = standalone ? "cited in the dossier" : "listed under Sources"
        var names: [String] = []
        var ids: [String] = []
        for incident in dossier.incidents {
            for entry in incident.casualties {
                for id in entry.figure.sourcesOfUsed(fallback: incident.sources) where !ids.contains(id) {
                    ids.append(id)
                    if let name = dossier.source(id).flatMap({ $0.publisher ?? $0.author }), !names.contains(name) {
                        names.append(name)
                    }
                }
            }
        }
        let others = ids.count - min(names.count, 3)
        let named = Array(names.prefix(3))
        guard others > 0 else { return named.isEmpty ? "the sources cited for each incident" : Self.list(named) }
        let rest = "\(others) other source\(others == 1 ? "" : "s") \(listed)"
        return named.isEmpty ? "the \(ids.count) sources \(listed)" : Self.list(named + [rest])
    }

    /// A small chart of one incident's figures, a bar per category; nil when fewer than two
    /// categories have a number.
    func incidentChart(_ incident: Incident) -> Figure? {
        let numeric = incident.casualties.filter { $0.figure.hasNumber }
        guard numeric.count >= 2 else { return nil }
        let mode = layout.chartMode
        var style = ChartStyle.compact(fontFamily: layout.sans)
        style.mode = mode
        let chart = CategoryBarChart(values: numeric.map { chartValue($0.figure, incident: incident) },
                                     series: Palette.series(numeric.map { label($0.category) }, mode: mode), style: style,
                                     event: Formatting.date(incident.date))
        let size = CategoryBarChart.standardSize
        return Figure(drawing: chart, width: size.width, height: size.height)
    }

}
