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
        for words in ["Sommaire", "Vue d’ensemble", "1 septembre 2013", "28–29 juillet 2009", "Page 2 sur 9", "au moins 350",
                      "Chiffre retenu", "Déclarations"] {
            #expect(text.contains(words), "“\(words)” is not in the French sample")
        }
        for word in ["Contents", "Page 2 of", "Figure used", "Overview", "at least 350"] {
            #expect(!text.contains(word), "“\(word)” is printed in the French sample")
        }
    }

    @Test func aProjectsOwnStringsWinAndMissingOnesAreReported() throws {
        let project = try CheckCommandTests.sampleCopy(editing: "dossier.yaml", [("language: en", "language: it")])
        try FileManager.default.createDirectory(atPath: project + "/locales", withIntermediateDirectories: true)
        try "strings:\n  contents.title: Indice\n".write(toFile: project + "/locales/it.yaml", atomically: true, encoding: .utf8)
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
        let project = try CheckCommandTests.sampleCopy(editing: "dossier.yaml", [("language: en", "language: fr")])
        try FileManager.default.createDirectory(atPath: project + "/locales", withIntermediateDirectories: true)
        try "strings:\n  contents.title: [a, b]\n".write(toFile: project + "/locales/fr.yaml", atomically: true, encoding: .utf8)
        let built = try Tool.run(Tool.dossier, ["build", project, "-o", project + "/out.pdf"])
        #expect(built.status == 1)
        #expect(built.stderr.contains("locales/fr.yaml:2:") && built.stderr.contains("contents.title: expected a text"))
        #expect(try Tool.run(Tool.dossier, ["check", project]).status == 1)
    }
}
