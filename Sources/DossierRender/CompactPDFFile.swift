// CompactPDFFile: writes a PDF front to back with object streams and a cross-reference stream.
import Dispatch

/// Changes to one object's bytes, by file offset: replacements of byte ranges, and insertions
/// (an empty range). Sendable: a value.
struct ObjectEdits: Sendable {
    private var changes: [(range: Range<Int>, text: [UInt8])] = []

    var isEmpty: Bool { changes.isEmpty }

    /// Replaces the bytes in `range` with `text`.
    mutating func replace(_ range: Range<Int>, with text: String) { changes.append((range, Array(text.utf8))) }

    /// Inserts `text` at `offset`; insertions at one offset keep their order.
    mutating func insert(at offset: Int, _ text: String) { changes.append((offset..<offset, Array(text.utf8))) }

    /// Adds the changes of `other`, after these.
    mutating func add(_ other: ObjectEdits) { changes += other.changes }

    /// The bytes of `range` (file offsets) with the changes applied; `bytes[0]` is at file offset
    /// `base`. Every change must lie inside `range`, and no two may overlap.
    func applied(to bytes: [UInt8], base: Int, range: Range<Int>) throws -> [UInt8] {
        let sorted = changes.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(range.count + sorted.reduce(0) { $0 + $1.text.count })
        var copied = range.lowerBound
        for change in sorted {
            guard change.range.lowerBound >= copied, change.range.upperBound <= range.upperBound else {
                throw PDFSource.Failure(description: "overlapping or misplaced edits at byte \(change.range.lowerBound)")
            }
            out += bytes[(copied - base)..<(change.range.lowerBound - base)]
            out += change.text
            copied = change.range.upperBound
        }
        out += bytes[(copied - base)..<(range.upperBound - base)]
        return out
    }
}

/// A new PDF written front to back: streams as objects of their own, every other object packed
/// into compressed object streams, and at the end a compressed cross-reference stream whose
/// `/ID` is a checksum of all that came before, so the same objects give the same bytes.
/// An object stream is compressed (on a second thread when there is one) while the next is
/// filled, and written when that one is full: always at the same place in the file, whichever
/// thread compressed it. Not Sendable: it owns the output file.
final class CompactPDFFile {
    /// Where each object is, by number, packed in 64 bits (a long document has hundreds of
    /// thousands): 0 for a free number, `direct | offset`, or `packed | stream << 16 | index`.
    private static let direct: UInt64 = 1 << 62
    private static let packed: UInt64 = 2 << 62

    /// Objects per object stream: small enough for a reader to unpack one cheaply.
    private static let objectsPerStream = 100

    private let out: SequentialFileWriter
    private var offset = 0
    private var checksum = ContentChecksum()
    private var locations: [UInt64]
    private var nextNumber: Int
    private var batch: [(number: Int, body: [UInt8])] = []
    /// Object streams packed and being compressed, in order; written one batch later.
    private var compressing: [(number: Int, objects: Int, first: Int, data: Compression)] = []
    /// The thread object streams are compressed on; nil: compressed when packed.
    private let compressor: DispatchQueue?

    /// Creates `path` (which must not exist); new objects are numbered from `firstNewNumber`.
    init(path: String, firstNewNumber: Int, secondThread: Bool = false) throws {
        out = try SequentialFileWriter(path: path)
        nextNumber = firstNewNumber
        locations = Array(repeating: 0, count: firstNewNumber)
        // The new numbers are the object streams and the cross-reference stream: room is made
        // for them now, so the table (8 bytes an object) is not copied as it grows.
        locations.reserveCapacity(firstNewNumber + firstNewNumber / Self.objectsPerStream + 64)
        compressor = secondThread ? DispatchQueue(label: "dossier object streams") : nil
    }

    /// Data being compressed, and then compressed. Sendable (`@unchecked`): the result is written
    /// once by the compressing thread before the group is left, and read after waiting for it.
    private final class Compression: @unchecked Sendable {
        private let group = DispatchGroup()
        private var result: [UInt8] = []

        init(_ data: [UInt8], on queue: DispatchQueue?) {
            guard let queue else { result = Flate.deflate(data); return }
            queue.async(group: group) { self.result = Flate.deflate(data) }
        }

        var compressed: [UInt8] {
            group.wait()
            return result
        }
    }

    /// A number for a new object.
    func newNumber() -> Int {
        defer { nextNumber += 1 }
        locations.append(0)
        return nextNumber
    }

    /// Writes bytes as they are, counting them into the offset and the checksum.
    func writeRaw(_ bytes: ArraySlice<UInt8>) throws {
        checksum.update(bytes)
        offset += bytes.count
        try out.write(bytes)
    }

    /// Adds object `number` (not a stream), given as the bytes of its value; its white space is
    /// folded and its comments dropped.
    func add(_ number: Int, body: [UInt8]) throws {
        try add(number, compactBody: Self.folded(body))
    }

    /// Adds object `number` (not a stream), given as the bytes of its value written with single
    /// spaces and no comments, as they are kept.
    func add(_ number: Int, compactBody body: [UInt8]) throws {
        batch.append((number, body))
        if batch.count == Self.objectsPerStream { try flushBatch() }
    }

    /// Writes stream object `number`: `dictionary` must already hold its `/Length`.
    func addStream(_ number: Int, dictionary: [UInt8], data: ArraySlice<UInt8>) throws {
        locations[number] = Self.direct | UInt64(offset)
        try writeRaw((Array("\(number) 0 obj\n".utf8) + dictionary + Array("\nstream\n".utf8))[...])
        try writeRaw(data)
        try writeRaw(Array("\nendstream\nendobj\n".utf8)[...])
    }

    /// Packs the waiting objects into one object stream and starts compressing it; writes the
    /// one packed before.
    private func flushBatch() throws {
        guard !batch.isEmpty else { return }
        let number = newNumber()
        var header: [UInt8] = []
        var bodies: [UInt8] = []
        for (index, object) in batch.enumerated() {
            header += Array("\(object.number) \(bodies.count) ".utf8)
            bodies += object.body
            bodies.append(0x0A)
            locations[object.number] = Self.packed | UInt64(number) << 16 | UInt64(index)
        }
        header[header.count - 1] = 0x0A
        compressing.append((number, batch.count, header.count, Compression(header + bodies, on: compressor)))
        batch.removeAll(keepingCapacity: true)
        while compressing.count > 1 { try writeCompressed() }
    }

    /// Writes the oldest object stream being compressed, waiting for it.
    private func writeCompressed() throws {
        let stream = compressing.removeFirst()
        let data = stream.data.compressed
        let dictionary = "<< /Type /ObjStm /N \(stream.objects) /First \(stream.first) /Filter /FlateDecode /Length \(data.count) >>"
        try addStream(stream.number, dictionary: Array(dictionary.utf8), data: data[...])
    }

    /// `body` with each run of white space outside strings folded into one space and comments
    /// dropped: cairo indents its dictionaries for people, and object streams need no layout.
    static func folded(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0, depth = 0, space = false
        while i < body.count {
            let b = body[i]
            if depth > 0 {
                out.append(b)
                if b == UInt8(ascii: "\\"), i + 1 < body.count {
                    out.append(body[i + 1])
                    i += 1
                } else if b == UInt8(ascii: "(") {
                    depth += 1
                } else if b == UInt8(ascii: ")") {
                    depth -= 1
                }
            } else if PDFParser.isWhitespace(b) {
                space = true
            } else if b == UInt8(ascii: "%") {
                while i + 1 < body.count, body[i + 1] != 0x0A, body[i + 1] != 0x0D { i += 1 }
                space = true
            } else {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
                if b == UInt8(ascii: "(") { depth = 1 }
            }
            i += 1
        }
        return out
    }

    /// Writes what is left, the cross-reference stream naming `root` and `info`, and closes the file.
    func finish(root: Int, info: Int?) throws {
        try flushBatch()
        while !compressing.isEmpty { try writeCompressed() }
        let number = newNumber()
        let xrefOffset = offset
        locations[number] = Self.direct | UInt64(xrefOffset)
        let size = locations.count
        let largest = max(xrefOffset, size)
        var width = 1
        while width < 8, largest >> (8 * width) > 0 { width += 1 }
        var table: [UInt8] = []
        table.reserveCapacity(size * (width + 3))
        func field(_ value: Int, _ bytes: Int) {
            for shift in stride(from: 8 * (bytes - 1), through: 0, by: -8) { table.append(UInt8(truncatingIfNeeded: value >> shift)) }
        }
        for (n, location) in locations.enumerated() {
            let value = Int(location & (Self.direct - 1))
            switch location & (3 << 62) {
            case Self.direct: table.append(1); field(value, width); field(0, 2)
            case Self.packed: table.append(2); field(value >> 16, width); field(value & 0xFFFF, 2)
            default: table.append(0); field(0, width); field(n == 0 ? 0xFFFF : 0, 2)
            }
        }
        // Rows as differences from the row above (PNG "Up"): offsets that grow slowly compress well.
        let row = width + 3
        var predicted: [UInt8] = []
        predicted.reserveCapacity(table.count + size)
        for start in stride(from: 0, to: table.count, by: row) {
            predicted.append(2)
            for i in start..<(start + row) { predicted.append(i >= row ? table[i] &- table[i - row] : table[i]) }
        }
        let data = Flate.deflate(predicted)
        let id = "<\(checksum.hex)>"
        var dictionary = "<< /Type /XRef /Size \(size) /W [ 1 \(width) 2 ] /Root \(root) 0 R"
        if let info { dictionary += " /Info \(info) 0 R" }
        dictionary += " /ID [ \(id) \(id) ] /Filter /FlateDecode /DecodeParms << /Columns \(row) /Predictor 12 >> /Length \(data.count) >>"
        try addStream(number, dictionary: Array(dictionary.utf8), data: data[...])
        try writeRaw(Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8)[...])
        try out.close()
    }
}
