// LocaleFormat: dates, numbers, ordinals and country names as a language writes them, from the
// platform's locale data (Foundation on ICU). The calendar is always the Gregorian one and the
// time zone UTC, so a record's day prints as that day everywhere.

import DossierCalendar
import Foundation

/// Formats days and numbers in one language, with one numbering system.
public struct LocaleFormat: Hashable, Sendable {
    /// The ICU locale identifier: "en_GB", "fr", "fa@numbers=latn".
    public let identifier: String
    private let formatters: Formatters

    /// Formats in `language` ("en" is British English: "8 April 2011"), writing digits in
    /// `numbers` ("latn", "arab", "arabext") when given, else as the language usually does.
    public init(language: String, numbers: String? = nil) {
        let base = language.replacingOccurrences(of: "-", with: "_")
        var identifier = base == "en" ? "en_GB" : base
        if let numbers, !numbers.isEmpty { identifier += "@numbers=" + numbers }
        self.identifier = identifier
        formatters = Formatters.shared(identifier)
    }

    /// English, for what is written before a project's language is known.
    public static let english = LocaleFormat(language: "en")

    public static func == (a: LocaleFormat, b: LocaleFormat) -> Bool { a.identifier == b.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// "8 April 2011", "8 avril 2011", "8. April 2011", "۸ آوریل ۲۰۱۱".
    public func day(_ d: Day) -> String { formatters.with { $0.day.string(from: Formatters.date(d)) } }

    /// "28–29 July 2009", "30 juin – 2 juillet 2010": two days as one span.
    public func days(_ start: Day, _ end: Day) -> String {
        guard start != end else { return day(start) }
        return Self.span(formatters.with { $0.dayRange.string(from: Formatters.date(start), to: Formatters.date(end)) })
    }

    /// A span as printed: ordinary spaces around the dash between words ("June – 2 July"), none
    /// between two numbers ("28–29 July"); ICU writes thin spaces, and spaces in both places.
    static func span(_ text: String) -> String {
        var scalars = Array(text.replacingOccurrences(of: "\u{2009}", with: " ").unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "–", i > 1, i + 2 < scalars.count, scalars[i - 1] == " ", scalars[i + 1] == " ",
               scalars[i - 2].properties.numericType != nil, scalars[i + 2].properties.numericType != nil,
               !scalars[..<i].contains(where: { $0.properties.isAlphabetic }) {
                scalars.remove(at: i + 1)
                scalars.remove(at: i - 1)
                i -= 1
            }
            i += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// "July 2009", "juillet 2009".
    public func month(_ d: Day) -> String { formatters.with { $0.month.string(from: Formatters.date(d)) } }

    /// "July 2009 – March 2010".
    public func months(_ start: Day, _ end: Day) -> String {
        guard start.year != end.year || start.month != end.month else { return month(start) }
        return Self.span(formatters.with { $0.monthRange.string(from: Formatters.date(start), to: Formatters.date(end)) })
    }

    /// "September", "septembre": a month's name standing alone (1–12).
    public func monthName(_ month: Int) -> String {
        formatters.with { f in
            let names = f.day.standaloneMonthSymbols ?? []
            return (1...names.count).contains(month) ? names[month - 1] : "\(month)"
        }
    }

    /// "Sep", "sept.": a month's short name standing alone (1–12).
    public func shortMonthName(_ month: Int) -> String {
        formatters.with { f in
            let names = f.day.shortStandaloneMonthSymbols ?? []
            return (1...names.count).contains(month) ? names[month - 1] : "\(month)"
        }
    }

    /// A year as the language writes it, without grouping: "2013", "۲۰۱۳".
    public func year(_ y: Int) -> String { formatters.with { $0.plain.string(from: NSNumber(value: y)) ?? "\(y)" } }

    /// A whole number with the language's grouping: "1,234", "1 234", "1.234", "۱٬۲۳۴".
    public func count(_ n: Int) -> String { formatters.with { $0.grouped.string(from: NSNumber(value: n)) ?? "\(n)" } }

    /// A number with at most one decimal: "1,234.5", "1 234,5".
    public func number(_ value: Double) -> String {
        formatters.with { $0.decimal.string(from: NSNumber(value: value)) ?? "\(value)" }
    }

    /// The platform's ordinal: "13th", "13e", "13.", "13.º".
    public func ordinal(_ n: Int) -> String {
        formatters.with { f in
            // ICU groups the digits of ordinals whatever the formatter says; anniversaries read "1001st".
            let text = f.ordinal.string(from: NSNumber(value: n)) ?? "\(n)"
            guard let separator = f.grouped.groupingSeparator, !separator.isEmpty, text.contains(separator) else { return text }
            var out = ""
            var rest = Substring(text)
            while let found = rest.range(of: separator) {
                out += rest[..<found.lowerBound]
                let next = rest[found.upperBound...].first
                if next?.isNumber != true { out += separator }
                rest = rest[found.upperBound...]
            }
            return out + rest
        }
    }

    /// Digits 0–9 in `text` written as the language writes them: "Page 3" → "Page ۳".
    public func digits(_ text: String) -> String {
        let zero = formatters.with { $0.plain.string(from: 0) } ?? "0"
        guard zero != "0", let base = zero.unicodeScalars.first?.value else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (48...57).contains(s.value) ? Unicode.Scalar(base + s.value - 48) ?? s : s
        }))
    }

    /// A country's short name from its ISO 3166-1 alpha-2 code: "Iraq", "Irak", "عراق"; the code
    /// itself when the platform does not know it.
    public func country(_ code: String) -> String {
        Locale(identifier: identifier).localizedString(forRegionCode: code.uppercased()) ?? code
    }
}

/// The formatters of one locale, made once and used under a lock (Foundation's are not thread-safe).
private final class Formatters: @unchecked Sendable {
    let day = DateFormatter(), month = DateFormatter()
    let dayRange = DateIntervalFormatter(), monthRange = DateIntervalFormatter()
    let plain = NumberFormatter(), grouped = NumberFormatter(), decimal = NumberFormatter(), ordinal = NumberFormatter()
    private let lock = NSLock()

    /// The formatters of each locale, made once per process: ICU formatters are costly to make,
    /// and Foundation's are not freed safely while another thread formats.
    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private var byIdentifier: [String: Formatters] = [:]
        private let lock = NSLock()

        func formatters(_ identifier: String) -> Formatters {
            lock.lock(); defer { lock.unlock() }
            if let made = byIdentifier[identifier] { return made }
            let made = Formatters(identifier)
            byIdentifier[identifier] = made
            return made
        }
    }

    static func shared(_ identifier: String) -> Formatters { cache.formatters(identifier) }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ d: Day) -> Date {
        calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
    }

    init(_ identifier: String) {
        let locale = Locale(identifier: identifier)
        var calendar = Self.calendar
        calendar.locale = locale
        for (f, template) in [(day, "dMMMMy"), (month, "MMMMy")] {
            f.locale = locale; f.calendar = calendar; f.timeZone = calendar.timeZone
            f.setLocalizedDateFormatFromTemplate(template)
        }
        for (f, template) in [(dayRange, "dMMMMy"), (monthRange, "MMMMy")] {
            f.locale = locale; f.calendar = calendar; f.timeZone = calendar.timeZone
            f.dateTemplate = template
        }
        for f in [plain, grouped, decimal, ordinal] { f.locale = locale }
        plain.numberStyle = .none
        plain.usesGroupingSeparator = false
        grouped.numberStyle = .decimal
        decimal.numberStyle = .decimal
        decimal.maximumFractionDigits = 1
        ordinal.numberStyle = .ordinal
        ordinal.usesGroupingSeparator = false
    }

    func with<T>(_ body: (Formatters) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body(self)
    }
}
