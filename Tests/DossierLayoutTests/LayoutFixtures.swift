// Shared fixtures for layout tests: a small page, a fixed-width shaper, a seeded block generator.

import DossierDisplay
import DossierDocument
@testable import DossierLayout

/// A layout with a small page so a few blocks already span pages, and no running lines.
func smallLayout(height: Length = .pt(300)) -> LayoutSpec {
    var spec = LayoutSpec.standard()
    spec.page = PageSetup(size: Size(width: .pt(300), height: height), top: .pt(30), bottom: .pt(30),
                          inner: .pt(30), outer: .pt(30))
    spec.header.left = ""; spec.header.right = ""; spec.header.center = ""
    spec.footer.center = ""
    return spec
}

/// A deterministic pseudo-random generator (64-bit LCG) so generated documents repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}

/// Words numbered in order, so reading order can be checked from the text.
struct WordSource {
    var prefix = "w"
    var counter = 0
    mutating func words(_ n: Int) -> String {
        (0..<n).map { _ in counter += 1; return "\(prefix)\(counter)" }.joined(separator: " ")
    }
}

/// Generates a document of `count` blocks: headings, paragraphs of varied length, quotes, tables.
func generatedDocument(blocks count: Int, seed: UInt64, spec: LayoutSpec) -> Document {
    var rng = SeededGenerator(seed: seed)
    var words = WordSource()
    var body: [Block] = []
    for i in 0..<count {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1:
            body.append(.heading(Heading(level: 2, content: [.text(words.words(Int.random(in: 1...6, using: &rng)))],
                                         anchor: "h\(i)", inContents: true, outlineLevel: 2)))
        case 2:
            body.append(.quote(BlockQuote(paragraphs: [Paragraph([.text(words.words(Int.random(in: 5...60, using: &rng)))], style: "quote")],
                                          attribution: [.text(words.words(3))])))
        case 3:
            let rows = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                [TableCell(words.words(1)), TableCell(words.words(Int.random(in: 1...20, using: &rng)))]
            }
            body.append(.table(Table(columns: [TableColumn(width: .fixed(.pt(60))), TableColumn(width: .fraction(1))],
                                     header: [[TableCell("A"), TableCell("B")]], rows: rows)))
        case 4:
            // A paragraph with a footnote, sometimes a long one, in the middle of the text.
            var notes = WordSource(prefix: "n", counter: i * 1000)
            let note = Inline.footnote([.text(notes.words(Int.random(in: 1...(i % 3 == 0 ? 300 : 30), using: &rng)))])
            body.append(.paragraph(Paragraph([.text(words.words(Int.random(in: 1...60, using: &rng)) + " "), note,
                                              .text(" " + words.words(Int.random(in: 1...60, using: &rng)))])))
        default:
            body.append(.paragraph(Paragraph([.text(words.words(Int.random(in: 1...120, using: &rng)))])))
        }
    }
    return Document(metadata: DocumentMetadata(title: "Generated"), layout: spec, body: body)
}
