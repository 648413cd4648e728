// WorkAheadTests: work done on a second thread comes back in order, errors come back where they arose, and stopping is safe.
import DossierDisplay
import Foundation
import Synchronization
import Testing

@Suite struct WorkAheadTests {
    private struct Failure: Error, Equatable { var index: Int }

    @Test func resultsComeBackInOrder() throws {
        let work = WorkAhead(count: 50, ahead: 3, name: "test") { $0 * $0 }
        defer { work.stop() }
        for i in 0..<50 { #expect(try work.take(i) == i * i) }
        #expect(try work.take(50) == nil)
    }

    @Test func aFailureIsThrownWhenItsItemIsTaken() throws {
        let work = WorkAhead(count: 10, name: "test") { i -> Int in
            if i == 4 { throw Failure(index: i) }
            return i
        }
        defer { work.stop() }
        for i in 0..<4 { #expect(try work.take(i) == i) }
        #expect(throws: Failure(index: 4)) { try work.take(4) }
        #expect(try work.take(5) == 5)
    }

    @Test func theThreadStaysWithinItsLead() throws {
        let highest = Mutex(-1)
        let work = WorkAhead(count: 100, ahead: 2, name: "test") { i in
            highest.withLock { $0 = max($0, i) }
            return i
        }
        #expect(try work.take(0) == 0)
        // The thread goes on to items 1 and 2, then waits: 3 needs another take.
        for _ in 0..<1000 where highest.withLock({ $0 }) < 2 { Thread.sleep(forTimeInterval: 0.001) }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(highest.withLock { $0 } == 2)
        work.stop()
        #expect(highest.withLock { $0 } == 2)
    }
}
