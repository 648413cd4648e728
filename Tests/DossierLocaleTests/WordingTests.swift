// WordingTests: the strings tables: plural forms, English where a language lacks a string, project
// overrides, and strings files that cannot be used.

import DossierLocale
import Foundation
import Testing

@Suite struct WordingTests {
    /// The repository's locales/ folder, from this file's path.
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("locales").path

    static func project(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent("locales/" + name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    @Test func everyShippedLanguageHasEveryString() throws {
        for language in ["en", "fr", "de", "es", "ar", "fa"] {
            let wording = try Wording.load(language: language, shipped: Self.shipped)
            #expect(wording.missing.isEmpty, "\(language) lacks \(wording.missing)")
        }
    }

    @Test func pluralFormsFollowTheLanguage() throws {
        let en = try Wording.load(language: "en", shipped: Self.shipped)
        let fr = try Wording.load(language: "fr", shipped: Self.shipped)
        #expect(en.count("caption.incidents", 1) == "1 incident")
        #expect(en.count("caption.incidents", 0) == "0 incidents")
        #expect(fr.count("caption.incidents", 0) == "0 incident")
        #expect(en.count("chart.event_count", 0) == "no events")
        #expect(fr.count("chart.event_count", 1_234) == "1\u{202F}234 événements")
        #expect(fr.text("contents.title") == "Sommaire")
        #expect(fr.list(["a", "b", "c"]) == "a, b et c")
    }

    @Test func ordinalsBeforeANoun() throws {
        #expect(try Wording.load(language: "en", shipped: Self.shipped).ordinal(13) == "13th")
        #expect(try Wording.load(language: "fr", shipped: Self.shipped).ordinal(13) == "13e")
        #expect(try Wording.load(language: "de", shipped: Self.shipped).ordinal(13) == "13.")
        #expect(try Wording.load(language: "es", shipped: Self.shipped).ordinal(13) == "13.º")
    }

    @Test func aLanguageWithoutStringsKeepsEnglishWordsButItsOwnDates() throws {
        let it = try Wording.load(language: "it", shipped: Self.shipped)
        #expect(it.text("contents.title") == "Contents")
        #expect(it.missing.contains("contents.title"))
        #expect(it.format.monthName(4) == "aprile")
    }

    @Test func aProjectOverridesAnyString() throws {
        let project = try Self.project(["fr.yaml": "strings:\n  contents.title: Table des matières\n",
                                        "it.yaml": "strings:\n  contents.title: Indice\n"])
        let fr = try Wording.load(language: "fr", shipped: Self.shipped, project: project)
        #expect(fr.text("contents.title") == "Table des matières")
        #expect(fr.text("overview.title") == "Vue d’ensemble")
        let it = try Wording.load(language: "it", shipped: Self.shipped, project: project)
        #expect(it.text("contents.title") == "Indice")
        #expect(!it.missing.contains("contents.title") && it.missing.contains("overview.title"))
    }

    @Test func digitsAreTheLanguagesOrTheProjects() throws {
        let project = try Self.project(["fa.yaml": "numbers: latn\nstrings: {}\n"])
        #expect(try Wording.load(language: "fa", shipped: Self.shipped).format.count(2013) == "۲٬۰۱۳")
        #expect(try Wording.load(language: "fa", shipped: Self.shipped, project: project).format.count(2013) == "2,013")
    }

    @Test func anUnusableFileIsAnErrorNamingItsLine() throws {
        let project = try Self.project(["fr.yaml": "strings:\n  contents.title: Sommaire\n  cover.incidents: {one: incident}\n"])
        #expect {
            try Wording.load(language: "fr", shipped: Self.shipped, project: project)
        } throws: { error in
            let text = "\(error)"
            return text.contains("locales/fr.yaml:3:") && text.contains("cover.incidents: the plural forms need an `other` form")
        }
        let unknown = try Self.project(["de.yaml": "direction: sideways\n"])
        #expect(throws: LocaleFileError.self) { try Wording.load(language: "de", shipped: Self.shipped, project: unknown) }
    }
}
