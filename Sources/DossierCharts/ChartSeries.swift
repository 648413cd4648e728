// ChartSeries: one category of a chart (killed, injured, abducted…) and how it is painted.

import DossierDisplay

/// One category of values, stacked or set side by side in a chart.
public struct ChartSeries: Hashable, Sendable {
    /// The name shown in the legend and under category bars: "Killed".
    public var name: String
    /// The fill in colour mode.
    public var color: Color
    /// The hatch drawn over the grey fill in print mode.
    public var hatch: Hatch
    /// The fill in print mode; nil for a grey of the colour's luminance.
    public var grey: Color?

    public init(name: String, color: Color, hatch: Hatch = .none, grey: Color? = nil) {
        self.name = name; self.color = color; self.hatch = hatch; self.grey = grey
    }
}

extension ChartSeries {
    /// The grey used in print mode.
    public var printGrey: Color { grey ?? Color(grey: color.luminance) }

    /// Returns the fill of the series' bars and legend swatch in the style's mode.
    public func paint(in style: ChartStyle) -> Paint {
        switch style.mode {
        case .color:
            return .color(color)
        case .print:
            let background = printGrey
            guard hatch != .none else { return .color(background) }
            // Dark ink on a dark ground would vanish on a photocopy, so the ink flips with the ground.
            let ink: Color = background.luminance < 0.5 ? .white : .black
            return .hatched(background: background, hatch: hatch, ink: ink, spacing: style.hatchSpacing)
        }
    }

    /// Returns the outline of the series' bars: print mode outlines every area so that white
    /// and light grey fills keep an edge on paper.
    public func outline(in style: ChartStyle) -> Stroke? {
        switch style.mode {
        case .color: return nil
        case .print: return Stroke(color: .black, width: style.outlineWidth)
        }
    }
}
