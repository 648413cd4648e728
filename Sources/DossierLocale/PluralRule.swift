// PluralRule: which plural form a count takes in a language (CLDR's cardinal rules for whole numbers).

/// A CLDR plural category.
public enum PluralCategory: String, Hashable, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    public static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The cardinal plural rule of a language, for whole numbers.
struct PluralRule {
    let language: String

    init(language: String) {
        self.language = String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
    }

    /// The category `n` falls in.
    func category(_ n: Int) -> PluralCategory {
        let n = abs(n)
        switch language {
        // French and Persian treat 0 and 1 alike: "0 incident", "1 incident", "2 incidents".
        case "fr", "fa", "pt", "hi": return n <= 1 ? .one : .other
        case "ar":
            let hundreds = n % 100
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default: return (3...10).contains(hundreds) ? .few : (11...99).contains(hundreds) ? .many : .other
            }
        default: return n == 1 ? .one : .other
        }
    }
}
