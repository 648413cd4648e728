// MemoryRelease: memory freed by a build's earlier steps goes back to the system before the next.

/// Gives memory freed by a build's earlier steps back to the system, so a later step's peak does
/// not stand on it: glibc keeps freed memory in the arena of the thread that allocated it, where
/// other threads cannot reuse it (cairo's structure tree, built on the drawing thread, is freed
/// when the file is finished on another). Sendable: no state.
public enum MemoryRelease {
    public static func returnFreeMemory() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
