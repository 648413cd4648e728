// OutputFile: the buffered file a cairo surface streams into, keeping the system's reason when a write fails.
import CCairo
import Foundation

/// A file opened for writing that cairo's stream callback writes into. It keeps the first
/// write error's system message, so "No space left on device" reaches the user instead of
/// cairo's generic "error while writing to output stream". Not Sendable: one surface owns it.
final class OutputFile {
    let path: String
    private var descriptor: Int32
    /// Bytes not yet written; cairo hands over many small pieces (often a few bytes each), so
    /// they are copied into plain memory rather than appended to an array.
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: OutputFile.bufferSize)
    private var buffered = 0
    private static let bufferSize = 1 << 16
    /// The system's text for the first failed write, if any.
    private(set) var failure: String?

    /// Opens `path` for writing; `exclusive` fails if it exists (for temporary files).
    init(path: String, exclusive: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { throw CairoError.io(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.descriptor = fd
    }

    deinit {
        if descriptor >= 0 { Foundation.close(descriptor) }
        buffer.deallocate()
    }

    /// Appends bytes; returns false once a write has failed.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard failure == nil, descriptor >= 0 else { return false }
        if buffered + bytes.count > Self.bufferSize { flushBuffer() }
        if bytes.count >= Self.bufferSize {
            writeFully(bytes)
        } else if let base = bytes.baseAddress {
            (buffer + buffered).update(from: base, count: bytes.count)
            buffered += bytes.count
        }
        return failure == nil
    }

    /// Writes out what is buffered, syncs and closes; throws the first write error.
    func close() throws {
        if descriptor >= 0 {
            flushBuffer()
            if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
            if Foundation.close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            descriptor = -1
        }
        if let failure { throw CairoError.io(path: path, reason: failure) }
    }

    /// Stops writing: later writes fail at once, so cairo gives up without filling the disk.
    func abandon() {
        if descriptor >= 0 { Foundation.close(descriptor); descriptor = -1 }
        if failure == nil { failure = "abandoned" }
    }

    private func flushBuffer() {
        guard buffered > 0 else { return }
        writeFully(UnsafeBufferPointer(start: buffer, count: buffered))
        buffered = 0
    }

    private func writeFully(_ bytes: UnsafeBufferPointer<UInt8>) {
        var done = 0
        while done < bytes.count, failure == nil {
            let n = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else {
                done += n
            }
        }
    }

    /// The `cairo_write_func_t` for a surface whose closure is an unretained `OutputFile`.
    static let cairoWrite: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let file = Unmanaged<OutputFile>.fromOpaque(closure).takeUnretainedValue()
        guard length > 0, let data else { return CAIRO_STATUS_SUCCESS }
        return file.write(UnsafeBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }

    /// The closure pointer to pass with `cairoWrite`; valid while this object lives.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
