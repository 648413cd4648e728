// DocumentBuilder: a dossier's records in, the document tree out, in the order the layout names.

import DossierCharts
import DossierDisplay
import DossierModel

/// Builds the document of a dossier in a layout.
public struct DocumentBuilder {
    public let dossier: Dossier
    public let layout: LayoutSpec
    private let sources: SourceIndex

    /// Whether each incident's own source list is the link target of its citations (when the
    /// document has no Sources chapter).
    private var anchorsSourcesInIncidents = false

    public init(dossier: Dossier, layout: LayoutSpec) {
        self.dossier = dossier; self.layout = layout; self.sources = SourceIndex(dossier)
    }

    /// The document's metadata; `creationDate` is the ISO instant to stamp (fixed for reproducible builds).
    public func metadata(creationDate: String?) -> DocumentMetadata {
        let spec = dossier.spec
        return DocumentMetadata(
            title: spec.title, author: spec.organisation ?? "", subject: spec.subtitle ?? "",
            keywords: spec.keywords, creator: "dossier", language: spec.language, creationDate: creationDate)
    }

    /// Builds the document.
    public func build(creationDate: String?) -> Document {
        var cover: [Block] = []
        var body: [Block] = []
        for section in layout.sections {
            switch section {
            case .cover:
                if layout.coverPage { cover = coverBlocks() } else { body += coverBlocks() + [.spacer(.pt(18))] }
            case .contents: append(&body, [.contents(Contents(title: "Contents"))])
            case .introduction:
                for (file, markdown) in dossier.sections {
                    var blocks = MarkdownReader.blocks(markdown)
                    if case .heading(var h)? = blocks.first, h.level == 1 {
                        h.anchor = "section-" + Self.slug(file); h.inContents = true; h.outlineLevel = 1
                        h.setsSection = true
                        blocks[0] = .heading(h)
                    } else {
                        blocks.insert(.heading(Heading(level: 1, content: [.text(Self.title(ofFile: file))],
                                                       anchor: "section-" + Self.slug(file), inContents: true,
                                                       outlineLevel: 1, setsSection: true)), at: 0)
                    }
                    append(&body, blocks)
                }
            case .overview: append(&body, overviewBlocks())
            case .incidents: append(&body, incidentBlocks())
            case .quotations: append(&body, quotationBlocks())
            case .sources: append(&body, sourceBlocks())
            }
        }
        // In duplex, the first chapter after the cover starts on a right-hand page too.
        if layout.rectoChapters && !cover.isEmpty && !body.isEmpty { body.insert(.pageBreak(.recto), at: 0) }
        return Document(metadata: metadata(creationDate: creationDate), layout: layout, cover: cover, body: body)
    }

    /// Appends a chapter, starting it on a new (or right-hand) page.
    private func append(_ body: inout [Block], _ chapter: [Block]) {
        guard !chapter.isEmpty else { return }
        // A title block on the first page is followed directly by the first chapter.
        if !body.isEmpty && !(titleBlockOnly(body)) { body.append(.pageBreak(layout.rectoChapters ? .recto : .next)) }
        body += chapter
    }

    private func titleBlockOnly(_ body: [Block]) -> Bool {
        !layout.coverPage && layout.sections.first == .cover && body.count == coverBlocks().count + 1
    }

    /// Levels a summary's headings are shifted by: its `#` is a level-3 heading, below the incident's own.
    static let summaryHeadingOffset = 2

    static func slug(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func title(ofFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    // MARK: Cover

    private func coverBlocks() -> [Block] {
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
        for t in categoryTotals().filter({ $0.total > 0 }).prefix(3) {
            let text = totalText(t.category, t.total)
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

    // MARK: Overview

    /// Categories present in the dossier, in print order, with their totals.
    func categoryTotals() -> [(category: CasualtyCategory, total: Int)] {
        var order: [CasualtyCategory] = []
        var totals: [CasualtyCategory: Int] = [:]
        for incident in dossier.incidents {
            for entry in incident.casualties {
                if totals[entry.category] == nil { order.append(entry.category) }
                totals[entry.category, default: 0] += entry.figure.value
            }
        }
        let known = CasualtyCategory.known.filter { order.contains($0) }
        let others = order.filter { !CasualtyCategory.known.contains($0) }
        return (known + others).map { ($0, totals[$0] ?? 0) }
    }

    /// A category's total as printed: "at least 350" when a figure in it is only a lower bound
    /// or is not quantified, "10–12" when one is a range with no best estimate, "not quantified"
    /// when no figure in it gives a number.
    func totalText(_ category: CasualtyCategory, _ total: Int) -> String {
        if isUnquantified(category) { return Self.notQuantified }
        let figures = dossier.incidents.compactMap { $0.figure(category) }
        if figures.contains(where: { !$0.hasNumber || ($0.best == nil && $0.high == nil) }) {
            return "at least " + Formatting.count(total)
        }
        let upper = figures.reduce(0) { $0 + ($1.best ?? $1.high ?? $1.low ?? 0) }
        return upper == total ? Formatting.count(total) : Formatting.count(total) + "–" + Formatting.count(upper)
    }

    private func overviewBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Overview")], anchor: "overview",
                                                inContents: true, outlineLevel: 1, setsSection: true))]
        let totals = categoryTotals()
        let first = dossier.incidents.first!.date, last = dossier.incidents.last!.date
        var sentence = "These records document \(dossier.incidents.count == 1 ? "one incident" : "\(dossier.incidents.count) incidents")"
        sentence += first.start == last.start ? " on \(Formatting.date(first))" : " between \(Formatting.date(first)) and \(Formatting.date(last))"
        let parts = totals.filter { !isUnquantified($0.category) }.map { "\(totalText($0.category, $0.total)) \(labelInSentence($0.category))" }
        let unquantified = totals.filter { isUnquantified($0.category) }.map { labelInSentence($0.category) }
        if !parts.isEmpty { sentence += ". Taken together, the figures used in this dossier count " + Self.list(parts) }
        if !unquantified.isEmpty { sentence += (parts.isEmpty ? ". " : "; ") + "no figure gives a number for \(Self.list(unquantified)) (not quantified)" }
        sentence += ". Where sources give different figures, each incident’s table shows the figure used and the note beneath it lists what every source reported."
        blocks.append(.paragraph(Paragraph([.text(sentence)])))
        let chart = overviewChart(totals: totals)
        if let chart { blocks.append(.figure(chart)) }
        if dossier.incidents.count <= layout.chartThreshold {
            blocks.append(.heading(Heading(level: 3, content: [.text("Incidents at a glance")])))
            blocks.append(.table(summaryTable(totals: totals)))
            if dossier.incidents.contains(where: { $0.casualties.contains { Self.sourcesDisagree($0.figure) } }) {
                blocks.append(.paragraph(Paragraph([.text("† The sources disagree on this figure; the incident’s “Figures and sources” note gives each source’s own.")], style: "note")))
            }
        } else if let rows = (chart?.drawing as? any Chart)?.dataTable, let header = rows.first, rows.count > 1 {
            // Too many incidents to list here: the chart's own figures, period by period, stand in.
            blocks.append(.heading(Heading(level: 3, content: [.text("The chart's figures")])))
            let columns = [TableColumn(width: .fraction(1))] + header.dropFirst().map { _ in TableColumn(width: .content, alignment: .end) }
            blocks.append(.table(Table(columns: columns, header: [header.map { TableCell($0) }],
                                       rows: rows.dropFirst().map { $0.map { TableCell($0) } })))
        }
        return blocks
    }

    static func list(_ parts: [String]) -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }

    private func chartValue(_ figure: CasualtyFigure?, incident: Incident) -> ChartValue {
        guard let f = figure else { return ChartValue(0) }
        var v = ChartValue(Double(f.value))
        if let l = f.low, f.high != nil || f.best != nil { v.low = Double(l) }
        if let h = f.high { v.high = Double(h) }
        v.isLowerBound = f.best == nil && f.low != nil && f.high == nil
        v.disputed = Self.isDisputed(f, incident: incident)
        return v
    }

    /// Returns the overview chart of the incidents, as a figure with its caption: stacked bars
    /// (horizontal when the incidents' labels are long) unless `kind` says otherwise, in the
    /// layout's colour mode unless `mode` says otherwise. More incidents than the layout's chart
    /// threshold are summed per month, quarter, year or span of years. `dossier chart` draws
    /// this same chart on its own. Nil when there are no incidents or no casualty figures.
    /// `standalone` words the note for a chart shown without the dossier around it.
    public func overviewChart(totals: [(category: CasualtyCategory, total: Int)]? = nil, kind: ChartKind? = nil,
                              mode: ChartColorMode? = nil, standalone: Bool = false) -> Figure? {
        let categories = (totals ?? categoryTotals()).map(\.category)
        guard !categories.isEmpty else { return nil }
        let mode = mode ?? (layout.chartMode == "print" ? .print : .color)
        let series = Palette.series(categories.map(label), mode: mode)
        func day(_ d: Day) -> ChartDay { ChartDay(year: d.year, month: d.month, day: d.day) }
        let events = dossier.incidents.map { incident in
            ChartEvent(start: day(incident.date.start), end: day(incident.date.end), label: Formatting.date(incident.date),
                       values: categories.map { chartValue(incident.figure($0), incident: incident) })
        }
        guard let groups = try? ChartAggregation.make(events, threshold: layout.chartThreshold) else { return nil }
        var style = ChartStyle.standard(fontFamily: layout.sans)
        style.mode = mode
        style.valueLabels = true
        let perIncident = groups.period == .event
        let long = perIncident && BarOrientation.suited(to: groups.bars.map(\.label), width: layout.page.textWidth,
                                                        style: style) == .horizontal
        let chosen = kind ?? (long ? .horizontal : .stacked)
        var chart: any Chart
        var height = Length.pt(250)
        switch chosen {
        case .stacked: chart = StackedBarChart(groups, series: series, style: style)
        case .grouped: chart = GroupedBarChart(groups, series: series, style: style)
        case .horizontal:
            chart = HorizontalBarChart(groups, series: series, style: style)
            height = HorizontalBarChart.naturalHeight(bars: groups.groups.count, style: style)
        case .timeline:
            chart = TimelineChart(groups, series: series, style: style)
            height = .pt(220)
        }
        let values = groups.groups.flatMap(\.values)
        var marks: [String] = []
        let bars = chosen != .timeline
        if bars && values.contains(where: \.isRange) { marks.append("whiskers show ranges") }
        if values.contains(where: { $0.isLowerBound && $0.best > 0 }) {
            marks.append(bars ? "an arrow and “≥” mark a lower bound" : "“≥” marks a lower bound")
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
            switch chosen {
            case .stacked, .grouped: what += "; the row under the bars (“Events”) gives the number in each \(groups.period.noun)"
            case .horizontal: what += "; each label gives the number in its \(groups.period.noun)"
            case .timeline: break
            }
        }
        if chosen == .timeline { what += "; the area of each circle is proportional to its total" }
        // The note says what the chart shows and whose figures it draws; a chart exported on
        // its own prints it below, the document sets it as the caption.
        chart.sourceNote = "\(what). \(note)"
        return Figure(drawing: chart, height: height, caption: [.text("Figure 1. \(what). \(note)")])
    }

    /// Who reported the figures, for the note under a chart: the publishers (or authors) of the
    /// sources the incidents' figures rest on, in the order first cited, at most three by name.
    /// The sources a figure used rests on: its own, and the claims that give that figure; when
    /// none is named, all its claims' sources; failing that, the incident's.
    static func sourcesOfFigureUsed(_ f: CasualtyFigure, in incident: Incident) -> [String] {
        let used = f.best ?? f.low ?? f.high
        let agreeing = f.sources + f.claims.filter { ($0.best ?? $0.low ?? $0.high) == used }.map(\.source)
        if !agreeing.isEmpty { return agreeing }
        let claimed = f.claims.map(\.source)
        return claimed.isEmpty ? incident.sources : claimed
    }

    private func reporters(standalone: Bool = false) -> String {
        let listed = standalone ? "cited in the dossier" : "listed under Sources"
        var names: [String] = []
        var ids: [String] = []
        for incident in dossier.incidents {
            for entry in incident.casualties {
                for id in Self.sourcesOfFigureUsed(entry.figure, in: incident) where !ids.contains(id) {
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
    private func incidentChart(_ incident: Incident) -> Figure? {
        let numeric = incident.casualties.filter { $0.figure.hasNumber }
        guard numeric.count >= 2 else { return nil }
        let mode: ChartColorMode = layout.chartMode == "print" ? .print : .color
        var style = ChartStyle.compact(fontFamily: layout.sans)
        style.mode = mode
        let chart = CategoryBarChart(values: numeric.map { chartValue($0.figure, incident: incident) },
                                     series: Palette.series(numeric.map { label($0.category) }, mode: mode), style: style,
                                     event: Formatting.date(incident.date))
        let size = CategoryBarChart.standardSize
        return Figure(drawing: chart, width: size.width, height: size.height)
    }

    private func summaryTable(totals: [(category: CasualtyCategory, total: Int)]) -> Table {
        let categories = totals.map(\.category)
        var columns = [TableColumn(width: .content), TableColumn(width: .fraction(1))]
        columns += categories.map { _ in TableColumn(width: .content, alignment: .end) }
        let header = [[TableCell("Date"), TableCell("Incident")] + categories.map { TableCell(label($0)) }]
        var rows: [[TableCell]] = dossier.incidents.map { incident in
            [TableCell(Formatting.date(incident.date)),
             TableCell([.link([.text(incident.title)], .destination(Self.anchor(incident)))])]
                + categories.map { c in
                    TableCell(incident.figure(c).map { Formatting.figure($0) + (Self.sourcesDisagree($0) ? " †" : "") } ?? "–")
                }
        }
        rows.append([TableCell([.strong([.text("Total")])]), TableCell("")]
                    + totals.map { TableCell([.strong([.text(totalText($0.category, $0.total))])]) })
        return Table(columns: columns, header: header, rows: rows)
    }

    static func anchor(_ incident: Incident) -> String { "incident-" + incident.id }

    // MARK: Incidents

    private func incidentBlocks() -> [Block] {
        guard !dossier.incidents.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Incidents")], anchor: "incidents",
                                                inContents: true, outlineLevel: 1, setsSection: true))]
        for incident in dossier.incidents { blocks.append(.section(incidentSection(incident))) }
        return blocks
    }

    private func citation(_ ids: [String]) -> [Inline] {
        var seen: Set<String> = []
        let numbers = ids.filter { seen.insert($0).inserted }.compactMap { id in sources.number(id).map { (id, $0) } }
            .sorted { $0.1 < $1.1 }
        guard !numbers.isEmpty else { return [] }
        var out: [Inline] = [.text(" [")]
        for (k, (id, n)) in numbers.enumerated() {
            if k > 0 { out.append(.text(", ")) }
            out.append(.link([.text("\(n)")], .destination(SourceIndex.anchor(id))))
        }
        out.append(.text("]"))
        return out
    }

    private func incidentSection(_ incident: Incident) -> [Block] {
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
                let used = f.best ?? f.low ?? f.high
                let agreeing = f.sources + f.claims.filter { ($0.best ?? $0.low ?? $0.high) == used }.map(\.source)
                let cited = (agreeing.isEmpty ? incident.sources : agreeing) + f.claims.map(\.source)
                basis += citation(cited)
                if note == nil, case .text(let t)? = basis.first { basis[0] = .text(String(t.drop { $0 == " " })) }
                let mark = Self.sourcesDisagree(f) ? " †" : ""
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
                let disputed = incident.casualties.contains { Self.sourcesDisagree($0.figure) }
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

    /// Whether a figure is contested: the incident is marked disputed, or a source's own figure
    /// differs from the one used.
    static func isDisputed(_ f: CasualtyFigure, incident: Incident) -> Bool {
        incident.verification == .disputed || sourcesDisagree(f)
    }

    /// Whether a source's own figure differs from the one used: what † marks in tables.
    static func sourcesDisagree(_ f: CasualtyFigure) -> Bool {
        let used = f.best ?? f.low ?? f.high
        return f.claims.contains { ($0.best ?? $0.low ?? $0.high) != used }
    }

    private func quote(_ q: Quotation) -> BlockQuote {
        var paragraphs = [Paragraph([.text("“" + q.text + "”")], style: "quote", language: q.language)]
        if let t = q.translation {
            var line = "Translation: “\(t.text)”"
            if let who = t.translator { line += " (tr. \(who))" }
            paragraphs.append(Paragraph([.text(line)], style: "quote", language: t.language))
        }
        var who = "— " + q.speaker
        if let role = q.role { who += ", " + role }
        var details: [String] = []
        if let occasion = q.occasion { details.append(occasion) }
        if let d = q.date { details.append(Formatting.day(d)) }
        if !details.isEmpty { who += ", " + details.joined(separator: ", ") }
        var attribution: [Inline] = [.text(who)]
        if let c = q.source {
            if let loc = c.locator { attribution.append(.text(", " + loc)) }
            attribution += citation([c.source])
        }
        return BlockQuote(paragraphs: paragraphs, attribution: attribution)
    }

    /// "[3] Author, Title. Publisher, 1 September 2019. URL"
    private func sourceEntry(_ id: String, anchored: Bool = false) -> [Inline] {
        let number = sources.number(id).map { "[\($0)] " } ?? ""
        guard let s = dossier.source(id) else { return [.text(number + id + " "), .emphasis([.text("(cited, but not defined in the project's sources)")])] }
        var out: [Inline] = [.text(number)]
        if let a = s.author { out.append(.text(a + ", ")) }
        out.append(.emphasis([.text(s.title)]))
        var tail: [String] = []
        if let p = s.publisher { tail.append(p) }
        if let d = s.date { tail.append(Formatting.day(d)) }
        out.append(.text(tail.isEmpty ? "." : ". " + tail.joined(separator: ", ") + "."))
        if let url = s.url { out += [.text(" "), .link([.text(url)], .url(url))] }
        if let a = s.accessed, s.url != nil { out.append(.text(" Accessed \(Formatting.day(a)).")) }
        return out
    }

    // MARK: Anniversary brief

    /// A brief for an incident's anniversary: a title block, then the incident with its
    /// statements and sources.
    public func anniversaryBrief(incidentID: String, years: Int, observed: Day, creationDate: String?) -> Document? {
        guard let incident = dossier.incidents.first(where: { $0.id == incidentID }) else { return nil }
        // The brief stands alone: its sources are numbered from 1 and listed under the incident.
        if !anchorsSourcesInIncidents {
            var single = dossier
            single.incidents = [incident]
            single.quotations = dossier.quotations(about: incident.id)
            var brief = DocumentBuilder(dossier: single, layout: layout)
            brief.anchorsSourcesInIncidents = true
            return brief.anniversaryBrief(incidentID: incidentID, years: years, observed: observed, creationDate: creationDate)
        }
        let kind = incident.title.lowercased().contains("raid") ? "raid" : "attack"
        let title = "The \(Formatting.ordinal(years)) anniversary of the \(kind) of \(Formatting.date(incident.date))"
        var blocks: [Block] = []
        if let org = dossier.spec.organisation {
            blocks.append(.paragraph(Paragraph([.text(org.uppercased())], style: "cover-kicker")))
        }
        blocks.append(.heading(Heading(level: 1, content: [.text(title)], style: "cover-title", anchor: "brief",
                                       outlineLevel: 1)))
        var line = "Brief issued \(Formatting.day(observed))"
        if let asOf = dossier.spec.dataAsOf, asOf <= observed { line += " · data as of \(Formatting.day(asOf))" }
        blocks.append(.paragraph(Paragraph([.text(line)], style: "cover-meta")))
        blocks.append(.spacer(.pt(12)))
        blocks += incidentSection(incident)
        var meta = metadata(creationDate: creationDate)
        meta.title = title
        meta.subject = incident.title
        return Document(metadata: meta, layout: layout, cover: [], body: blocks)
    }

    // MARK: Quotations and sources

    private func quotationBlocks() -> [Block] {
        guard !dossier.quotations.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Statements")], anchor: "statements",
                                                inContents: true, outlineLevel: 1, setsSection: true))]
        for q in dossier.quotations { blocks.append(.quote(quote(q))) }
        return blocks
    }

    private func sourceBlocks() -> [Block] {
        guard !dossier.sources.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("Sources")], anchor: "sources",
                                                inContents: true, outlineLevel: 1, setsSection: true))]
        blocks.append(.paragraph(Paragraph([.text("Sources are numbered in the order this dossier first cites them. Each figure and statement above refers to these numbers.")], style: "note")))
        for id in sources.order {
            blocks.append(.paragraph(Paragraph(sourceEntry(id), style: "source", anchor: SourceIndex.anchor(id))))
        }
        return blocks
    }
}
