// WorkbookArchive: the ZIP container of an XLSX or ODS workbook (read with ZIPFoundation), whose parts are
// unpacked only up to a size limit, counted as they come out, so a small file cannot unpack into gigabytes.

import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A workbook's ZIP container, held in memory, giving out its parts within the limits.
final class WorkbookArchive {
    /// Why a part could not be had.
    enum Failure: Error {
        /// The container is not a readable ZIP file.
        case damaged
        /// The temporary copy could not be written, for the system's reason.
        case scratch(String)
        /// The part is not in the container.
        case missing(String)
        /// Unpacking the part would pass a limit: `part` names the part, `limit` the bytes allowed.
        case tooLarge(part: String, limit: Int)
        /// The part unpacks to far more than its packed size, as only a ZIP bomb does.
        case bomb(part: String)
    }

    /// The most bytes one part may unpack to.
    static let partLimit = 256 << 20
    /// The most bytes all the parts read from one workbook may unpack to together.
    static let totalLimit = 512 << 20
    /// How many times its packed size a part may unpack to, past its first 16 MB: XML packs 5 to 30 times
    /// smaller, a ZIP bomb a thousand times.
    static let ratioLimit = 200
    /// The most entries a container may list before it is refused.
    static let entryLimit = 100_000

    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// The container's size: no part can pack to more.
    private let size: Int
    /// Bytes unpacked so far.
    private var unpacked = 0

    /// Opens a container; fails when the bytes are no ZIP file or list more entries than the limit.
    ///
    /// The bytes go through a private temporary file, removed as soon as it is open: ZIPFoundation's
    /// archives held in memory trap on a damaged file's offsets past its end, where those read from a
    /// file report an error.
    init(data: Data) throws(Failure) {
        size = data.count
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("dossier-workbook-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .scratch(String(cString: strerror(errno))) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        close(fd)
        guard written else { throw .scratch(reason) }
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch { throw .damaged }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= Self.entryLimit else { throw .damaged }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        guard count > 0 else { throw .damaged }
    }

    /// Whether the container has a part.
    func has(_ path: String) -> Bool { entries[path] != nil }

    /// The unpacked bytes of a part. The size the container declares is checked first and the bytes
    /// are counted as they come, since a damaged or hostile container may declare less than it holds.
    func part(_ path: String) throws(Failure) -> Data {
        guard let entry = entries[path] else { throw .missing(path) }
        // A damaged directory may declare a part larger than the whole file.
        guard entry.compressedSize <= UInt64(size) else { throw .damaged }
        let allowed = min(Self.partLimit, Self.totalLimit - unpacked)
        guard entry.uncompressedSize <= UInt64(max(0, allowed)) else { throw .tooLarge(part: path, limit: Self.partLimit) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let ratioCap = max(16 << 20, Int(min(entry.compressedSize, UInt64(Self.partLimit))) * Self.ratioLimit)
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= allowed else { throw Failure.tooLarge(part: path, limit: Self.partLimit) }
                guard data.count + chunk.count <= ratioCap else { throw Failure.bomb(part: path) }
                data.append(chunk)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .damaged
        }
        unpacked += data.count
        return data
    }
}
