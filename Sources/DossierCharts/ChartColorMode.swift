// ChartColorMode: whether a chart is drawn for colour screens and printers or for black-and-white copies.

/// How a chart tells its series apart.
public enum ChartColorMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Colour fills (the colour-blind-safe Okabe–Ito palette by default).
    case color
    /// Grey levels with hatch patterns, which survive a black-and-white photocopy.
    case print

    /// What the mode draws with, in a few words for help texts.
    public var summary: String {
        switch self {
        case .color: "the colour-blind-safe Okabe–Ito palette"
        case .print: "grey levels and hatches that survive a black-and-white photocopy"
        }
    }
}
