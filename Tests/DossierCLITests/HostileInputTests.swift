// Hostile and broken input: always a clear error and exit 1, never a crash or a trap.

import Foundation
import Testing

@Suite struct HostileInputTests {
    static let cases: [(name: String, incidents: String)] = [
        ("huge count", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: 9223372036854775807}, sources: [s]}\n"),
        ("count overflow in totals", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: 10000000001}, sources: [s]}\n"),
        ("binary garbage", String(decoding: (0..<600).map { UInt8(truncatingIfNeeded: $0 * 7919) }, as: UTF8.self)),
        ("deep nesting", String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)),
        ("scalar", "just words\n"),
        ("tab indentation", "- id: a\n\ttitle: A\n"),
        ("date far away", "- {id: a, title: A, date: 99999-01-01, location: X, sources: [s]}\n"),
        ("low above high", "- {id: a, title: A, date: 2024-01-01, location: X, casualties: {killed: {low: 9, high: 2}}, sources: [s]}\n"),
    ]

    @Test(arguments: cases.map(\.name))
    func brokenRecordsGiveAnErrorNotACrash(name: String) throws {
        let incidents = Self.cases.first { $0.name == name }!.incidents
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("records"), withIntermediateDirectories: true)
        try "title: T\ndata_as_of: 2026-11-20\nrecords: [records]\n".write(to: project.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        try incidents.write(to: project.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        try "- {id: s, title: S}\n".write(to: project.appendingPathComponent("records/sources.yaml"), atomically: true, encoding: .utf8)
        for command in [["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path], ["check", project.path]] {
            let result = try Tool.run(Tool.dossier, command)
            #expect(result.status == 1, "\(name): \(command[0]) exited \(result.status)\n\(result.stderr.prefix(500))")
            #expect(!result.stderr.contains("crashed") && !result.stderr.contains("Fatal error"), "\(name): \(result.stderr.prefix(500))")
            #expect(result.stderr.contains("incidents.yaml") || result.stdout.contains("incidents.yaml"), "\(name): no file named")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
    }

    @Test func aProjectWithNoIncidentsStillBuilds() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("records"), withIntermediateDirectories: true)
        try "title: Nothing yet\ndata_as_of: 2026-11-20\nrecords: [records]\n".write(to: project.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        try "".write(to: project.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", dir.appendingPathComponent("x.pdf").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Tool.run("qpdf", ["--check", dir.appendingPathComponent("x.pdf").path]).status == 0)
    }
}
