// ChartAltText: the words of a chart's text alternative, built from its data.

import DossierLocale

/// Phrases for alt text, shared by the bar charts.
enum ChartAltText {
    /// Returns a series name as it reads inside a sentence: "Killed" → "killed", "UN staff" kept.
    static func word(_ name: String) -> String {
        let chars = Array(name)
        guard chars.count > 1, chars[0].isUppercase, !chars[1].isUppercase else { return name }
        return chars[0].lowercased() + String(chars.dropFirst())
    }

    /// Returns one figure: "52 killed", "at least 350 injured", "7 abducted (range 5–9, disputed)".
    static func figure(_ value: ChartValue, series: ChartSeries, _ words: Wording) -> String {
        figure(best: value.best, low: value.lowEstimate, high: value.highEstimate,
               lowerBound: value.isLowerBound, disputed: value.disputed, noun: word(series.name), words)
    }

    /// Returns a figure from its parts.
    static func figure(best: Double, low: Double, high: Double, lowerBound: Bool, disputed: Bool,
                       noun: String, _ words: Wording) -> String {
        let number = ChartNumberFormat.string(best, words.format)
        var text = words.text("alt.figure", ["n": lowerBound ? words.text("figure.at_least", ["n": number]) : number,
                                             "category": noun])
        var notes: [String] = []
        if low != best || high != best {
            notes.append(words.text("alt.range", ["low": ChartNumberFormat.string(low, words.format),
                                                  "high": ChartNumberFormat.string(high, words.format)]))
        }
        if disputed { notes.append(words.text("chart.disputed_cell")) }
        if !notes.isEmpty { text += " (" + notes.joined(separator: words.text("list.separator")) + ")" }
        return text
    }

    /// Returns a figure for a table cell: "52", "≥350", "7 (6–9)", "11 (disputed)".
    static func cell(_ value: ChartValue, _ words: Wording) -> String {
        let number = { ChartNumberFormat.string($0, words.format) }
        var text = (value.isLowerBound ? "≥" : "") + number(value.best)
        var notes: [String] = []
        if value.isRange { notes.append(number(value.lowEstimate) + "–" + number(value.highEstimate)) }
        if value.disputed { notes.append(words.text("chart.disputed_cell")) }
        if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
        return text
    }

    /// Returns the text with its first letter in capitals: "year" → "Year".
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
