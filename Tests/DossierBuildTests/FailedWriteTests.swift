// FailedWriteTests: a build that fails midway leaves the last good output as it was and no
// temporary files; the failure comes from a PDF output that stops taking pages, as a full disk would.

@testable import DossierBuild
import DossierDisplay
import DossierModel
import DossierRender
import Foundation
import Testing

/// The PDF writer, failing with `failure` when asked for page `failingPage` (counted from 0).
final class FailingOutput: PageOutput {
    let writer: PDFWriter
    let failingPage: Int
    let failure: BuildFailure
    private(set) var added = 0

    init(_ writer: PDFWriter, failingPage: Int, failure: BuildFailure) {
        self.writer = writer; self.failingPage = failingPage; self.failure = failure
    }

    func add(_ page: Page) throws {
        if added == failingPage { throw failure }
        try writer.add(page)
        added += 1
    }

    func finish() throws { try writer.finish() }
    func abandon() { writer.abandon() }
}

extension ProjectBuilder {
    /// Makes every build of this builder fail when it writes page `failingPage` (counted from 0).
    func failWriting(page failingPage: Int, with failure: BuildFailure) {
        openOutput = { path, metadata, fonts, options in
            FailingOutput(try PDFWriter(path: path, metadata: metadata, fonts: fonts, options: options),
                          failingPage: failingPage, failure: failure)
        }
    }
}

@Suite struct FailedWriteTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/ashraf").path

    func scratchFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-failed-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func anniversary(into folder: String, force: Bool, builder: @escaping () throws -> ProjectBuilder) throws -> AnniversaryOutcome {
        try AnniversaryRun(project: Self.sample, day: Day(year: 2026, month: 9, day: 1), within: 0, outputDirectory: folder,
                           layoutName: nil, force: force, sourceDateEpoch: nil, toolVersion: "test").run(builder: builder)
    }

    @Test func aBriefFailingAfterItsFirstPageLeavesThePreviousOne() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try anniversary(into: folder, force: false) { try ProjectBuilder() }
        let path = try #require(first.built.first?.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let failed = try anniversary(into: folder, force: true) {
            let builder = try ProjectBuilder()
            builder.failWriting(page: 1, with: BuildFailure.output("cannot write the brief: the disk is full"))
            return builder
        }
        #expect(failed.exitCode == 3)
        #expect(failed.failed.map(\.reason) == ["cannot write the brief: the disk is full"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("dossier-tmp") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func aDossierFailingMidwayLeavesThePreviousOne() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/ashraf.pdf"
        let (dossier, _) = try ProjectBuilder.load(Self.sample)
        let layout = try ProjectBuilder.layout(for: dossier)
        let builder = try ProjectBuilder()
        _ = try builder.build(dossier, layout: layout, output: output)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        builder.failWriting(page: 3, with: BuildFailure.output("cannot write \(output): the disk is full"))
        #expect(throws: BuildFailure.self) { try builder.build(dossier, layout: layout, output: output) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ashraf.pdf"])
    }
}
