// CollectTable: tables become one box per row; header rows repeat on every page the table
// spans, and a row taller than the space left splits between its lines, borders intact.

import DossierDisplay
import DossierDocument

/// A row's cells after shaping: each cell's lines, with the row's geometry.
struct ShapedRow: Sendable {
    var cells: [[ShapedLine]]
    var isHeader: Bool
    var fill: Color?
}

/// The geometry and style a table's rows share.
struct TableGeometry: Sendable {
    var columnX: [Length]
    var columnWidths: [Length]
    var alignments: [TextAlignment]
    var width: Length
    var style: TableStyle

    func leading(header: Bool) -> Length { header ? style.header.leading : style.body.leading }
}

extension LayoutContext {
    /// The smallest type a table too wide for its measure is set in, as a share of the layout's.
    static let tableTypeFloor = 0.75

    /// Sets a table in its measure: columns sized from their content; a table whose longest words
    /// still do not fit is set in smaller type, down to a floor, and past that split into groups of
    /// columns that each repeat the first.
    func collectTable(_ table: Table, into out: inout [FlowItem]) throws {
        var style = spec.table
        let width = min(table.width ?? measure, measure)
        var extents = try columnExtents(table, total: width, style: style)
        if let widths = TableColumns.widths(extents, total: width) {
            return try collectTable(table, style: style, widths: widths, into: &out)
        }
        let extra = style.padding * 2 + .pt(0.5)
        var fixed = Length.zero, words = Length.zero
        for extent in extents {
            if case .fixed(let w) = extent.width { fixed += w } else { fixed += extra; words += extent.minimum - extra }
        }
        let scale = words > .zero ? min(1, max(Self.tableTypeFloor, (width - fixed) / words)) : 1
        for part in [\TableStyle.body, \TableStyle.header] {
            style[keyPath: part].font.size = style[keyPath: part].font.size * scale
            style[keyPath: part].leading = style[keyPath: part].leading * scale
        }
        extents = try columnExtents(table, total: width, style: style)
        if let widths = TableColumns.widths(extents, total: width) {
            return try collectTable(table, style: style, widths: widths, into: &out)
        }
        for group in TableColumns.groups(extents, total: width) {
            let part = Table(columns: group.map { table.columns[$0] },
                             header: table.header.map { row in group.map { $0 < row.count ? row[$0] : TableCell("") } },
                             rows: table.rows.map { row in group.map { $0 < row.count ? row[$0] : TableCell("") } },
                             width: table.width, style: table.style, keepTogether: table.keepTogether)
            let partExtents = group.map { extents[$0] }
            let widths = TableColumns.widths(partExtents, total: width)
                ?? partExtents.map { min($0.minimum, width / Double(group.count)) }
            try collectTable(part, style: style, widths: widths, into: &out)
        }
    }

    /// Sets a table with its style and column widths settled.
    func collectTable(_ table: Table, style: TableStyle, widths: [Length], into out: inout [FlowItem]) throws {
        var xs: [Length] = [], x = Length.zero
        for w in widths { xs.append(x); x += w }
        // A right-to-left table reads from the right: its first column is the rightmost.
        if spec.rightToLeft { xs = zip(xs, widths).map { x - $0 - $1 } }
        let geometry = TableGeometry(columnX: xs, columnWidths: widths, alignments: table.columns.map(\.alignment),
                                     width: x, style: style)

        func shapeRow(_ cells: [TableCell], header: Bool, fill: Color?) throws -> ShapedRow {
            let s = header ? style.header : style.body
            var shaped: [[ShapedLine]] = []
            for (i, w) in widths.enumerated() {
                let content = i < cells.count ? cells[i].content : []
                let alignment = geometry.alignments[i]
                shaped.append(try shape(content, style: s, width: w - style.padding * 2, alignment: alignment).lines)
            }
            return ShapedRow(cells: shaped, isHeader: header, fill: fill)
        }

        let headerRows = try table.header.map { try shapeRow($0, header: true, fill: style.headerFill) }
        let headerBoxes = headerRows.enumerated().map { i, row in
            var b = rowBox(row, geometry: geometry, topRule: i == 0, tagged: false)
            b.keepWithNext = true
            return b
        }
        var boxes: [FlowBox] = headerRows.enumerated().map { i, row in
            var b = rowBox(row, geometry: geometry, topRule: i == 0, tagged: true)
            b.keepWithNext = true
            return b
        }
        for (i, cells) in table.rows.enumerated() {
            let fill = i % 2 == 1 ? style.zebraFill : nil
            var b = rowBox(try shapeRow(cells, header: false, fill: fill), geometry: geometry,
                           topRule: headerRows.isEmpty && i == 0, tagged: true)
            b.repeatedHeader = headerBoxes
            b.keepWithNext = table.keepTogether && i < table.rows.count - 1
            boxes.append(b)
        }
        var items = boxes.map(FlowItem.box)
        items = Self.wrapped(items, role: .table)
        Self.addSpace(style.spaceBefore, to: &out)
        out += items
        Self.addSpace(style.spaceAfter, to: &out)
    }

    /// The box of one row, with a `split` that divides it between lines when it must.
    func rowBox(_ row: ShapedRow, geometry g: TableGeometry, topRule: Bool, tagged: Bool,
                openTop: Bool = false) -> FlowBox {
        let pad = g.style.padding
        let leading = g.leading(header: row.isHeader)
        let lines = row.cells.map(\.count).max() ?? 0
        let height = leading * Double(max(lines, 1)) + pad * 2
        var items: [FrameItem] = []
        if tagged { items.append(.structure(.begin(.tableRow))) }
        if let fill = row.fill {
            items.append(.shape(Shape(path: .rect(Rect(x: .zero, y: .zero, width: g.width, height: height)),
                                      fill: .color(fill))))
        }
        for (c, cell) in row.cells.enumerated() {
            if tagged { items.append(.structure(.begin(row.isHeader ? .tableHeader : .tableCell))) }
            for (k, line) in cell.enumerated() {
                items += lineItems(line, leading: leading, x: g.columnX[c] + pad, top: pad + leading * Double(k))
            }
            if tagged { items.append(.structure(.end(row.isHeader ? .tableHeader : .tableCell))) }
        }
        let rule = Stroke(color: g.style.ruleColor, width: g.style.ruleWidth)
        let heavy = Stroke(color: g.style.ruleColor, width: g.style.ruleWidth * 1.6)
        if topRule && !openTop {
            items.append(.shape(Shape(path: .line(from: .zero, to: Point(x: g.width, y: .zero)), stroke: heavy)))
        }
        items.append(.shape(Shape(path: .line(from: Point(x: .zero, y: height), to: Point(x: g.width, y: height)),
                                  stroke: row.isHeader ? heavy : rule)))
        if g.style.grid {
            for x in g.columnX + [g.width] {
                items.append(.shape(Shape(path: .line(from: Point(x: x, y: .zero), to: Point(x: x, y: height)), stroke: rule)))
            }
        }
        if tagged { items.append(.structure(.end(.tableRow))) }
        // An untagged row is the header repeated on a later page: furniture, read once at the top.
        if !tagged { items = [.structure(.begin(.artifact))] + items + [.structure(.end(.artifact))] }
        var box = FlowBox(height: height, items: items)
        if lines > 1 {
            let context = self
            box.split = { available in
                let fit = Int(((available - pad * 2) / leading).rounded(.down))
                guard fit >= 1, fit < lines else { return nil }
                var head = row, tail = row
                head.cells = row.cells.map { Array($0.prefix(fit)) }
                tail.cells = row.cells.map { Array($0.dropFirst(fit)) }
                let first = context.rowBox(head, geometry: g, topRule: topRule, tagged: tagged, openTop: openTop)
                var rest = context.rowBox(tail, geometry: g, topRule: true, tagged: tagged, openTop: false)
                rest.repeatedHeader = []
                return (first, rest)
            }
        }
        return box
    }
}
