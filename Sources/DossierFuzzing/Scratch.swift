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
    static let sources = "- {id: s, title: A report, publisher: An organisation, date: 2024-01-03}\n"

    private init() {
        // Not /dev/shm: projects are never read from under /dev.
        let base = NSTemporaryDirectory()
        directory = (base as NSString).appendingPathComponent("dossier-fuzz-\(getpid())")
        let manager = FileManager.default
        for folder in ["records", "layouts"] {
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
