// BlockGenerator: block trees made from a fuzzer's bytes, each byte a choice, for the layout engine target.

import DossierDisplay
import DossierDocument

/// Reads choices from bytes; past the end every choice is 0, so any input makes a finite tree.
struct ChoiceReader {
    private let bytes: [UInt8]
    private var index = 0
    init(_ data: some Collection<UInt8>) { bytes = Array(data) }

    /// A number in 0..<count.
    mutating func next(_ count: Int) -> Int {
        guard index < bytes.count, count > 0 else { return 0 }
        defer { index += 1 }
        return Int(bytes[index]) % count
    }

    /// Some words, from a small vocabulary with a few awkward members.
    mutating func words() -> String {
        let vocabulary = ["the", "attack", "on", "camp", "Ashraf", "killed", "", " ", "\n", "supercalifragilisticexpialidocious",
                          String(repeating: "x", count: 300), "ناآرامی", "—", "\u{00AD}", "\u{200C}", "https://example.org/a/b?c=d"]
        return (0..<(1 + next(16))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
    }
}

/// Makes one block per call from a `ChoiceReader`.
enum BlockGenerator {
    static func block(_ reader: inout ChoiceReader, depth: Int) -> Block {
        let kinds = depth > 3 ? 4 : 9
        switch reader.next(kinds) {
        case 0: return .paragraph(Paragraph(inlines(&reader), style: ["body", "quote", "caption", "nonexistent"][reader.next(4)]))
        case 1: return .heading(Heading(level: 1 + reader.next(4), content: inlines(&reader), anchor: reader.next(2) == 0 ? nil : "h\(reader.next(9))"))
        case 2: return .spacer(.pt(Double(reader.next(400))))
        case 3: return .pageBreak(reader.next(2) == 0 ? .next : .recto)
        case 4: return .quote(BlockQuote(paragraphs: (0..<reader.next(4)).map { _ in Paragraph(inlines(&reader), style: "quote") },
                                         attribution: inlines(&reader)))
        case 5:
            let items = (0..<reader.next(6)).map { _ in (0..<(1 + reader.next(3))).map { _ in block(&reader, depth: depth + 1) } }
            return .list(ListBlock(ordered: reader.next(2) == 0, items: items))
        case 6:
            let columns = 1 + reader.next(12)
            let widths: [ColumnWidth] = [.fraction(1), .fixed(.pt(Double(reader.next(200)))), .content]
            let row = { (reader: inout ChoiceReader) in (0..<columns).map { _ in TableCell(reader.words()) } }
            return .table(Table(columns: (0..<columns).map { _ in TableColumn(width: widths[reader.next(3)]) },
                                header: reader.next(2) == 0 ? [] : [row(&reader)],
                                rows: (0..<reader.next(12)).map { _ in row(&reader) }))
        case 7: return .keepTogether((0..<reader.next(5)).map { _ in block(&reader, depth: depth + 1) })
        default: return .section((0..<reader.next(5)).map { _ in block(&reader, depth: depth + 1) })
        }
    }

    static func inlines(_ reader: inout ChoiceReader) -> [Inline] {
        (0..<(1 + reader.next(5))).map { _ in
            switch reader.next(6) {
            case 0: .emphasis([.text(reader.words())])
            case 1: .strong([.text(reader.words())])
            case 2: .link([.text(reader.words())], reader.next(2) == 0 ? .url("https://example.org") : .destination("h\(reader.next(9))"))
            case 3: .footnote([.text(reader.words())])
            case 4: .lineBreak
            default: .text(reader.words())
            }
        }
    }
}
