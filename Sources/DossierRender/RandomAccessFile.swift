// RandomAccessFile: reads byte ranges of a file by offset, so a large PDF is never loaded whole.
import Foundation

/// A file open for reading at any offset. Not Sendable: it owns a file descriptor.
final class RandomAccessFile {
    let path: String
    private let descriptor: Int32
    /// The file's length in bytes.
    let size: Int

    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RenderError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw RenderError.cannotWrite(path: path, reason: reason)
        }
        self.path = path
        self.descriptor = fd
        self.size = Int(end)
    }

    /// The last block read by `window`, and where it starts in the file.
    private var block: [UInt8] = []
    private var blockStart = 0
    private static let blockSize = 1 << 16
    private static let smallBlockSize = 1 << 12

    deinit { close(descriptor) }

    /// Returns bytes holding at least `count` bytes from `offset` (fewer at the end of the file),
    /// with the file offset of their first byte. Keeps the last block read, so objects written
    /// next to each other cost one read between them: 64 KB when reading on from that block,
    /// 4 KB when jumping elsewhere (a page, then its resources and links).
    func window(at offset: Int, count: Int) throws -> (bytes: [UInt8], start: Int) {
        let end = min(size, offset + count)
        if offset >= blockStart, end <= blockStart + block.count { return (block, blockStart) }
        let readingOn = offset >= blockStart && offset <= blockStart + block.count + Self.smallBlockSize
        block = try read(at: offset, count: max(count, readingOn ? Self.blockSize : Self.smallBlockSize))
        blockStart = offset
        return (block, blockStart)
    }

    /// Returns up to `count` bytes from `offset` (fewer at the end of the file).
    func read(at offset: Int, count: Int) throws -> [UInt8] {
        let wanted = max(0, min(count, size - offset))
        var failure: RenderError?
        // Not zeroed first: every byte is read into, or the read fails.
        let buffer = [UInt8](unsafeUninitializedCapacity: wanted) { storage, initialized in
            var done = 0
            while done < wanted {
                let n = pread(descriptor, storage.baseAddress! + done, wanted - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    failure = .cannotWrite(path: path, reason: n < 0 ? String(cString: strerror(errno)) : "file ended early")
                    break
                }
                done += n
            }
            initialized = failure == nil ? wanted : 0
        }
        if let failure { throw failure }
        return buffer
    }
}
