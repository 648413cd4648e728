// BundleFixture: a copy of the sample project with the test exhibits (made with Typst) filed after it,
// and the words and boxes of a built PDF as `pdftotext -bbox` gives them.

import Foundation
import Testing

enum BundleFixture {
    static let exhibits = Tool.root.appendingPathComponent("Tests/Fixtures/exhibits")

    /// A temporary project: the sample, with exhibits/statement-a4.pdf (3 A4 pages) and
    /// exhibits/casualty-list-letter.pdf (2 Letter landscape pages) listed in dossier.yaml.
    static func project(exhibitEntries: String? = nil) throws -> URL {
        let dir = try Tool.temporaryDirectory().appendingPathComponent("bundle")
        try FileManager.default.copyItem(at: Tool.root.appendingPathComponent("examples/ashraf"), to: dir)
        let folder = dir.appendingPathComponent("exhibits")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["statement-a4.pdf", "casualty-list-letter.pdf"] {
            try FileManager.default.copyItem(at: exhibits.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let entries = exhibitEntries ?? """
            exhibits:
              - file: exhibits/statement-a4.pdf
                title: Witness statement on the morning of the attack
                source: article-2014-04-08
              - file: exhibits/casualty-list-letter.pdf
                title: Casualty list compiled by the residents' committee

            """
        let project = dir.appendingPathComponent("dossier.yaml")
        try (try String(contentsOf: project, encoding: .utf8) + entries).write(to: project, atomically: true, encoding: .utf8)
        return dir
    }

    /// A word and its box, in points from the page's top left.
    struct Word {
        var text: String
        var minX, minY, maxX, maxY: Double
        func touches(_ other: Word, within gap: Double = 0) -> Bool {
            minX - gap < other.maxX && other.minX - gap < maxX && minY - gap < other.maxY && other.minY - gap < maxY
        }
    }

    /// A page's size and words.
    struct PageWords {
        var width, height: Double
        var words: [Word]
    }

    /// Every page's words, from `pdftotext -bbox`.
    static func words(_ pdf: String) throws -> [PageWords] {
        let html = try Tool.run("pdftotext", ["-bbox", pdf, "-"]).stdout
        var pages: [PageWords] = []
        func number(_ name: String, in line: Substring) -> Double {
            guard let start = line.range(of: name + "=\"") else { return 0 }
            return Double(line[start.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        for line in html.split(separator: "\n") {
            if line.contains("<page ") {
                pages.append(PageWords(width: number("width", in: line), height: number("height", in: line), words: []))
            } else if line.contains("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                let text = String(line[line.index(after: open)..<close.lowerBound])
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
                pages[pages.count - 1].words.append(Word(text: text, minX: number("xMin", in: line), minY: number("yMin", in: line),
                                                         maxX: number("xMax", in: line), maxY: number("yMax", in: line)))
            }
        }
        return pages
    }
}
