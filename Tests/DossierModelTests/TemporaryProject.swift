// TemporaryProject: a throwaway project directory written from a dictionary of files, for loader tests.

import DossierModel
import Foundation

/// A project directory in the temporary folder, written from file contents and removed on request.
struct TemporaryProject {
    /// The directory's path.
    let path: String

    /// Writes `files` (project-relative path → contents) into a fresh directory.
    init(_ files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-model-\(UUID().uuidString)").path
        for (name, contents) in files {
            let file = URL(fileURLWithPath: path).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: file, atomically: true, encoding: .utf8)
        }
        if files.isEmpty { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }

    /// Writes `files` and copies `copies` (project-relative path → file to copy, such as a workbook fixture).
    init(_ files: [String: String], copying copies: [String: String]) throws {
        try self.init(files)
        for (name, source) in copies {
            let file = URL(fileURLWithPath: path).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source, toPath: file.path)
        }
    }

    /// Loads the project, removes the directory and returns the result.
    func load() -> LoadResult {
        defer { try? FileManager.default.removeItem(atPath: path) }
        return ProjectLoader.load(directory: path)
    }
}
