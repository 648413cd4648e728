// PageHandOff: pages laid out on one thread are drawn into the PDF on another, a few at a time.
import DossierDisplay
import Foundation

/// Draws pages on a thread of its own while the layout goes on with the next ones, so a build
/// uses two cores: one shapes, breaks and paginates, the other draws and compresses. Pages wait
/// in a queue of at most `capacity`, so memory stays bounded; one thread draws them, in the order
/// given, so the file is byte for byte the one a single thread writes.
///
/// Sendable (`@unchecked`): the queue and the failure are guarded by `condition`; `draw` runs on
/// the drawing thread only, and the caller touches what it draws on only after `finish`.
final class PageHandOff: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Page] = []
    private var closed = false
    private var done = false
    private var failure: Error?
    private let capacity: Int
    private let draw: (Page) throws -> Void

    /// Starts the drawing thread; `draw` is called there with each page, in order.
    init(capacity: Int = 4, draw: @escaping (Page) throws -> Void) {
        self.capacity = max(1, capacity)
        self.draw = draw
        let thread = Thread { [self] in run() }
        thread.name = "dossier page drawing"
        // Cairo's and Pango's work on a page needs more than a secondary thread's default stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues a page, waiting while the queue is full; throws what drawing an earlier page threw.
    func put(_ page: Page) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(page)
        condition.broadcast()
    }

    /// Waits until every queued page is drawn and the thread has stopped; throws what drawing threw.
    /// With `cancel`, pages still waiting are dropped (the build is failing anyway).
    func finish(cancel: Bool = false) throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        if cancel { queue.removeAll() }
        condition.broadcast()
        while !done { condition.wait() }
        if let failure, !cancel { throw failure }
    }

    private func run() {
        while let page = next() {
            do {
                try draw(page)
            } catch {
                condition.lock()
                failure = error
                queue.removeAll()
                condition.broadcast()
                condition.unlock()
                break
            }
        }
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next page to draw, or nil once the queue is closed and empty.
    private func next() -> Page? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        // The queue holds a few pages: taking from its front costs nothing worth a ring buffer.
        let page = queue.removeFirst()
        condition.broadcast()
        return page
    }
}
