// Scratch: the small project on disk that the reader targets rewrite one file of per input.

import Foundation

/// A project folder under the temporary directory, made once per process.
final class Scratch: @unchecked Sendable {
    // Used from the fuzzer's single thread, or from one test at a time.
    static let shared = Scratch()

    /// The project folder.
    let directory: String

    static let project = "title: Fuzz\ndata_as_of: 2026-11-20\nrecords: [records]\n"
    static let incidents = """
        - id: a
          title: An attack
          date: 2024-01-02
          location: {name: A town, country: IQ}
          casualties: {killed: 3, injured: {low: 2, claims: [{source: s, low: 1, text: at least one}]}}
          summary: Three *people* were killed.
          sources: [s]
        """
    /// The project file for a workbook of incidents beside the records, its columns mapped as an NGO's sheet would be.
    static func workbookProject(extension: String) -> String {
        """
        title: Fuzz
        data_as_of: 2026-11-20
        records:
          - records
          - file: sheets/book.\(`extension`)
            sheet: Incidents
            header_row: 3
            kind: incidents
            columns: {Town: location.name, Governorate: location.admin1, Killed: casualties.killed,
                      Injured: casualties.injured, Source: sources, Notes: summary}
            ignore: [Entered by]
            dates: DD/MM/YYYY
            defaults: {location.country: IQ}

        """
    }
    static let sources = """
        - {id: s, title: A report, publisher: An organisation, date: 2024-01-03}
        - {id: report-a, title: First test report, publisher: Test Agency, date: 2013-09-02}
        - {id: report-b, title: Second test report, publisher: Test Wire, date: 2013-09-03}

        """

    private init() {
        // Not /dev/shm: projects are never read from under /dev.
        let base = NSTemporaryDirectory()
        directory = (base as NSString).appendingPathComponent("dossier-fuzz-\(getpid())")
        let manager = FileManager.default
        for folder in ["records", "layouts", "sheets"] {
            try? manager.createDirectory(atPath: directory + "/" + folder, withIntermediateDirectories: true)
        }
        write(Data(Self.project.utf8), to: "dossier.yaml")
        write(Data(Self.incidents.utf8), to: "records/incidents.yaml")
        write(Data(Self.sources.utf8), to: "records/sources.yaml")
    }

    /// Replaces a project-relative file.
    func write(_ data: Data, to relative: String) {
        _ = FileManager.default.createFile(atPath: directory + "/" + relative, contents: data)
    }

    /// Removes a project-relative file if it exists.
    func removeFile(_ relative: String) {
        try? FileManager.default.removeItem(atPath: directory + "/" + relative)
    }
}
