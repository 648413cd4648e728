// MemoryLimit: under a memory limit (`ulimit -v`), a library that runs out of memory aborts or
// dereferences the NULL it was given; the user is told that, not shown a crash report.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reports running out of memory under an address-space limit as an error with exit code 1.
///
/// cairo, pango, fontconfig and GLib do not all survive a failed allocation: GLib aborts by
/// design, fontconfig may hand back NULL where its callers expect memory. When the process runs
/// under a finite `RLIMIT_AS`, nearly every such fatal signal is that, so the handler says so.
/// Without a limit the kernel's OOM killer ends the process instead and nothing changes.
enum MemoryLimit {
    /// The message the handler writes, made before any signal can arrive (a handler may not allocate).
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var messageLength = 0

    /// Installs the handlers when the process runs under a memory limit; does nothing otherwise.
    static func reportExhaustion() {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return }
        let megabytes = UInt64(limit.rlim_cur) / (1 << 20)
        let text = "dossier: error: out of memory: the build needs more than the \(megabytes) MB this process may use "
            + "(ulimit -v); nothing was written and the previous output is untouched; expected a larger limit, "
            + "or fewer records in one project\n"
        message = strdup(text)
        messageLength = text.utf8.count
        // An alternate stack, so the handler still runs when the fault was a stack that could not grow.
        let stackSize = 1 << 16
        if let stack = malloc(stackSize) {
            var alternate = stack_t(ss_sp: stack, ss_flags: 0, ss_size: stackSize)
            sigaltstack(&alternate, nil)
        }
        for signal in [SIGSEGV, SIGBUS, SIGABRT, SIGTRAP, SIGILL] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in
                if let message = MemoryLimit.message { _ = write(2, message, MemoryLimit.messageLength) }
                _exit(1)
            }
            action.sa_flags = SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}
