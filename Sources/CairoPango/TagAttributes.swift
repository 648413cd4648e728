// TagAttributes: builds the attribute strings of cairo_tag_begin, quoting strings the way cairo parses them.
import DossierDisplay

/// Writes cairo tag attribute strings ("key='value' rect=[x y w h]").
enum TagAttributes {
    /// Returns `value` as a cairo attribute string: in single quotes, with `'` and `\` escaped
    /// by a backslash.
    static func quoted(_ value: String) -> String {
        var out = "'"
        for character in value {
            if character == "'" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        out.append("'")
        return out
    }

    /// Returns a number as cairo's parser reads it: plain decimal, no exponent, C locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// Returns the attributes of a named destination at `point` (in device space).
    static func destination(name: String, point: Point) -> String {
        "name=\(quoted(name)) x=\(number(point.x.points)) y=\(number(point.y.points))"
    }
}
