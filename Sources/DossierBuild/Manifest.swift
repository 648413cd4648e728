// Manifest: what each output was built from, so unchanged outputs are skipped on the next run.

import DossierRender
import Foundation

/// The record beside a run's outputs of the inputs each output was built from.
public struct Manifest: Codable, Sendable {
    /// One output's entry.
    public struct Entry: Codable, Sendable, Equatable {
        /// SHA-256 of everything the output depends on.
        public var inputs: String
        public var pages: Int
    }

    public var version = 1
    public var outputs: [String: Entry] = [:]

    /// The manifest's file name in an output folder.
    public static let fileName = ".dossier-manifest.json"

    /// Reads the manifest of a folder; an empty one when there is none or it cannot be read.
    public static func read(directory: String) -> Manifest {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url), let m = try? JSONDecoder().decode(Manifest.self, from: data) else {
            return Manifest()
        }
        return m
    }

    /// Writes the manifest atomically.
    public func write(directory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let url = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
        // Through a recognisable temporary name, so a run killed mid-write leaves nothing a later run cannot clear.
        let data: Data
        do { data = try encoder.encode(self) } catch { throw BuildFailure.output("cannot write \(url.path): \(error.localizedDescription)") }
        try TemporaryFiles.writeOutput(data, to: url.path)
    }

    /// Hashes the files of a project folder (names and contents, in name order) with extra keys.
    public static func inputHash(project: String, extra: [String], skipping: [String] = []) -> String {
        var hash = SHA256()
        for line in extra { hash.update(line); hash.update([0]) }
        let root = URL(fileURLWithPath: project).standardizedFileURL
        let skipped = Set(skipping.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var files: [String] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                       options: [.skipsHiddenFiles]) {
            for case let url as URL in walker {
                let path = url.standardizedFileURL.path
                if skipped.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { walker.skipDescendants(); continue }
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(path) }
            }
        }
        for path in files.sorted() {
            hash.update(String(path.dropFirst(root.path.count)))
            hash.update([0])
            // In blocks, so a large file beside the records costs time, not memory.
            if let file = FileHandle(forReadingAtPath: path) {
                while let block = try? file.read(upToCount: 1 << 20), !block.isEmpty { hash.update(block) }
                try? file.close()
            }
            hash.update([0])
        }
        return hash.hexDigest()
    }
}
