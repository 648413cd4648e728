// Flate: zlib compression for the streams the finishing step rewrites or adds, and checksums of what it writes.
import CInflate

/// The PDF `FlateDecode` filter through zlib. Sendable: no state.
enum Flate {
    /// zlib's reason for failing to decompress.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Decompresses zlib-wrapped `data`, refusing output beyond `limit` bytes.
    static func inflate(_ data: [UInt8], limit: Int = 1 << 30) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(4096, data.count * 4))
        var produced = 0
        var status = Z_OK
        try data.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while status != Z_STREAM_END {
                if produced == out.count {
                    guard out.count < limit else { throw Failure(description: "a stream inflates beyond \(limit) bytes") }
                    out += [UInt8](repeating: 0, count: out.count)
                }
                status = out.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress! + produced
                    stream.avail_out = UInt32(buffer.count - produced)
                    let result = CInflate.inflate(&stream, Z_NO_FLUSH)
                    produced = buffer.count - Int(stream.avail_out)
                    return result
                }
                if status == Z_BUF_ERROR, produced < out.count {
                    throw Failure(description: "a compressed stream ends early")
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw Failure(description: "a compressed stream is damaged (zlib error \(status))")
                }
            }
        }
        out.removeSubrange(produced...)
        return out
    }

    /// Compresses `data` (zlib wrapper, default level).
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var size = compressBound(UInt(data.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { buffer in
            data.withUnsafeBufferPointer { input in
                compress2(buffer.baseAddress, &size, input.baseAddress, UInt(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        // compressBound makes room for any input: only memory exhaustion fails, which traps anyway.
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        // A copy of the exact size: the bound is about the input's size, and compressed pages
        // wait in memory to be written.
        return Array(out[..<Int(size)])
    }
}

/// A running checksum of bytes written: CRC-32 and Adler-32 over all of them, and their count,
/// sixteen bytes that change whenever the bytes do. Sendable: a value.
struct ContentChecksum: Sendable {
    private var crc = crc32(0, nil, 0)
    private var adler = adler32(0, nil, 0)
    private var count: UInt64 = 0

    mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { buffer in
            crc = crc32(crc, buffer.baseAddress, UInt32(buffer.count))
            adler = adler32(adler, buffer.baseAddress, UInt32(buffer.count))
        }
        count &+= UInt64(bytes.count)
    }

    /// The sixteen bytes as 32 hexadecimal digits.
    var hex: String {
        var value = [UInt8]()
        for shift in stride(from: 24, through: 0, by: -8) { value.append(UInt8(truncatingIfNeeded: crc >> UInt(shift))) }
        for shift in stride(from: 24, through: 0, by: -8) { value.append(UInt8(truncatingIfNeeded: adler >> UInt(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { value.append(UInt8(truncatingIfNeeded: count >> UInt64(shift))) }
        let digits = Array("0123456789ABCDEF")
        return String(value.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }
}
