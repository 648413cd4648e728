// RecordLimits: the largest values the readers accept. Past them a value is a typing or pasting
// mistake (or hostile), and the stages after reading (layout, charts, the terminal) would suffer.

/// The limits the readers enforce, each reported as an error naming the limit.
public enum RecordLimits {
    /// Characters in a one-line field: a title, a name, a place, a role.
    public static let lineCharacters = 500
    /// Characters in an id.
    public static let identifierCharacters = 200
    /// Characters in a text of paragraphs: a summary, a quotation's words, a translation, a note on a source.
    public static let textCharacters = 100_000
    /// Characters in a web address (a source's `url`, or a link inside a text).
    public static let webAddressCharacters = 2_000
    /// Characters in one word (a run without spaces) of a one-line field; web addresses may be longer.
    public static let lineWordCharacters = 100
    /// Characters in one word of a text of paragraphs; web addresses may be longer.
    public static let textWordCharacters = 1_000
    /// Casualty categories of one incident.
    public static let categoriesPerIncident = 24
    /// Different casualty categories in one project: the overview chart has a legend entry for each.
    public static let categoriesPerProject = 48
    /// Values that YAML aliases (`*name`) may add to one file once expanded.
    public static let yamlAliasValues = 1_000_000
    /// How deep values may nest in a YAML or JSON file, aliases expanded; records need fewer than 10.
    public static let yamlDepth = 64

    /// A number with thousands separators, as messages write limits: 1,000,000.
    public static func grouped(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var out = number < 0 ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
