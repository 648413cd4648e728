// Formatting: dates, counts, casualty figures and places as they are printed.

import DossierModel

/// Formats record values for print, in English.
public enum Formatting {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "1 September 2013".
    public static func day(_ d: Day) -> String { "\(d.day) \(monthName(d.month)) \(d.year)" }

    static func monthName(_ m: Int) -> String { (1...12).contains(m) ? months[m - 1] : "month \(m)" }

    /// An incident's date at its precision: "28–29 July 2009", "30 June – 2 July 2010", "July 2009", "2009".
    public static func date(_ date: IncidentDate) -> String {
        let s = date.start, e = date.end
        switch date.precision {
        case .year: return s.year == e.year ? "\(s.year)" : "\(s.year)–\(e.year)"
        case .month:
            if s.year == e.year && s.month == e.month { return "\(monthName(s.month)) \(s.year)" }
            return "\(monthName(s.month)) \(s.year) – \(monthName(e.month)) \(e.year)"
        case .week: return "week of \(day(s))"
        case .day, .days:
            if s == e { return day(s) }
            if s.year == e.year && s.month == e.month { return "\(s.day)–\(e.day) \(monthName(s.month)) \(s.year)" }
            if s.year == e.year { return "\(s.day) \(monthName(s.month)) – \(e.day) \(monthName(e.month)) \(s.year)" }
            return "\(day(s)) – \(day(e))"
        }
    }

    /// "1,234".
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A figure as printed: "52", "9–11", "at least 350", "up to 40", "11 (9–11)".
    public static func figure(_ f: CasualtyFigure) -> String {
        switch (f.low, f.best, f.high) {
        case (nil, let b?, nil): return count(b)
        case (let l?, nil, nil): return "at least \(count(l))"
        case (nil, nil, let h?): return "up to \(count(h))"
        case (let l?, nil, let h?): return l == h ? count(l) : "\(count(l))–\(count(h))"
        case (let l?, let b?, nil): return l == b ? count(b) : "\(count(b)) (at least \(count(l)))"
        case (nil, let b?, let h?): return b == h ? count(b) : "\(count(b)) (up to \(count(h)))"
        case (let l?, let b?, let h?): return l == h ? count(b) : "\(count(b)) (\(count(l))–\(count(h)))"
        case (nil, nil, nil): return "not quantified"
        }
    }
    /// The words for a total no figure quantifies.
    public static let notQuantified = "not quantified"


    /// A category's total as printed: "at least 350" when a figure in it is only a lower bound or
    /// gives no number, "10–12" when one is a range with no best estimate, else "52".
    public static func total(_ t: CasualtyTotal) -> String {
        if t.isUnquantified { return notQuantified }
        if t.isLowerBound { return "at least " + count(t.total) }
        return t.upper == t.total ? count(t.total) : count(t.total) + "–" + count(t.upper)
    }

    /// A claim in figures: "9–11", "at least 9".
    public static func claim(_ c: Claim) -> String {
        figure(CasualtyFigure(low: c.low, best: c.best, high: c.high))
    }

    /// "Camp Ashraf, Diyala, Iraq".
    public static func place(_ l: Location) -> String {
        var parts = [l.name]
        for part in [l.admin2, l.admin1] { if let p = part, !p.isEmpty, p != l.name { parts.append(p) } }
        if let c = l.country { parts.append(countryName(c)) }
        return parts.joined(separator: ", ")
    }

    /// The English short name of an ISO 3166-1 alpha-2 code, or the code itself.
    public static func countryName(_ code: String) -> String {
        let names = ["AF": "Afghanistan", "BF": "Burkina Faso", "CD": "DR Congo", "CF": "Central African Republic",
                     "CM": "Cameroon", "CO": "Colombia", "ET": "Ethiopia", "FR": "France", "GB": "United Kingdom",
                     "IL": "Israel", "IQ": "Iraq", "IR": "Iran", "LB": "Lebanon", "LY": "Libya", "ML": "Mali",
                     "MM": "Myanmar", "MX": "Mexico", "MZ": "Mozambique", "NE": "Niger", "NG": "Nigeria",
                     "PK": "Pakistan", "PS": "Palestine", "RU": "Russia", "SD": "Sudan", "SO": "Somalia",
                     "SS": "South Sudan", "SY": "Syria", "TD": "Chad", "TR": "Türkiye", "UA": "Ukraine",
                     "US": "United States", "YE": "Yemen"]
        return names[code.uppercased()] ?? code
    }

    /// "English ordinal": 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th.
    public static func ordinal(_ n: Int) -> String {
        let tens = (n / 10) % 10, ones = n % 10
        let suffix = tens == 1 ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
