// WorkAhead: items of work done in order on a thread of their own, a few ahead of the one taken.
import Foundation

/// Does `work(0)`, `work(1)`, … on a thread of its own while the caller does something else, and
/// hands each result over when the caller takes it, in order. The thread runs at most `ahead`
/// items past the one taken last, so what waits stays bounded. Used to put a second core on work
/// whose results are consumed in order: measuring every other block of a layout, recompressing
/// page contents while the file is copied.
///
/// Sendable (`@unchecked`): the results and flags are guarded by `condition`; `work` runs on the
/// thread only.
public final class WorkAhead<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: Result<Value, Error>] = [:]
    private var taken = -1
    private var stopped = false
    private var done = false

    /// Starts the thread on items `0..<count`.
    public init(count: Int, ahead: Int = 8, name: String, work: @escaping @Sendable (Int) throws -> Value) {
        let ahead = max(1, ahead)
        let thread = Thread { [self] in
            for index in 0..<count {
                condition.lock()
                while index > taken + ahead && !stopped { condition.wait() }
                let go = !stopped
                condition.unlock()
                guard go else { break }
                let result = Result { try work(index) }
                condition.lock()
                ready[index] = result
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        // Shaping, breaking and compressing need more than a secondary thread's default stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result of item `index`, waiting until it is done; rethrows what the work threw. Take
    /// items in order. Nil for an item the thread will not do (past `count`, or after `stop`).
    public func take(_ index: Int) throws -> Value? {
        condition.lock()
        defer { condition.unlock() }
        taken = max(taken, index)
        condition.broadcast()
        while ready[index] == nil && !done { condition.wait() }
        return try ready.removeValue(forKey: index)?.get()
    }

    /// Stops the thread after the item under way and waits for it.
    public func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while !done { condition.wait() }
        ready.removeAll()
    }
}
