// ProjectTemplate: the files of a new project, a small valid example to edit.

import DossierRender
import Foundation

/// Writes a new project folder that builds as it is.
public enum ProjectTemplate {
    /// The files of a new project, by path relative to its folder.
    public static func files(title: String, organisation: String, today: String) -> [(path: String, text: String)] {
        [
            ("dossier.yaml", """
            # The project: what the cover says and where the records are. See the README of dossier.
            title: \(yamlString(title))
            subtitle: Incidents, casualty figures and statements
            organisation: \(yamlString(organisation))
            language: en
            data_as_of: \(today)
            layout: dossier
            records: [records]

            """),
            ("records/incidents.yaml", """
            # One entry per incident. A figure is a number or {low, best, high, note, claims}.
            - id: example-2024-03-15
              title: Attack on a market
              date: 2024-03-15
              location: {name: Example town, admin1: Example province, country: IQ}
              perpetrators:
                - {name: Unidentified gunmen, attribution: alleged}
              casualties:
                killed: 4
                injured: {low: 10, high: 12, note: figures from the district hospital}
              verification: provisional
              summary: |
                Write what happened in your own words, saying who reported what.
              sources: [example-source]

            """),
            ("records/quotations.yaml", """
            # Words of witnesses, officials and reports, verbatim, with who said them and where.
            - id: example-quote
              text: "Replace this with the exact words, as published."
              speaker: A witness
              role: resident
              date: 2024-03-16
              source: {id: example-source, locator: para 4}
              incidents: [example-2024-03-15]

            """),
            ("records/sources.yaml", """
            # Every article, report or book the records cite.
            - id: example-source
              title: Title of the article or report
              publisher: Publisher
              date: 2024-03-16
              accessed: \(today)

            """),
        ]
    }

    /// Creates `directory` with the template's files; fails rather than overwrite anything.
    public static func create(at directory: String, title: String, organisation: String, today: String) throws {
        let fm = FileManager.default
        guard !directory.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BuildFailure.project("no folder given; expected the name of a new folder, such as my-dossier")
        }
        // Never write into a folder that holds anything: it may be somebody's records.
        if let existing = try? fm.contentsOfDirectory(atPath: directory), !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw BuildFailure.project("\(directory) already exists and is not empty; choose a new folder")
        }
        for (path, text) in files(title: title, organisation: organisation, today: today) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try TemporaryFiles.write(Data(text.utf8), to: url.path)
            } catch let error as RenderError {
                throw BuildFailure.output("\(error)")
            } catch {
                throw BuildFailure.output("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
    }

    static func yamlString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
