// SequentialFileWriter: a buffered, newly created output file that reports the system's reason when writing fails.
import Foundation

/// A new file written front to back. Not Sendable: it owns a file descriptor.
final class SequentialFileWriter {
    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    /// Creates `path`, which must not exist.
    init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.descriptor = fd
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Appends bytes.
    func write<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Writes what is buffered, syncs and closes the file.
    func close() throws {
        try flush()
        let synced = fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
        let closed = Foundation.close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        descriptor = -1
        if let reason = synced ?? closed { throw RenderError.cannotWrite(path: path, reason: reason) }
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + done, buffer.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
