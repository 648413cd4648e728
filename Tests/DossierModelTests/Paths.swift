// Paths: where the test fixtures and the sample project are, found from this file's own path.

import Foundation

/// Locations of test inputs, independent of the working directory.
enum Paths {
    /// This test target's folder.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The repository's root.
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    /// The sample project.
    static let sample = repository.appendingPathComponent("examples/ashraf").path
    /// The folder of one broken-project fixture.
    static func broken(_ name: String) -> String { tests.appendingPathComponent("Fixtures/broken/\(name)").path }
    /// The names of all broken-project fixtures, sorted.
    static var brokenCases: [String] {
        let folder = tests.appendingPathComponent("Fixtures/broken").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
