// End to end: `dossier anniversary` on the sample, as a scheduled job would run it.

import Foundation
import Testing

@Suite(.serialized) struct AnniversaryCommandTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path

    struct Summary: Decodable {
        struct Brief: Decodable { var incident: String; var anniversary: String; var path: String; var pages: Int?; var reason: String? }
        var from: String; var to: String
        var built: [Brief]; var skipped: [Brief]; var failed: [Brief]; var warnings: [String]
    }

    func run(_ args: [String]) throws -> (ProcessResult, Summary?) {
        let result = try Tool.run(Tool.dossier, ["anniversary", Self.sample] + args + ["--json"])
        return (result, try? JSONDecoder().decode(Summary.self, from: Data(result.stdout.utf8)))
    }

    @Test func buildsTheThirteenthAnniversaryAndSkipsItWhenUnchanged() throws {
        let out = try Tool.temporaryDirectory().path
        let (first, summary) = try run(["--on", "2026-09-01", "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        let built = try #require(summary?.built.first)
        #expect(summary?.built.count == 1)
        #expect(built.path.hasSuffix("ashraf-2013-09-01-13th-anniversary.pdf"))
        #expect(built.anniversary == "13th")
        let text = try Tool.text(built.path)
        #expect(text.contains("13th anniversary"))
        #expect(text.contains("1 September 2013"))
        #expect(try Tool.run("qpdf", ["--check", built.path]).status == 0)

        let (second, again) = try run(["--on", "2026-09-01", "-o", out])
        #expect(second.status == 0)
        #expect(again?.built.isEmpty == true && again?.skipped.count == 1)
        let (forced, rebuilt) = try run(["--on", "2026-09-01", "-o", out, "--force"])
        #expect(forced.status == 0 && rebuilt?.built.count == 1)
    }

    @Test func fifteenthOfTheAprilAttackAndNothingDue() throws {
        let out = try Tool.temporaryDirectory().path
        let (result, summary) = try run(["--on", "2026-04-08", "-o", out])
        #expect(result.status == 0)
        #expect(summary?.built.map(\.anniversary) == ["15th"])
        let none = try Tool.run(Tool.dossier, ["anniversary", Self.sample, "--on", "2026-05-02", "-o", out])
        #expect(none.status == 0)
        #expect(none.stdout.contains("no anniversaries due on 2026-05-02"))
        let window = try run(["--on", "2026-07-25", "--within", "10", "-o", out])
        #expect(window.1?.built.map(\.anniversary) == ["17th"])
        #expect(window.1?.to == "2026-08-04")
    }

    @Test func sameBytesAtDifferentTimes() throws {
        let a = try Tool.temporaryDirectory().path, b = try Tool.temporaryDirectory().path
        let (r1, s1) = try run(["--on", "2026-09-01", "-o", a])
        Thread.sleep(forTimeInterval: 1.2)
        let (r2, s2) = try run(["--on", "2026-09-01", "-o", b])
        #expect(r1.status == 0 && r2.status == 0)
        let p1 = try #require(s1?.built.first?.path), p2 = try #require(s2?.built.first?.path)
        #expect(try Tool.run("cmp", [p1, p2]).status == 0)
    }

    @Test func concurrentRunsTakeTurns() throws {
        let out = try Tool.temporaryDirectory().path
        let results = ThreadSafeBox<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let r = try? Tool.run(Tool.dossier, ["anniversary", Self.sample, "--on", "2026-09-01", "-o", out, "--force", "--quiet"])
            results.mutate { $0.append(r?.status ?? -1) }
        }
        #expect(results.value == [0, 0])
        let pdf = out + "/ashraf-2013-09-01-13th-anniversary.pdf"
        #expect(try Tool.run("qpdf", ["--check", pdf]).status == 0)
    }

    @Test func badDayIsAUsageError() throws {
        let r = try Tool.run(Tool.dossier, ["anniversary", Self.sample, "--on", "2026-13-01"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }
}

/// A value guarded by a lock, for results gathered from concurrent work.
final class ThreadSafeBox<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func mutate(_ body: (inout T) -> Void) { lock.lock(); body(&stored); lock.unlock() }
}
