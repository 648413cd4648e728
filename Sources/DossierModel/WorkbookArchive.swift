// WorkbookArchive: the ZIP container of an XLSX or ODS workbook (read with ZIPFoundation), whose parts are
// unpacked only up to a size limit, counted as they come out, so a small file cannot unpack into gigabytes.

import CInflate
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
    /// The container's bytes, which parts are unpacked from.
    private let bytes: [UInt8]
    /// Where each part's packed bytes lie and how they are packed, from the container's directory.
    private var locations: [String: PackedPart] = [:]
    /// Bytes unpacked so far.
    private var unpacked = 0

    /// Opens a container; fails when the bytes are no ZIP file or list more entries than the limit.
    ///
    /// The bytes go through a private temporary file, removed as soon as it is open: ZIPFoundation's
    /// archives held in memory trap on a damaged file's offsets past its end, where those read from a
    /// file report an error.
    init(data: Data) throws(Failure) {
        size = data.count
        bytes = [UInt8](data)
        locations = Self.packedParts(of: bytes)
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
        let ratioCap = max(16 << 20, Int(min(entry.compressedSize, UInt64(Self.partLimit))) * Self.ratioLimit)
        // Unpacked here, within the part's own bytes: ZIPFoundation's reader runs on past a damaged
        // deflate stream to the end of the file and waits there for ever.
        guard let location = locations[path], location.start >= 0, location.packed >= 0,
              location.start + location.packed <= bytes.count else { throw .damaged }
        let packed = bytes[location.start..<(location.start + location.packed)]
        var data = Data()
        data.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(allowed))))
        switch location.method {
        case 0:
            guard packed.count <= allowed else { throw .tooLarge(part: path, limit: Self.partLimit) }
            data.append(contentsOf: packed)
        case 8:
            try Self.inflate(packed) { chunk throws(Failure) in
                guard data.count + chunk.count <= allowed else { throw .tooLarge(part: path, limit: Self.partLimit) }
                guard data.count + chunk.count <= ratioCap else { throw .bomb(part: path) }
                data.append(contentsOf: chunk)
            }
        default:
            throw .damaged
        }
        unpacked += data.count
        return data
    }

    /// Where a part's packed bytes lie in the container, and the method (0 stored, 8 deflated).
    struct PackedPart {
        var start: Int
        var packed: Int
        var method: Int
    }

    /// Each entry's packed bytes, from the end-of-directory record and the central directory (the
    /// sizes there, not in the local headers, which streamed writers leave empty). Entries it cannot
    /// place are left out and so read as damaged; workbooks are far below ZIP64's sizes.
    static func packedParts(of bytes: [UInt8]) -> [String: PackedPart] {
        func u16(_ i: Int) -> Int? { i >= 0 && i + 2 <= bytes.count ? Int(bytes[i]) | Int(bytes[i + 1]) << 8 : nil }
        func u32(_ i: Int) -> Int? {
            guard let low = u16(i), let high = u16(i + 2) else { return nil }
            return low | high << 16
        }
        var eocd: Int?
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard let eocd, let count = u16(eocd + 10), var at = u32(eocd + 16) else { return [:] }
        var parts: [String: PackedPart] = [:]
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let packed = u32(at + 20),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42), at + 46 + nameLength <= bytes.count else { break }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            if parts[name] == nil, u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28) {
                parts[name] = PackedPart(start: local + 30 + localName + localExtra, packed: packed, method: method)
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        return parts
    }

    /// Inflates a raw deflate stream, handing out what it unpacks in blocks; a stream that does not
    /// end within its bytes, or is corrupt, is damaged.
    static func inflate(_ packed: ArraySlice<UInt8>, into consume: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var failure: Failure?
        // zlib reads the part where it lies and writes into one reused block: no copies.
        let finished: Bool = packed.withUnsafeBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.avail_in = UInt32(inBuffer.count)
            return output.withUnsafeMutableBufferPointer { outBuffer in
                while true {
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let result = CInflate.inflate(&stream, Z_NO_FLUSH)
                    let produced = outBuffer.count - Int(stream.avail_out)
                    if produced > 0 {
                        do throws(Failure) { try consume(UnsafeBufferPointer(rebasing: outBuffer[0..<produced])) } catch {
                            failure = error
                            return false
                        }
                    }
                    if result == Z_STREAM_END { return true }
                    // Out of input, or no progress: the stream does not end within its bytes.
                    guard result == Z_OK, produced > 0 || stream.avail_in > 0 else { return false }
                }
            }
        }
        if let failure { throw failure }
        guard finished else { throw .damaged }
    }
}
