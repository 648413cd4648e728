// TemporaryFiles: the temporary files outputs are written under before being renamed into place:
// recognisable names, removed if the process is stopped by a signal, and removed by a later run
// when the process that wrote them died without a chance to (SIGKILL, a power cut).

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names, tracks and cleans up the temporary files written beside outputs.
///
/// A temporary file is named `.NAME.dossier-tmp.PID.N` beside the output `NAME`: hidden, marked as
/// ours, and carrying the process id, so a later run can tell a file whose writer is gone (removed)
/// from one still being written (left alone).
public enum TemporaryFiles {
    /// The mark in every temporary file's name.
    public static let marker = "dossier-tmp"

    private static let capacity = 64
    // Read by the signal handler, which may only use async-signal-safe calls: a fixed table of
    // C strings, written under `lock` and read without it (a torn read only skips an unlink).
    nonisolated(unsafe) private static var slots = [UnsafeMutablePointer<CChar>?](repeating: nil, count: capacity)
    nonisolated(unsafe) private static var lock = pthread_mutex_t()
    nonisolated(unsafe) private static var installed = false
    // Under `lock`: this process's temporary files, so cleaning never takes one of its own.
    nonisolated(unsafe) private static var live = Set<String>()
    nonisolated(unsafe) private static var counter = 0

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

    /// Returns a fresh temporary name beside `path` and registers it; first removes the temporary
    /// files that dead processes left in that folder.
    public static func path(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeStale(in: folder)
        pthread_mutex_lock(&lock)
        counter += 1
        let n = counter
        pthread_mutex_unlock(&lock)
        let name = ".\(url.lastPathComponent).\(marker).\(getpid()).\(n)"
        let temporary = (folder as NSString).appendingPathComponent(name)
        register(temporary)
        return temporary
    }

    /// Replaces `path` atomically with the file `write` writes: `write` is given a fresh temporary
    /// name beside `path` and must leave the complete file there; it is then renamed over `path`.
    /// If `write` throws or the rename fails, the temporary file is removed and a previous file at
    /// `path` is untouched. Every output of dossier goes through here.
    public static func replace(_ path: String, by write: (_ temporary: String) throws -> Void) throws {
        let temporary = self.path(beside: path)
        defer { unregister(temporary) }
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `data` to `path` atomically (see `replace`), synced to disk before the rename.
    public static func write(_ data: Data, to path: String) throws {
        try replace(path) { temporary in
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            var failure: String?
            data.withUnsafeBytes { bytes in
                var done = 0
                while done < bytes.count {
                    let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        return
                    }
                    done += n
                }
            }
            if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
            if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            if let failure { throw RenderError.cannotWrite(path: path, reason: failure) }
        }
    }

    /// Removes from `folder` the temporary files whose process no longer runs. A file of a process
    /// that is alive (or might be: one we may not signal) is kept; so is one this process is writing.
    /// Also takes the `.NAME.PID.N.tmp` files earlier versions wrote.
    public static func removeStale(in folder: String) {
        let folder = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let ownPID = getpid()
        for name in names where name.hasPrefix(".") {
            guard let pid = writer(ofTemporary: name) else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            if pid == ownPID {
                // Ours only if this process made it; otherwise an earlier process had the same id.
                pthread_mutex_lock(&lock)
                let mine = live.contains(path)
                pthread_mutex_unlock(&lock)
                if mine { continue }
            } else if kill(pid, 0) == 0 || errno != ESRCH {
                continue
            }
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
            unlink(path)
        }
    }

    /// The process id in a temporary file's name (`.NAME.dossier-tmp.PID.N`, or the older
    /// `.NAME.PID.N.tmp`); nil for any other name.
    static func writer(ofTemporary name: String) -> pid_t? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 5, parts[0].isEmpty else { return nil }
        let last = parts.count - 1
        let digits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        let pidPart: Substring
        if parts[last - 2] == marker, digits(parts[last - 1]), digits(parts[last]) {
            pidPart = parts[last - 1]
        } else if parts[last] == "tmp", digits(parts[last - 1]), digits(parts[last - 2]),
                  ["pdf", "svg", "png"].contains(parts[last - 3].lowercased()) {
            // The older name, taken only beside the outputs it was used for, so a user's own
            // hidden ".notes.2024.1.tmp" is never mistaken for one.
            pidPart = parts[last - 2]
        } else {
            return nil
        }
        // A pid of 0 or below would signal a whole process group in `kill`.
        guard let pid = pid_t(pidPart), pid > 0 else { return nil }
        return pid
    }

    /// Tracks a temporary file being written, for the signal handler and for cleaning.
    public static func register(_ path: String) {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        guard live.insert(path).inserted else { return }
        guard let index = slots.firstIndex(where: { $0 == nil }) else { return }
        slots[index] = strdup(path)
    }

    /// Stops tracking a temporary file: renamed into place, or removed.
    public static func unregister(_ path: String) {
        pthread_mutex_lock(&lock); defer { pthread_mutex_unlock(&lock) }
        live.remove(path)
        for (i, slot) in slots.enumerated() where slot.map({ String(cString: $0) == path }) == true {
            slots[i] = nil
            free(slot)
        }
    }
}
