// ParallelDrawingTests: pages drawn on a second thread while the layout goes on give the file a
// single thread writes, byte for byte.

@testable import DossierBuild
import DossierDocument
import DossierModel
import Foundation
import Testing

@Suite struct ParallelDrawingTests {
    static let sample = FailedWriteTests.sample

    /// The bytes of a build, drawn on one thread or two.
    func build(_ dossier: Dossier, layout name: String, parallel: Bool, bates: Bool = false) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var layout = try ProjectBuilder.layout(named: name, project: Self.sample)
        if bates { layout.bates = BatesNumbering(prefix: "ASH", start: 1, digits: 6); layout.exhibit = "Exhibit A" }
        let builder = try ProjectBuilder()
        builder.drawsInParallel = parallel
        let output = folder.appendingPathComponent("out.pdf").path
        _ = try builder.build(dossier, layout: layout, output: output, sourceDateEpoch: "1700000000")
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    @Test(arguments: ["dossier", "briefing", "hearing", "anniversary"])
    func theSampleIsTheSameDrawnOnOneThreadOrTwo(layout: String) throws {
        let (dossier, _) = try ProjectBuilder.load(Self.sample)
        let serial = try build(dossier, layout: layout, parallel: false, bates: layout == "hearing")
        let parallel = try build(dossier, layout: layout, parallel: true, bates: layout == "hearing")
        #expect(serial.count > 10_000)
        #expect(serial == parallel)
    }

    /// A long dossier, where the drawing thread falls behind and catches up many times.
    @Test func aLongDossierIsTheSameDrawnOnOneThreadOrTwo() throws {
        var (dossier, _) = try ProjectBuilder.load(Self.sample)
        let originals = dossier.incidents
        dossier.incidents = (0..<40).flatMap { copy in
            originals.map { incident in
                var incident = incident
                incident.id += "-\(copy)"
                incident.title += " (\(copy + 1))"
                return incident
            }
        }
        let serial = try build(dossier, layout: "dossier", parallel: false)
        let parallel = try build(dossier, layout: "dossier", parallel: true)
        #expect(serial.count > 500_000)
        #expect(serial == parallel)
    }
}
