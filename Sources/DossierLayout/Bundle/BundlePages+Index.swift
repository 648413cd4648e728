// BundlePages+Index: the exhibit index: one row per part of the bundle (the dossier, then each exhibit)
// with its label, title, page range and Bates range, each row a link to the part's first page.

import DossierDisplay
import DossierDocument

extension BundlePages {
    /// A row of the index.
    private struct Row {
        var label: String
        var title: String
        var note: String?
        var pages: ClosedRange<Int>
        var destination: String
    }

    /// The index's pages, numbered from `plan.index`'s first page; a row never splits, and the column
    /// heads repeat on every page.
    func indexPages(_ plan: BundlePlan) throws -> [Page] {
        let rows = [Row(label: dossierLabel ?? BundleWords.noLabel, title: dossierTitle, note: BundleWords.dossierRow,
                        pages: plan.dossier, destination: Self.dossierDestination)]
            + exhibits.enumerated().map { i, e in
                Row(label: e.label, title: e.title, note: e.source, pages: plan.parts[i].range, destination: BundleExhibit.destination(i))
            }
        let headStyle = TextStyle(family: sans, size: .pt(8), bold: true, color: grey)
        let labelStyle = TextStyle(family: sans, size: .pt(9), bold: true)
        let cellStyle = TextStyle(family: sans, size: .pt(9))
        let noteStyle = TextStyle(family: sans, size: .pt(7.5), color: grey)
        let bates = spec.bates
        func pagesText(_ row: Row) -> String { BundleWords.range(String(row.pages.lowerBound), String(row.pages.upperBound)) }
        func widest(_ texts: [String], _ style: TextStyle) throws -> Length {
            try texts.map { try shaper.measure(StyledText($0, style: style)) }.max() ?? .zero
        }
        let gap = Length.pt(12)
        var heads = [BundleWords.exhibitColumn, BundleWords.documentColumn, BundleWords.pagesColumn]
        var widths = [try max(widest(rows.map(\.label), labelStyle), widest([heads[0]], headStyle)) + gap, Length.zero,
                      try max(widest(rows.map(pagesText), cellStyle), widest([heads[2]], headStyle)) + gap]
        if let bates {
            let labels = rows.flatMap { [bates.label(page: $0.pages.lowerBound), bates.label(page: $0.pages.upperBound)] }
            heads += [BundleWords.batesBeginColumn, BundleWords.batesEndColumn]
            let width = try max(widest(labels, cellStyle), widest(Array(heads[3...]), headStyle)) + gap
            widths += [width, width]
        }
        var pages: [Page] = []
        var number = plan.index.lowerBound
        var frame = spec.page.textFrame(page: number)
        widths[1] = frame.width - widths.reduce(.zero, +)
        var items: [FrameItem] = []
        var y = Length.zero
        var rowsOnPage = 0
        func columnX(_ i: Int) -> Length { frame.minX + widths[..<i].reduce(.zero, +) }
        func startPage() throws {
            frame = spec.page.textFrame(page: number)
            items = []
            y = frame.minY
            let h1 = spec.style("h1")
            if pages.isEmpty {
                items.append(.destination(DestinationItem(name: Self.indexDestination, point: Point(x: frame.minX, y: frame.minY),
                                                          outline: OutlineEntry(title: BundleWords.indexTitle, level: 1))))
            }
            items.append(.structure(.begin(.heading1)))
            y += try place(pages.isEmpty ? BundleWords.indexTitle : BundleWords.indexTitle + " " + BundleWords.continued,
                           style: h1.font, in: frame, top: y, leading: h1.leading, into: &items)
            items.append(.structure(.end(.heading1)))
            if pages.isEmpty {
                y += .pt(6)
                items.append(.structure(.begin(.paragraph)))
                y += try place(BundleWords.indexSummary(exhibits: exhibits.count, pages: plan.pageCount),
                               style: TextStyle(family: spec.serif, size: .pt(10), color: grey), in: frame, top: y, into: &items)
                items.append(.structure(.end(.paragraph)))
            }
            y += .pt(16)
            items += [.structure(.begin(.table)), .structure(.begin(.tableRow))]
            var height = Length.zero
            for (i, head) in heads.enumerated() {
                items.append(.structure(.begin(.tableHeader)))
                height = max(height, try place(head, style: headStyle, in: cell(i), top: y, alignment: i >= 2 ? .end : .start, into: &items))
                items.append(.structure(.end(.tableHeader)))
            }
            items.append(.structure(.end(.tableRow)))
            y += height + .pt(5)
            items.append(.shape(Shape(path: .line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                                      stroke: Stroke(color: .black, width: .pt(0.8)))))
            rowsOnPage = 0
        }
        func cell(_ i: Int) -> Rect {
            // Numbers are set flush right, a gap before the next column; text flush left.
            let x = columnX(i)
            return Rect(x: x, y: frame.minY, width: widths[i] - (i >= 1 ? gap : .zero), height: frame.height)
        }
        func finishPage() throws {
            items.append(.structure(.end(.table)))
            items += try stamps.items(page: number, label: nil).asFurniture
            pages.append(Page(size: spec.page.size, items: items, number: number))
            number += 1
        }
        try startPage()
        let padding = Length.pt(6)
        for row in rows {
            func lines(_ text: String, _ style: TextStyle) throws -> Double {
                Double(try shaper.shape(StyledText(text, style: style), format: ParagraphFormat(width: cell(1).width, leading: .pt(12))).lines.count)
            }
            let noteHeight = try row.note.map { .pt(2.5) + .pt(9.4) * (try lines($0, noteStyle)) } ?? .zero
            let height = padding * 2 + .pt(12) * (try lines(row.title, cellStyle)) + noteHeight
            if rowsOnPage > 0 && y + height > frame.maxY {
                try finishPage()
                try startPage()
            }
            let top = y + padding
            items.append(.structure(.begin(.tableRow)))
            var texts: [(String, TextStyle, TextAlignment)] = [(row.label, labelStyle, .start), (row.title, cellStyle, .start),
                                                               (pagesText(row), cellStyle, .end)]
            if let bates {
                texts += [(bates.label(page: row.pages.lowerBound), cellStyle, .end), (bates.label(page: row.pages.upperBound), cellStyle, .end)]
            }
            for (i, text) in texts.enumerated() {
                items.append(.structure(.begin(.tableCell)))
                let used = try place(text.0, style: text.1, in: cell(i), top: top, alignment: text.2, leading: .pt(12), into: &items)
                if i == 1, let note = row.note {
                    try place(note, style: noteStyle, in: cell(i), top: top + used + .pt(2.5), into: &items)
                }
                if i == 0 {
                    items.append(.link(LinkItem(rect: Rect(x: frame.minX, y: y, width: frame.width, height: height),
                                                target: .destination(row.destination))))
                }
                items.append(.structure(.end(.tableCell)))
            }
            items.append(.structure(.end(.tableRow)))
            y += height
            items.append(.shape(Shape(path: .line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                                      stroke: Stroke(color: rule, width: .pt(0.4)))))
            rowsOnPage += 1
        }
        try finishPage()
        return pages
    }
}
