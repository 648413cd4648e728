// OutputLock: one writer at a time per output folder, so concurrent scheduled runs never interleave.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on an output folder, held until released or the process ends.
public final class OutputLock {
    private var descriptor: Int32

    /// Takes the lock on `directory/.dossier.lock`, waiting up to `timeout` seconds for another run;
    /// `waiting` is told once, in words, when another run holds it.
    public init(directory: String, timeout: Double = 120, waiting: (String) -> Void = { _ in }) throws {
        let path = directory + "/.dossier.lock"
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildFailure.output("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if !announced {
                waiting("another run is writing to \(directory); waiting for it to finish (lock: \(path))")
                announced = true
            }
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw BuildFailure.output("another dossier run is writing to \(directory) and did not finish within \(Int(timeout)) s (lock: \(path)); try again later")
            }
            usleep(100_000)
        }
    }

    /// Releases the lock.
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
