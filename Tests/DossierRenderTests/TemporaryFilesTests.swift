// TemporaryFiles: the names temporary files carry, and which ones a later run may clear.

@testable import DossierRender
import Foundation
import Testing

@Suite struct TemporaryFilesTests {
    @Test func namesCarryTheMarkAndTheProcess() {
        let path = TemporaryFiles.path(beside: "/nonexistent-\(getpid())/out/dossier.pdf")
        defer { TemporaryFiles.unregister(path) }
        let name = (path as NSString).lastPathComponent
        #expect(name.hasPrefix(".dossier.pdf.dossier-tmp.\(getpid())."))
        #expect(TemporaryFiles.writer(ofTemporary: name) == getpid())
    }

    @Test func onlyTemporaryNamesAreRecognised() {
        #expect(TemporaryFiles.writer(ofTemporary: ".x.pdf.dossier-tmp.123.4") == 123)
        #expect(TemporaryFiles.writer(ofTemporary: ".x.pdf.123.4567.tmp") == 123)  // the older name
        #expect(TemporaryFiles.writer(ofTemporary: ".notes.2024.1.tmp") == nil)   // a user's own file
        #expect(TemporaryFiles.writer(ofTemporary: "x.pdf.dossier-tmp.123.4") == nil)
        #expect(TemporaryFiles.writer(ofTemporary: ".x.pdf.dossier-tmp.0.4") == nil)
        #expect(TemporaryFiles.writer(ofTemporary: ".x.pdf.dossier-tmp.-5.4") == nil)
        #expect(TemporaryFiles.writer(ofTemporary: ".dossier-manifest.json") == nil)
    }

    @Test func staleFilesOfDeadProcessesGoAndLiveOnesStay() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // A process that has exited: its id is free (until reused, which the check allows for).
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = ".a.pdf.dossier-tmp.\(gone.processIdentifier).1"
        let alive = ".a.pdf.dossier-tmp.1.1"  // init never exits
        let strayOfOurs = ".a.pdf.dossier-tmp.\(getpid()).99999"  // our id, but not a file we made
        for name in [dead, alive, strayOfOurs, ".notes.2024.1.tmp", "a.pdf"] {
            FileManager.default.createFile(atPath: folder.file(name), contents: Data("x".utf8))
        }
        let ours = TemporaryFiles.path(beside: folder.file("a.pdf"))
        FileManager.default.createFile(atPath: ours, contents: nil)
        TemporaryFiles.removeStale(in: folder.path)
        TemporaryFiles.unregister(ours)
        #expect(folder.contents == [".a.pdf.dossier-tmp.1.1", (ours as NSString).lastPathComponent, ".notes.2024.1.tmp", "a.pdf"].sorted())
    }

    @Test func writeReplacesAtomically() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try TemporaryFiles.write(Data("one".utf8), to: folder.file("s.json"))
        try TemporaryFiles.write(Data("two".utf8), to: folder.file("s.json"))
        #expect(try String(contentsOfFile: folder.file("s.json"), encoding: .utf8) == "two")
        #expect(folder.contents == ["s.json"])
    }
}
