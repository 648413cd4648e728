// Wording+Quotation: the quotation marks of a quotation's own language, from the platform's locale data.

import Foundation

extension Wording {
    /// The marks around a quotation in `language`: “…” (en), « … » (fr, with narrow no-break
    /// spaces), „…“ (de), «…» (fa, ar). CLDR gives Arabic straight quotes, which print badly; its
    /// guillemets are used instead.
    public static func quotationMarks(_ language: String) -> (open: String, close: String) {
        let base = String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
        if base == "ar" { return ("«", "»") }
        let locale = Locale(identifier: language.replacingOccurrences(of: "-", with: "_"))
        let open = locale.quotationBeginDelimiter ?? "“", close = locale.quotationEndDelimiter ?? "”"
        if base == "fr" { return (open + "\u{202F}", "\u{202F}" + close) }
        return (open, close)
    }

    /// Whether `language` is written right to left (Arabic, Persian, Hebrew, Urdu …).
    public static func isRightToLeft(_ language: String) -> Bool {
        Locale.Language(identifier: language).characterDirection == .rightToLeft
    }
}
