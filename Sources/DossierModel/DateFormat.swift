// DateFormat: how a spreadsheet's text cells write dates (`dates: DD/MM/YYYY`), and the day counts that
// workbooks store date cells as (serial numbers in the 1900 or 1904 date system).

/// A pattern for dates written as text: `DD/MM/YYYY`, `MM/DD/YYYY`, `D MMMM YYYY`, `MM.YYYY`.
///
/// `YYYY` is a four-digit year, `MM` or `M` a month number, `DD` or `D` a day (one or two digits either
/// way), `MMM` and `MMMM` an English month name or its abbreviation; anything else must be written as it
/// stands, but a space matches any run of spaces.
struct DateFormat: Sendable, Equatable, CustomStringConvertible {
    /// One piece of a pattern.
    enum Token: Sendable, Equatable {
        case year, month, monthName, day
        case literal(Character)
    }

    /// The pattern as written.
    var description: String
    /// The pattern's pieces.
    var tokens: [Token]

    /// What a pattern gives when it is used: the day, or the month or year when the pattern has no day.
    var precision: DatePrecision {
        tokens.contains(.day) ? .day : tokens.contains(.month) || tokens.contains(.monthName) ? .month : .year
    }

    /// Parses a pattern, or says why it is not one.
    static func parse(_ pattern: String) -> Result<DateFormat, FormatProblem> {
        var tokens: [Token] = []
        let characters = Array(pattern.trimmingWhitespace)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var run = 1
            while index + run < characters.count, characters[index + run] == character { run += 1 }
            switch (character, run) {
            case ("Y", 4): tokens.append(.year)
            case ("Y", _): return .failure(FormatProblem(reason: "a year is written YYYY, with four digits"))
            case ("M", 1...2): tokens.append(.month)
            case ("M", 3...4): tokens.append(.monthName)
            case ("D", 1...2): tokens.append(.day)
            case ("M", _), ("D", _): return .failure(FormatProblem(reason: "\(String(repeating: character, count: run)) is not a part of a date"))
            default:
                tokens += Array(repeating: .literal(character), count: run)
            }
            index += run
        }
        let count = { (token: Token) in tokens.filter { $0 == token }.count }
        guard count(.year) == 1 else { return .failure(FormatProblem(reason: "a date pattern needs the year, YYYY, once")) }
        guard count(.month) + count(.monthName) <= 1, count(.day) <= 1 else {
            return .failure(FormatProblem(reason: "the month and the day may each appear once"))
        }
        guard count(.day) == 0 || count(.month) + count(.monthName) == 1 else {
            return .failure(FormatProblem(reason: "a pattern with the day needs the month too"))
        }
        return .success(DateFormat(description: pattern.trimmingWhitespace, tokens: tokens))
    }

    /// Why a pattern is not one.
    struct FormatProblem: Error, Sendable { var reason: String }

    /// The forms read whatever `dates:` says: ISO 8601 days, months and years.
    static let iso = ["YYYY-MM-DD", "YYYY-MM", "YYYY"].compactMap { try? parse($0).get() }

    /// Forms read when a source gives no `dates:`: ISO, and month names, which cannot be mistaken.
    static let unambiguous = iso + ["D MMMM YYYY", "MMMM D, YYYY", "D-MMM-YYYY", "MMMM YYYY"].compactMap { try? parse($0).get() }

    /// Reads a date in this pattern; a time after it ("2013-09-01 00:00:00", "2013-09-01T06:00") is left aside.
    func read(_ text: String) -> Day.Span? {
        let characters = Array(Self.withoutTime(text.trimmingWhitespace))
        var index = 0
        var year: Int?, month: Int?, day: Int?
        func digits(_ minimum: Int, _ maximum: Int) -> Int? {
            var end = index
            while end < characters.count, end - index < maximum, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end - index >= minimum, let value = Int(String(characters[index..<end])) else { return nil }
            index = end
            return value
        }
        for token in tokens {
            switch token {
            case .year: guard let value = digits(4, 4) else { return nil }; year = value
            case .month: guard let value = digits(1, 2) else { return nil }; month = value
            case .day: guard let value = digits(1, 2) else { return nil }; day = value
            case .monthName:
                var end = index
                while end < characters.count, characters[end].isLetter { end += 1 }
                guard let value = Self.month(named: String(characters[index..<end])) else { return nil }
                month = value
                index = end
                if index < characters.count, characters[index] == "." { index += 1 }
            case .literal(let expected):
                if expected == " " {
                    guard index < characters.count, characters[index].isWhitespace else { return nil }
                    while index < characters.count, characters[index].isWhitespace { index += 1 }
                } else {
                    guard index < characters.count, characters[index] == expected else { return nil }
                    index += 1
                }
            }
        }
        guard index == characters.count, let year else { return nil }
        guard let month else {
            return .year(year)
        }
        guard (1...12).contains(month) else { return nil }
        guard let day else {
            return .month(month, of: year)
        }
        let found = Day(year: year, month: month, day: day)
        return found.isValid ? Day.Span(first: found, last: found, precision: .day) : nil
    }

    /// The text before a time of day: "2013-09-01" of "2013-09-01 00:00:00.000" or "2013-09-01T06:00".
    static func withoutTime(_ text: String) -> String {
        for separator in [" ", "T"] {
            guard let range = text.range(of: separator, options: .backwards) else { continue }
            let time = text[range.upperBound...]
            let parts = time.split(separator: ":", omittingEmptySubsequences: false)
            if (2...3).contains(parts.count),
               parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }) {
                return String(text[..<range.lowerBound]).trimmingWhitespace
            }
        }
        return text
    }

    /// English month names and their usual abbreviations ("Sep", "Sept").
    static func month(named name: String) -> Int? {
        let lowered = name.lowercased()
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        if let index = names.firstIndex(of: lowered) { return index + 1 }
        if lowered == "sept" { return 9 }
        guard lowered.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(lowered) }.map { $0 + 1 }
    }

    /// The span as the decoder reads it: "2011-04-08", "2011-04" or "2011".
    static func written(_ span: Day.Span) -> String {
        let text = span.first.description
        switch span.precision {
        case .year: return String(text.prefix(4))
        case .month: return String(text.prefix(7))
        default: return text
        }
    }
}

extension Day {
    /// The day a workbook's serial number stands for, its time of day dropped: in the 1900 system
    /// (Excel's default) 1 is 1900-01-01 and 60 the 29 February 1900 that never was; in the 1904
    /// system (older Mac workbooks) 0 is 1904-01-01. `nil` for a number that is no such day.
    init?(serial: Double, system1904: Bool) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        guard system1904 || (whole >= 1 && whole != 60) else { return nil }
        let base = system1904 ? Day(year: 1904, month: 1, day: 1) : Day(year: 1899, month: 12, day: whole < 60 ? 31 : 30)
        self = base.adding(days: whole)
    }
}
