// Replays the fuzzing corpus and every crash found so far through the fuzz targets, in-process:
// an input that once trapped, hung or blew up must now return, and quickly.

import DossierFuzzing
import Foundation
import Testing

@Suite(.serialized) struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// How many corpus inputs of each target a test run replays, spread evenly over the sorted
    /// names; every crash input is always replayed, and `FUZZ_REPLAY_ALL=1` replays the whole corpus.
    static let corpusSample = ProcessInfo.processInfo.environment["FUZZ_REPLAY_ALL"] == nil ? 80 : Int.max

    /// The crash files and a sample of the corpus of one target.
    static func inputs(of target: String) -> [URL] {
        ["corpus", "crashes"].flatMap { folder -> [URL] in
            let directory = root.appendingPathComponent(folder).appendingPathComponent(target)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
            let kept = folder == "crashes" || names.count <= corpusSample ? names
                : (0..<corpusSample).map { names[$0 * names.count / corpusSample] }
            return kept.map { directory.appendingPathComponent($0) }
        }
    }

    @Test func theReaderTargetsStartFromAProjectThatLoads() {
        #expect(FuzzTargets.scratchProjectLoads())
    }

    @Test(arguments: ["xlsx", "ods"])
    func theWorkbookTargetsReachTheRecords(format: String) throws {
        let seed = try #require(Self.inputs(of: format).first { $0.lastPathComponent.hasPrefix("casualties") })
        let count = FuzzTargets.incidents(inWorkbook: try Data(contentsOf: seed), extension: format)
        #expect((count ?? 0) > 1, "\(seed.lastPathComponent) gave \(String(describing: count)) incidents")
    }

    @Test func everyTargetHasACorpus() {
        for target in FuzzTargets.all.keys.sorted() {
            #expect(!Self.inputs(of: target).isEmpty, "no corpus for \(target)")
        }
    }

    @Test(arguments: FuzzTargets.all.keys.sorted())
    func everyInputReturnsQuickly(target: String) throws {
        let run = try #require(FuzzTargets.all[target])
        for input in Self.inputs(of: target) {
            let data = try Data(contentsOf: input)
            let start = Date()
            run(data)
            // Generous for a busy machine and a debug build; a hang never returns at all.
            #expect(Date().timeIntervalSince(start) < 30, "\(target)/\(input.lastPathComponent) took \(Date().timeIntervalSince(start)) s")
        }
    }
}
