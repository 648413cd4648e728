// ProjectFiles: where a loaded project's files are, so that outputs never land on its records and its
// layout can be read under the same rules as the rest of it.

/// The files a project was loaded from.
public struct ProjectFiles: Sendable {
    /// The project folder and the rules for reading from it.
    public var folder: ProjectFolder
    /// The record files read, as real paths.
    public var records: [String] = []
    /// The record folders walked, as real paths.
    public var recordFolders: [String] = []
    /// Where `layout:` is written in dossier.yaml, if it is.
    public var layoutLocation: SourceLocation?

    /// Creates the list for a project folder.
    public init(folder: ProjectFolder, records: [String] = [], recordFolders: [String] = [],
                layoutLocation: SourceLocation? = nil) {
        self.folder = folder; self.records = records; self.recordFolders = recordFolders
        self.layoutLocation = layoutLocation
    }

    /// Whether writing a file at `path` would replace a record file or put a file into a record folder.
    /// The project folder itself, when listed as a record folder, protects only the record files.
    public func isAmongRecords(_ path: String) -> Bool {
        let destination = ProjectFolder.destination(of: path)
        let targets = [destination] + [ProjectFolder.realPath(of: path)].compactMap { $0 }
        return targets.contains { target in
            records.contains(target)
                || recordFolders.contains { $0 != folder.realPath && ProjectFolder.isInside(target, $0) }
        }
    }
}
