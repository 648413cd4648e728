// Palette: colour-blind-safe series colours and print fills that survive a black-and-white copy.

import DossierDisplay

/// The series colours: the Okabe–Ito palette on screen and in colour print, grey levels with
/// hatches for black-and-white copies.
public enum Palette {
    /// Okabe–Ito vermillion, for killed.
    public static let vermillion = Color(red: 213 / 255, green: 94 / 255, blue: 0)
    /// Okabe–Ito orange, for injured.
    public static let orange = Color(red: 230 / 255, green: 159 / 255, blue: 0)
    /// Okabe–Ito blue, for abducted.
    public static let blue = Color(red: 0, green: 114 / 255, blue: 178 / 255)
    /// Okabe–Ito reddish purple, for detained.
    public static let reddishPurple = Color(red: 204 / 255, green: 121 / 255, blue: 167 / 255)
    /// Okabe–Ito bluish green, for missing.
    public static let bluishGreen = Color(red: 0, green: 158 / 255, blue: 115 / 255)
    /// Okabe–Ito sky blue.
    public static let skyBlue = Color(red: 86 / 255, green: 180 / 255, blue: 233 / 255)
    /// Okabe–Ito yellow; last, as it is faint on white paper.
    public static let yellow = Color(red: 240 / 255, green: 228 / 255, blue: 66 / 255)

    /// The colour fills in the order they are handed out.
    public static let colors: [Color] = [vermillion, orange, blue, reddishPurple, bluishGreen, skyBlue, yellow]

    /// The print fills in the order they are handed out: no two share a hatch, and neighbours in
    /// this list also differ in grey level by at least 0.25, so a stack reads on a photocopy.
    public static let printFills: [(grey: Color, hatch: Hatch)] = [
        (Color(grey: 0.20), .none),
        (Color(grey: 0.90), .diagonal),
        (Color(grey: 0.65), .crosshatch),
        (Color(grey: 0.40), .horizontal),
        (Color(grey: 1.00), .dots),
        (Color(grey: 0.75), .backDiagonal),
        (Color(grey: 0.45), .vertical),
    ]

    /// The categories with a fixed place in both palettes, so that "killed" looks the same in
    /// every chart of every dossier.
    public static let knownCategories = ["killed", "injured", "abducted", "detained", "missing"]

    /// Returns one series per name: known categories (killed, injured, abducted, detained,
    /// missing, matched without regard to case) get their fixed fill, others the next unused
    /// one. In print mode `color` is the grey too, so any use of the series stays print-safe.
    public static func series(_ names: [String], mode: ChartColorMode = .color) -> [ChartSeries] {
        var used = Set<Int>()
        var slots: [Int?] = names.map { name in
            guard let i = knownCategories.firstIndex(of: name.lowercased()), !used.contains(i) else { return nil }
            used.insert(i)
            return i
        }
        for k in slots.indices where slots[k] == nil {
            // Past the seven distinct fills, reuse them in turn rather than fail: a chart with that
            // many categories needs its legend anyway.
            let free = (0..<colors.count).first { !used.contains($0) } ?? (k % colors.count)
            used.insert(free)
            slots[k] = free
        }
        return zip(names, slots).map { name, slot in
            let i = slot ?? 0
            let fill = printFills[i % printFills.count]
            let color = mode == .print ? fill.grey : colors[i % colors.count]
            return ChartSeries(name: name, color: color, hatch: fill.hatch, grey: fill.grey)
        }
    }
}
