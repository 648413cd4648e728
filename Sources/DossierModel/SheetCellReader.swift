// SheetCellReader: a spreadsheet's cell as the text the record decoder reads, by the field it fills: date
// cells and serial numbers as ISO days, "08/04/2011" by the source's `dates:`, "1,200" by its `numbers:`.

import Foundation

/// Turns cells into the decoder's text for the field each fills, or says why a cell cannot be read.
struct SheetCellReader: Sendable {
    /// What a field expects, as far as reading a cell goes.
    enum Target: Sendable, Equatable {
        case date, count, coordinate, time, country, text
        case choice([String])
    }

    /// What reading one cell gave.
    enum Reading: Sendable, Equatable {
        /// The text to hand to the decoder.
        case text(String)
        /// The cell cannot be what the field expects; reported at the cell, with what would be accepted.
        case problem(message: String, expected: String)
    }

    /// The patterns the source's `dates:` gives (empty: ISO and month names only).
    var dateFormats: [DateFormat]
    /// How the source's text cells write numbers.
    var numbers: NumberStyle
    /// Whether the workbook counts days from 1904.
    var uses1904Dates: Bool
    /// Whether the source is a mapped entry of dossier.yaml, whose settings messages can point to; a plain
    /// CSV file leaves what it cannot read to the decoder's own messages.
    var isMapped: Bool
    /// Whether the project writes `numbers:` itself (else the style is the project language's).
    var numbersGiven: Bool

    /// What a field of a shape expects.
    static func target(of shape: RecordSchema.Shape) -> Target {
        switch shape {
        case .day, .partialDate, .incidentDate: return .date
        case .count: return .count
        case .coordinate: return .coordinate
        case .time: return .time
        case .countryCode: return .country
        case .choice(let values): return .choice(values)
        case .either(let shapes):
            // A figure is a count or a mapping; a place a name or a mapping: a cell gives the scalar one.
            for shape in shapes { if case .object = shape { continue }; return target(of: shape) }
            return .text
        default: return .text
        }
    }

    /// Reads a cell for a field expecting `target`.
    func read(_ cell: CSVTable.Cell, as target: Target) -> Reading {
        if let typed = cell.typed { return read(typed, text: cell.text, as: target) }
        let text = cell.text.trimmingWhitespace
        switch target {
        case .date: return date(text)
        case .count: return count(text)
        case .coordinate:
            switch numbers.read(text) {
            case .number(let value): return .text(NumberStyle.plain(value))
            case .otherStyle where isMapped: return .problem(message: "\"\(text)\" is not a number as this sheet writes them (\(numbers.example))",
                                                             expected: numbersAdvice)
            default: return .text(cell.text)
            }
        case .time, .text: return .text(cell.text)
        case .choice(let values):
            let lowered = text.lowercased()
            return .text(values.contains(lowered) ? lowered : cell.text)
        case .country:
            if text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) { return .text(text.uppercased()) }
            return .text(CountryNames.code(for: text) ?? cell.text)
        }
    }

    /// Reads a workbook cell that holds a number, a date or a yes or no.
    private func read(_ typed: CSVTable.Typed, text: String, as target: Target) -> Reading {
        switch (typed, target) {
        case (.date(let day), _):
            return .text(day.description)
        case (.number(let value, let isDate), .date):
            // A whole number from 1000 to 9999 not formatted as a date is a year typed as a number; the
            // serial numbers it would otherwise be stand for 1902–1927.
            if !isDate, value == value.rounded(), (1000...9999).contains(value) { return .text(String(Int(value))) }
            guard let day = Day(serial: value, system1904: uses1904Dates) else {
                return .problem(message: "\(NumberStyle.plain(value)) is not a day the spreadsheet can show",
                                expected: "a date cell, or a date written as text")
            }
            return .text(day.description)
        case (.number(let value, let isDate), _) where isDate && target != .count && target != .coordinate:
            if target == .time {
                let minutes = Int(((value - value.rounded(.down)) * 24 * 60).rounded())
                return .text(String(format: "%02d:%02d", minutes / 60 % 24, minutes % 60))
            }
            return Day(serial: value, system1904: uses1904Dates).map { .text($0.description) } ?? .text(NumberStyle.plain(value))
        case (.number(let value, _), .count):
            guard value == value.rounded() else {
                return .problem(message: "\(NumberStyle.plain(value)) is not a whole number", expected: "a whole number, 0 or more")
            }
            return .text(NumberStyle.plain(value))
        case (.number(let value, _), .time):
            let minutes = Int(((value - value.rounded(.down)) * 24 * 60).rounded())
            return .text(String(format: "%02d:%02d", minutes / 60 % 24, minutes % 60))
        case (.number(let value, _), _):
            return .text(NumberStyle.plain(value))
        case (.error(let shown), _):
            return .problem(message: "the cell shows the formula error \(shown)", expected: "a value; correct the formula in the spreadsheet")
        case (.formulaWithoutValue(let formula), _):
            return .problem(message: "the cell holds the formula =\(RecordDecoder.shortened(formula)) but no saved result",
                            expected: "a workbook saved by Excel or LibreOffice, which store each formula's result (open it there and save it)")
        case (.boolean(let value), .text):
            return .text(value ? "yes" : "no")
        case (.boolean(let value), _):
            return .problem(message: "found \(value ? "TRUE" : "FALSE"), a yes-or-no cell", expected: Self.expectation(target))
        }
    }

    /// Reads a date written as text: ISO always, then the source's patterns (or month names without them).
    private func date(_ text: String) -> Reading {
        // Month names cannot be mistaken, so they are read whatever `dates:` says.
        let formats = DateFormat.unambiguous + dateFormats
        for format in formats {
            if let span = format.read(text) { return .text(DateFormat.written(span)) }
        }
        guard isMapped else { return .text(text) }
        if dateFormats.isEmpty {
            return .problem(message: "\"\(RecordDecoder.shortened(text))\" is not a date this sheet's settings read",
                            expected: "a date written YYYY-MM-DD or 8 April 2011, or the way this sheet writes dates given "
                                + "in dossier.yaml, e.g. dates: DD/MM/YYYY")
        }
        let patterns = dateFormats.map(\.description).joined(separator: " or ")
        return .problem(message: "\"\(RecordDecoder.shortened(text))\" is not a date written \(patterns) (dates:)",
                        expected: "a real date written \(patterns), YYYY-MM-DD or 8 April 2011")
    }

    /// Reads a count written as text: "1,200" as the sheet writes numbers; words are left to the decoder,
    /// which says how a figure without a number is written.
    private func count(_ text: String) -> Reading {
        switch numbers.read(text) {
        case .number(let value) where value == value.rounded() && abs(value) < 1e15:
            return .text(String(Int(value)))
        case .number, .otherStyle:
            guard isMapped else { return .text(text) }
            return .problem(message: "\"\(RecordDecoder.shortened(text))\" is not a whole number as this sheet writes numbers (\(numbers.example))",
                            expected: "a whole number such as \(numbers.example.split(separator: numbers.decimal).first ?? "1234"); "
                                + numbersAdvice)
        case .notANumber:
            return .text(text)
        }
    }

    /// How to change the way numbers are read.
    private var numbersAdvice: String {
        numbersGiven ? "numbers: in dossier.yaml says how this sheet writes numbers"
                     : "the project's language decides how numbers are read; numbers: \"1.234,5\" (or \"1,234.5\", \"1 234,5\") in this sheet's entry in dossier.yaml says otherwise"
    }

    /// What a field expects, for messages.
    private static func expectation(_ target: Target) -> String {
        switch target {
        case .date: "a date"
        case .count: "a whole number, 0 or more"
        case .coordinate: "a number"
        case .time: "a time written HH:MM"
        case .country: "a two-letter country code such as IQ"
        case .text: "text"
        case .choice(let values): "one of \(values.joined(separator: ", "))"
        }
    }
}
