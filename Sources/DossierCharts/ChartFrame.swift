// ChartFrame: the parts around a chart's plot (title, legend, axis title) and the room they leave.

import DossierDisplay

/// A chart's title, legend and axis title, laid out in its box, and the band left for the plot.
struct ChartFrame {
    /// The title, legend and axis title.
    var items: [FrameItem]
    /// Where the plot's band starts.
    var top: Length
    /// Where the plot's band ends (above a bottom legend).
    var bottom: Length

    /// Lays out the title at the top, the legend above or below, and the axis title above the plot.
    static func layout(title: String?, legend: [ChartLegend.Entry], axisTitle: String?, style: ChartStyle,
                       size: Size, shaper: any TextShaper, text: ChartText) throws -> ChartFrame {
        let em = style.labelSize
        var top = Length.zero, bottom = size.height
        var items: [FrameItem] = []

        if let title = title?.collapsingWhitespace, !title.isEmpty {
            let titleText = try ChartText(shaper: shaper, style: style.titleTextStyle)
            let ascent = titleText.ascent, descent = titleText.descent
            let lines = try titleText.wrapped(title, width: size.width)
                ?? titleText.abbreviated(title, width: size.width)?.lines ?? []
            for (j, line) in lines.enumerated() {
                items.append(.text(ChartText.item(line, startingAt: .zero,
                                                  baseline: top + ascent + titleText.leading * Double(j))))
            }
            if !lines.isEmpty { top += ascent + titleText.leading * Double(lines.count - 1) + descent + em * 0.8 }
        }

        if style.legendPosition != .hidden && !legend.isEmpty {
            let laid = try ChartLegend.layout(legend, width: size.width, text: text)
            if style.legendPosition == .top {
                items += laid.items.offsetBy(dx: .zero, dy: top)
                top += laid.height + em * 0.8
            } else {
                bottom -= laid.height
                items += laid.items.offsetBy(dx: .zero, dy: bottom)
                bottom -= em * 0.8
            }
        }

        if let axisTitle = axisTitle?.collapsingWhitespace, !axisTitle.isEmpty,
           let line = try text.oneLine(axisTitle, width: size.width)
            ?? text.truncated(axisTitle, width: size.width, minKept: 1)?.line {
            items.append(.text(ChartText.item(line, startingAt: .zero, baseline: top + text.ascent)))
            top += text.lineHeight + em * 0.3
        }
        return ChartFrame(items: items, top: top, bottom: bottom)
    }
}
