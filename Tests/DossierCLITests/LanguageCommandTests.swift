// End to end: projects in each shipped language, made with `dossier new --language` and built; the
// PDF's text holds the language's words, dates and digits and none of the English the tool writes.

import Foundation
import Testing

@Suite(.serialized) struct LanguageCommandTests {
    /// Words the tool writes in English that no other shipped language shares.
    static let englishWords = ["Contents", "Overview", "Killed", "Injured", "Perpetrator", "Verification", "Casualties",
                               "Figure used", "Basis and sources", "Figures and sources", "at a glance", "Statement",
                               "Data as of", "Prepared by", " of ", "at least", "Sources are numbered",
                               "Disputed", "People", "per incident", "March", "Attack on a market"]

    /// A copy of the sample with `edit` made in dossier.yaml and a file of its own written at `path`.
    static func sample(_ edit: (String, String), writing text: String, to path: String) throws -> String {
        let project = try CheckCommandTests.sampleCopy(editing: "dossier.yaml", [edit])
        let file = URL(fileURLWithPath: project).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return project
    }

    /// Builds a new project in `language` and returns its PDF's text.
    static func newProjectText(_ language: String) throws -> (text: String, check: ProcessResult) {
        let project = try Tool.temporaryDirectory().appendingPathComponent("project").path
        let made = try Tool.run(Tool.dossier, ["new", project, "--language", language])
        #expect(made.status == 0, "\(made.stderr)")
        let check = try Tool.run(Tool.dossier, ["check", project])
        let pdf = project + "/out.pdf"
        let built = try Tool.run(Tool.dossier, ["build", project, "-o", pdf])
        #expect(built.status == 0, "\(built.stderr)")
        return (try Tool.text(pdf), check)
    }

    @Test(arguments: [("fr", "mars", "Sommaire"), ("de", "März", "Inhalt"), ("es", "marzo", "Índice"),
                      ("fa", "مارس", "فهرست مطالب"), ("ar", "مارس", "المحتويات")])
    func aNewProjectIsWrittenInItsLanguage(language: String, month: String, contents: String) throws {
        let (text, check) = try Self.newProjectText(language)
        #expect(check.status == 0 && !check.stderr.contains("warning"), "\(check.stderr)")
        for word in Self.englishWords { #expect(!text.contains(word), "“\(word)” is printed in a \(language) dossier") }
        #expect(text.contains(month))
        #expect(text.contains(contents))
    }

    @Test func persianAndArabicDigitsAreTheLanguages() throws {
        #expect(try Self.newProjectText("fa").text.contains("۲۰۲۴"))
        #expect(try Self.newProjectText("ar").text.contains("٢٠٢٤"))
    }

    @Test func theSampleInFrenchDatesAndNumbersPagesInFrench() throws {
        let project = try CheckCommandTests.sampleCopy(editing: "dossier.yaml", [("language: en", "language: fr")])
        let pdf = project + "/out.pdf"
        let built = try Tool.run(Tool.dossier, ["build", project, "-o", pdf])
        #expect(built.status == 0, "\(built.stderr)")
        let text = try Tool.text(pdf)
        for words in ["Sommaire", "Vue d’ensemble", "1er septembre 2013", "28–29 juillet 2009", "Page 2 sur 9", "au moins 350",
                      "Chiffre retenu", "Déclarations"] {
            #expect(text.contains(words), "“\(words)” is not in the French sample")
        }
        for word in ["Contents", "Page 2 of", "Figure used", "Overview", "at least 350"] {
            #expect(!text.contains(word), "“\(word)” is printed in the French sample")
        }
        let alts = try ChartCommandTests.altTexts(pdf)
        #expect(alts.contains { $0.hasPrefix("Diagramme en barres des victimes le 28–29 juillet 2009: 11 tués (contesté), 36 enlevés") },
                "\(alts)")
        #expect(!alts.contains { $0.contains("Bar chart") || $0.contains("killed") })
    }

    @Test func aProjectsOwnStringsWinAndMissingOnesAreReported() throws {
        let project = try Self.sample(("language: en", "language: it"), writing: "strings:\n  contents.title: Indice\n",
                                      to: "locales/it.yaml")
        let check = try Tool.run(Tool.dossier, ["check", project])
        #expect(check.status == 0)
        #expect(check.stderr.contains("warning: language: ") && check.stderr.contains("no “it” text and will print in English: "))
        #expect(!check.stderr.contains("contents.title"))
        let pdf = project + "/out.pdf"
        #expect(try Tool.run(Tool.dossier, ["build", project, "-o", pdf]).status == 0)
        let text = try Tool.text(pdf)
        #expect(text.contains("Indice") && text.contains("settembre 2013"))
    }

    @Test func aBrokenStringsFileStopsTheBuildNamingItsLine() throws {
        let project = try Self.sample(("language: en", "language: fr"), writing: "strings:\n  contents.title: [a, b]\n",
                                      to: "locales/fr.yaml")
        let built = try Tool.run(Tool.dossier, ["build", project, "-o", project + "/out.pdf"])
        #expect(built.status == 1)
        #expect(built.stderr.contains("locales/fr.yaml:2:") && built.stderr.contains("contents.title: expected a text"))
        #expect(try Tool.run(Tool.dossier, ["check", project]).status == 1)
    }
}

/// Right-to-left dossiers: lines start from the right margin.
@Suite(.serialized) struct RightToLeftTests {
    /// The lines of a page as pdftotext places them: top, left and right edge of each.
    static func lines(_ pdf: String, page: Int) throws -> [(top: Double, left: Double, right: Double)] {
        let xml = try Tool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf, "-"]).stdout
        var byTop: [Int: (left: Double, right: Double)] = [:]
        for line in xml.split(separator: "\n") where line.contains("<word ") {
            func value(_ name: String) -> Double? {
                guard let start = line.range(of: name + "=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let xMin = value("xMin"), let xMax = value("xMax"), let yMax = value("yMax") else { continue }
            let key = Int(yMax.rounded())
            let old = byTop[key] ?? (left: .infinity, right: -.infinity)
            byTop[key] = (min(old.left, xMin), max(old.right, xMax))
        }
        return byTop.keys.sorted().map { (Double($0), byTop[$0]!.left, byTop[$0]!.right) }
    }

    @Test func aPersianCoversShortLinesHugTheRightMargin() throws {
        let project = try Tool.temporaryDirectory().appendingPathComponent("fa").path
        #expect(try Tool.run(Tool.dossier, ["new", project, "--language", "fa"]).status == 0)
        let pdf = project + "/out.pdf"
        #expect(try Tool.run(Tool.dossier, ["build", project, "-o", pdf]).status == 0)
        // A4 less the dossier layout's 25 mm inner margin: a right-to-left dossier is bound on the right.
        let rightMargin = 595.28 - 25 / 25.4 * 72
        let lines = try Self.lines(pdf, page: 1)
        // Organisation, title, subtitle; then the two lines under the key figures.
        let shown = Array(lines.prefix(3)) + Array(lines.suffix(2))
        #expect(shown.count == 5)
        for line in shown {
            #expect(abs(line.right - rightMargin) < 1.5, "a cover line ends at \(line.right), not at the right margin \(rightMargin)")
            #expect(line.left > 250, "a short cover line starts at \(line.left), from the left")
        }
    }
}

/// Fonts a layout names.
@Suite struct LayoutFontTests {
    @Test(arguments: [("fonts: {serif: Garamond Premier}\n", "Garamond Premier"), ("fonts: {arabic: Vazirmatn}\n", "Vazirmatn")])
    func aFontALayoutNamesThatIsNotBundledIsAnErrorNamingItAndTheFolder(layout: String, font: String) throws {
        let project = try LanguageCommandTests.sample(("layout: dossier", "layout: mine"), writing: layout, to: "layouts/mine.yaml")
        let built = try Tool.run(Tool.dossier, ["build", project, "-o", project + "/out.pdf"])
        #expect(built.status == 1)
        #expect(built.stderr.contains("layout “mine” names the font “\(font)”, which is not found: fonts are looked for in "))
        #expect(built.stderr.contains("expected one of Noto Naskh Arabic, Noto Sans, Noto Sans Math, Noto Serif"))
        #expect(!FileManager.default.fileExists(atPath: project + "/out.pdf"))
    }
}
