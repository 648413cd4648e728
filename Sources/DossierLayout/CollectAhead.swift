// CollectAhead: a measuring pass collects every other block on a second thread, with a shaper of its own.
import DossierDocument
import Foundation

/// Collects the odd-numbered blocks of a measuring pass on a thread of its own while the layout
/// thread collects the even ones and paginates, so shaping and line breaking use two cores. The
/// thread has a shaper of its own (Pango's calls on one shaper are serial): a measuring pass's
/// lines are never drawn, only measured, and two shapers on the same fonts measure alike, so the
/// pages cut are the ones one shaper cuts. It runs at most `ahead` blocks in front of the block
/// taken last, so memory stays bounded. Only for blocks whose collecting depends on no earlier
/// block (no footnote numbers).
///
/// Sendable (`@unchecked`): the results and the stop flag are guarded by `condition`; the context
/// is a value the thread owns.
final class CollectAhead: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: Result<[FlowItem], Error>] = [:]
    private var taken = -1
    private var stopped = false
    private var done = false
    private let ahead: Int

    /// Starts collecting `blocks[1]`, `blocks[3]`, … with `context`.
    init(_ blocks: [Block], context: LayoutContext, entries: [ContentsEntry], pages: PageNumbers, ahead: Int = 8) {
        self.ahead = max(2, ahead)
        let thread = Thread { [self] in
            for index in stride(from: 1, to: blocks.count, by: 2) {
                guard waitForRoom(before: index) else { break }
                var items: [FlowItem] = []
                let result = Result { try context.collect(blocks[index], into: &items, entries: entries, pages: pages); return items }
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
        thread.name = "dossier measuring"
        // Shaping and breaking a block needs more than a secondary thread's default stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The items of odd-numbered block `index`, waiting until they are collected; rethrows what
    /// collecting it threw. Nil for a block the thread does not collect.
    func take(_ index: Int) throws -> [FlowItem]? {
        condition.lock()
        defer { condition.unlock() }
        taken = index
        condition.broadcast()
        while ready[index] == nil && !done { condition.wait() }
        return try ready.removeValue(forKey: index)?.get()
    }

    /// Stops the thread and waits for it.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        ready.removeAll()
        condition.broadcast()
        while !done { condition.wait() }
    }

    /// Waits until block `index` is at most `ahead` blocks past the one taken last; false when stopped.
    private func waitForRoom(before index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while index > taken + ahead && !stopped { condition.wait() }
        return !stopped
    }
}
