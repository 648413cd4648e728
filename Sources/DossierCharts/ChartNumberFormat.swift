// ChartNumberFormat: numbers as charts print them, "1,234", the same on every machine.

import DossierLocale

/// Formats chart figures with thousands separators, independent of the machine's locale.
public enum ChartNumberFormat {
    /// Returns `value` as `format`'s language writes it: "1,234.5", "1 234,5", "۱٬۲۳۴٫۵".
    public static func string(_ value: Double, _ format: LocaleFormat) -> String {
        guard value.isFinite, abs(value) < 9e14 else { return string(value) }
        return format.number(value)
    }

    /// Returns `value` with commas between thousands: "1,000"; one decimal when it is not whole.
    public static func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let negative = value < 0
        let tenths = (abs(value) * 10).rounded()
        // Beyond 2^53 tenths are no longer exact; such figures are not casualty counts anyway.
        guard tenths < 9e15 else { return String(value) }
        let whole = UInt64(tenths / 10), fraction = UInt64(tenths) % 10
        let digits = Array(String(whole))
        var grouped = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(d)
        }
        if fraction != 0 { grouped += ".\(fraction)" }
        return (negative && (whole != 0 || fraction != 0) ? "-" : "") + grouped
    }
}
