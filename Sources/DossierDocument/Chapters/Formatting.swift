// Formatting: dates, counts, casualty figures and places as they are printed, in the dossier's language.

import DossierLocale
import DossierModel

/// Formats record values for print, in the words and number forms of a `Wording`.
public struct Formatting: Sendable {
    /// The strings and locale data used.
    public let wording: Wording
    var format: LocaleFormat { wording.format }

    public init(_ wording: Wording = .english) { self.wording = wording }

    /// "1 September 2013", "1 septembre 2013".
    public func day(_ d: Day) -> String { firstOfMonth(format.day(d), d) }

    /// "1er septembre 2013": the first of a month as the language writes it (`date.first_day`),
    /// where the platform writes the plain number.
    private func firstOfMonth(_ text: String, _ d: Day) -> String {
        let one = format.count(1)
        guard d.day == 1, wording.has("date.first_day"), text.hasPrefix(one),
              text.dropFirst(one.count).first?.isNumber == false else { return text }
        return wording.text("date.first_day") + text.dropFirst(one.count)
    }

    /// An incident's date at its precision: "28–29 July 2009", "30 June – 2 July 2010", "July 2009", "2009".
    public func date(_ date: IncidentDate) -> String {
        let s = date.start, e = date.end
        switch date.precision {
        case .year: return s.year == e.year ? format.year(s.year) : format.year(s.year) + "–" + format.year(e.year)
        case .month: return format.months(s, e)
        case .week: return wording.text("date.week", ["day": day(s)])
        case .day, .days: return firstOfMonth(format.days(s, e), s)
        }
    }

    /// "1,234", "1 234", "۱٬۲۳۴".
    public func count(_ n: Int) -> String { format.count(n) }

    /// A figure as printed: "52", "9–11", "at least 350", "up to 40", "11 (9–11)".
    public func figure(_ f: CasualtyFigure) -> String {
        let range = { (l: Int, h: Int) in self.wording.text("figure.range", ["low": self.count(l), "high": self.count(h)]) }
        switch (f.low, f.best, f.high) {
        case (nil, let b?, nil): return count(b)
        case (let l?, nil, nil): return atLeast(l)
        case (nil, nil, let h?): return wording.text("figure.up_to", ["n": count(h)])
        case (let l?, nil, let h?): return l == h ? count(l) : range(l, h)
        case (let l?, let b?, nil):
            return l == b ? count(b) : wording.text("figure.best_at_least", ["best": count(b), "low": count(l)])
        case (nil, let b?, let h?):
            return b == h ? count(b) : wording.text("figure.best_up_to", ["best": count(b), "high": count(h)])
        case (let l?, let b?, let h?):
            return l == h ? count(b) : wording.text("figure.best_range", ["best": count(b), "range": range(l, h)])
        case (nil, nil, nil): return notQuantified
        }
    }

    /// "at least 350".
    func atLeast(_ n: Int) -> String { wording.text("figure.at_least", ["n": count(n)]) }

    /// The words for a total no figure quantifies.
    public var notQuantified: String { wording.text("figure.not_quantified") }

    /// A category's total as printed: "at least 350" when a figure in it is only a lower bound or
    /// gives no number, "10–12" when one is a range with no best estimate, else "52".
    public func total(_ t: CasualtyTotal) -> String {
        if t.isUnquantified { return notQuantified }
        if t.isLowerBound { return atLeast(t.total) }
        return t.upper == t.total ? count(t.total)
            : wording.text("figure.range", ["low": count(t.total), "high": count(t.upper)])
    }

    /// A total as a key figure: "≥350" for a lower bound, else as `total` prints it.
    func keyFigure(_ t: CasualtyTotal) -> String {
        t.isLowerBound && !t.isUnquantified ? "≥" + count(t.total) : total(t)
    }

    /// A claim in figures: "9–11", "at least 9".
    public func claim(_ c: Claim) -> String {
        figure(CasualtyFigure(low: c.low, best: c.best, high: c.high))
    }

    /// "Camp Ashraf, Diyala, Iraq".
    public func place(_ l: Location) -> String {
        var parts = [l.name]
        for part in [l.admin2, l.admin1] { if let p = part, !p.isEmpty, p != l.name { parts.append(p) } }
        if let c = l.country { parts.append(format.country(c)) }
        return parts.joined(separator: wording.text("list.separator"))
    }

    /// The ordinal before a noun: "13th", "13e", "13.".
    public func ordinal(_ n: Int) -> String { wording.ordinal(n) }
}
