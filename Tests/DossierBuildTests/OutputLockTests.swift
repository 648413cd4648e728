// OutputLockTests: a second run on the same output folder is told why it waits, and gives up with an
// output failure when the first does not finish in time.

import DossierBuild
import Foundation
import Testing

@Suite struct OutputLockTests {
    @Test func aSecondRunIsToldOnceWhyItWaitsThenGivesUp() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try OutputLock(directory: folder)
        var told: [String] = []
        #expect {
            _ = try OutputLock(directory: folder, timeout: 0.3) { told.append($0) }
        } throws: { error in
            guard case BuildFailure.output(let message) = error else { return false }
            return message.contains("did not finish within") && message.contains(folder)
        }
        #expect(told == ["another run is writing to \(folder); waiting for it to finish (lock: \(folder)/.dossier.lock)"])
        first.release()
        var toldAfterRelease: [String] = []
        let second = try OutputLock(directory: folder, timeout: 0.3) { toldAfterRelease.append($0) }
        second.release()
        #expect(toldAfterRelease.isEmpty)
    }
}
