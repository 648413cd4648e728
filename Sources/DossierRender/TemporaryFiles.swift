// TemporaryFiles: the temporary files being written, removed if the process is stopped by a
// signal, so a build killed by a timeout leaves nothing behind beside the output.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tracks temporary files and removes them when SIGTERM, SIGINT or SIGHUP stops the process.
public enum TemporaryFiles {
    private static let capacity = 64
    // Read by the signal handler, which may only use async-signal-safe calls: a fixed table of
    // C strings, written under `lock` and read without it (a torn read only skips an unlink).
    nonisolated(unsafe) private static var slots = [UnsafeMutablePointer<CChar>?](repeating: nil, count: capacity)
    nonisolated(unsafe) private static var lock = pthread_mutex_t()
    nonisolated(unsafe) private static var installed = false

    /// Installs the signal handlers (once); call at the start of a command that writes files.
    public static func removeOnSignal() {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        guard !installed else { return }
        installed = true
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            signal(sig) { number in
                for slot in TemporaryFiles.slots { if let path = slot { unlink(path) } }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func register(_ path: String) {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        guard let index = slots.firstIndex(where: { $0 == nil }) else { return }
        slots[index] = strdup(path)
    }

    static func unregister(_ path: String) {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        for (i, slot) in slots.enumerated() where slot.map({ String(cString: $0) == path }) == true {
            slots[i] = nil
            free(slot)
        }
    }
}
