// ProjectFolder and FileLimit: where a project's files may lead, what is never read, and how sizes read.

import DossierModel
import Foundation
import Testing

@Suite struct ProjectFolderTests {
    /// A project folder with `notes.md` inside and `secret.md` beside it.
    func scratch() throws -> (root: String, project: ProjectFolder) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-folder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/p/sub", withIntermediateDirectories: true)
        try "inside".write(toFile: root + "/p/notes.md", atomically: true, encoding: .utf8)
        try "outside".write(toFile: root + "/secret.md", atomically: true, encoding: .utf8)
        return (root, ProjectFolder(path: root + "/p"))
    }

    @Test func pathsInsideAreReadAndPathsOutsideAreNot() throws {
        let (root, folder) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try folder.read("notes.md", limit: .section).get() == Data("inside".utf8))
        #expect(try folder.read("sub/../notes.md", limit: .section).get() == Data("inside".utf8))
        #expect(folder.check("../secret.md", limit: .section) == .failure(.outside(resolved: folder.realPath.dropLastComponent + "/secret.md")))
        #expect(folder.check("missing.md", limit: .section) == .failure(.missing))
        #expect(folder.check("sub", limit: .section) == .failure(.folder))
        // With the flag the outside file is read; never a system file.
        let open = ProjectFolder(path: root + "/p", allowsOutside: true)
        #expect(try open.read("../secret.md", limit: .section).get() == Data("outside".utf8))
        #expect(open.check("/proc/self/environ", limit: .section) == .failure(.special(kind: "a system file under /proc")))
        #expect(open.check("/dev/zero", limit: .section) == .failure(.special(kind: "a system file under /dev")))
    }

    @Test func aLinkOutIsNamedAsALink() throws {
        let (root, folder) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/p/link.md", withDestinationPath: "../secret.md")
        let refusal = try #require(folder.check("link.md", limit: .section).failure)
        #expect(folder.describe(refusal, path: "link.md").message
            == "\"link.md\" is a link to \"\(folder.realPath.dropLastComponent)/secret.md\", which is outside the project folder")
        #expect(folder.describe(.outside(resolved: "/etc/passwd"), path: "/etc/passwd").message
            == "\"/etc/passwd\" is outside the project folder")
    }

    @Test func outputsAmongTheRecordsAreTold() throws {
        let (root, folder) = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ProjectFiles(folder: folder, records: [folder.realPath + "/notes.md"], recordFolders: [folder.realPath + "/sub"])
        #expect(files.isAmongRecords(root + "/p/notes.md"))
        #expect(files.isAmongRecords(root + "/p/sub/new.json"))
        #expect(files.isAmongRecords(root + "/p/sub/deeper/new.json"))
        #expect(!files.isAmongRecords(root + "/p/output/x.pdf"))
        #expect(!files.isAmongRecords(root + "/elsewhere.pdf"))
    }

    @Test func sizesReadPlainly() {
        #expect(FileLimit.recordFile.description == "256 MB")
        #expect(FileLimit.size(812) == "812 bytes")
        #expect(FileLimit.size(9 << 20) == "9 MB")
        #expect(FileLimit.size(3_565_158) == "3.4 MB")
    }
}

extension Result {
    /// The error, if this is a failure.
    var failure: Failure? { if case .failure(let error) = self { error } else { nil } }
}

extension String {
    /// The path without its last component.
    var dropLastComponent: String { (self as NSString).deletingLastPathComponent }
}
