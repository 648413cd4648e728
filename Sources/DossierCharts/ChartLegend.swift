// ChartLegend: a row (or rows) of swatches with series names, flowed to the chart's width.

import DossierDisplay

/// A laid-out legend: its items with the top-left corner at the origin, and its height.
struct ChartLegend {
    /// One legend entry: a swatch painted like the bars it names.
    struct Entry {
        var name: String
        var fill: Paint
        var outline: Stroke?
    }

    var items: [FrameItem]
    var height: Length

    /// Lays out `entries` left to right, starting a new row where the next would pass `width`.
    static func layout(_ entries: [Entry], width: Length, text: ChartText) throws -> ChartLegend {
        let (ascent, descent) = try text.metrics()
        let size = text.style.size
        let swatch = size * 0.9
        let swatchGap = size * 0.4
        let entryGap = size * 1.5
        let rowGap = size * 0.4
        let rowHeight = max(ascent + descent, swatch)
        // The swatch sits on the middle of the digits' box, which reads as centred on the name.
        let baselineInRow = (rowHeight - ascent - descent) / 2 + ascent
        let swatchTopInRow = max(.zero, baselineInRow - (ascent - descent) / 2 - swatch / 2)

        var items: [FrameItem] = []
        var x = Length.zero, rowTop = Length.zero
        var rowUsed = false
        for entry in entries {
            let room = width - swatch - swatchGap
            guard room > .zero else { break }
            let name = try text.oneLine(entry.name, width: room)
                ?? text.truncated(entry.name, width: room, minKept: 1)?.line
            let entryWidth = swatch + swatchGap + (name?.width ?? .zero)
            if rowUsed && x + entryWidth > width {
                x = .zero; rowTop += rowHeight + rowGap
            }
            // An outline is centred on the swatch's edge; keep its outer half inside the legend.
            let inset = (entry.outline?.width ?? .zero) / 2
            let box = Rect(x: x + inset, y: rowTop + swatchTopInRow + inset, width: swatch - 2 * inset,
                           height: swatch - 2 * inset)
            items.append(.shape(Shape(path: .rect(box), fill: entry.fill, stroke: entry.outline)))
            if let name {
                items.append(.text(ChartText.item(name, startingAt: x + swatch + swatchGap,
                                                  baseline: rowTop + baselineInRow)))
            }
            x += entryWidth + entryGap
            rowUsed = true
        }
        return ChartLegend(items: items, height: rowUsed ? rowTop + rowHeight : .zero)
    }
}
