// ProjectTemplate: the files of a new project, a small valid example to edit.

import DossierLocale
import DossierRender
import Foundation

/// Writes a new project folder that builds as it is.
public enum ProjectTemplate {
    /// The files of a new project, by path relative to its folder, its example written in `wording`'s language.
    public static func files(title: String, organisation: String, today: String,
                             wording: Wording = .english) -> [(path: String, text: String)] {
        func text(_ key: String) -> String { yamlString(wording.text(key)) }
        return [
            ("dossier.yaml", """
            # The project: what the cover says and where the records are. See the README of dossier.
            title: \(yamlString(title))
            subtitle: \(text("example.subtitle"))
            organisation: \(yamlString(organisation))
            language: \(wording.language)
            data_as_of: \(today)
            layout: dossier
            records: [records]

            """),
            ("records/incidents.yaml", """
            # One entry per incident. A figure is a number or {low, best, high, note, claims}.
            - id: example-2024-03-15
              title: \(text("example.incident"))
              date: 2024-03-15
              location: {name: \(text("example.town")), admin1: \(text("example.province")), country: IQ}
              perpetrators:
                - {name: \(text("example.perpetrator")), attribution: alleged}
              casualties:
                killed: 4
                injured: {low: 10, high: 12, note: \(text("example.figure_note"))}
              verification: provisional
              summary: \(text("example.summary"))
              sources: [example-source]

            """),
            ("records/quotations.yaml", """
            # Words of witnesses, officials and reports, verbatim, with who said them and where.
            - id: example-quote
              text: \(text("example.quotation"))
              speaker: \(text("example.speaker"))
              role: \(text("example.role"))
              date: 2024-03-16
              source: {id: example-source, locator: \(text("example.locator"))}
              incidents: [example-2024-03-15]

            """),
            ("records/sources.yaml", """
            # Every article, report or book the records cite.
            - id: example-source
              title: \(text("example.source_title"))
              publisher: \(text("example.publisher"))
              date: 2024-03-16
              accessed: \(today)

            """),
        ]
    }

    /// Creates `directory` with the template's files; fails rather than overwrite anything.
    public static func create(at directory: String, title: String, organisation: String, today: String,
                              wording: Wording = .english) throws {
        let fm = FileManager.default
        guard !directory.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BuildFailure.project("no folder given; expected the name of a new folder, such as my-dossier")
        }
        // Never write into a folder that holds anything: it may be somebody's records.
        if let existing = try? fm.contentsOfDirectory(atPath: directory), !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw BuildFailure.project("\(directory) already exists and is not empty; choose a new folder")
        }
        for (path, text) in files(title: title, organisation: organisation, today: today, wording: wording) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw BuildFailure.output("cannot write \(url.path): \(error.localizedDescription)")
            }
            try TemporaryFiles.writeOutput(Data(text.utf8), to: url.path)
        }
    }

    static func yamlString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
