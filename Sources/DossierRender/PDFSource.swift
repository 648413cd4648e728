// PDFSource: a PDF read by offset: its cross-reference table, trailer and objects, one at a time.

/// A PDF written with a classic cross-reference table (as cairo writes it), read one object at a
/// time, so memory does not grow with the file. Not Sendable: it reads through one file handle.
final class PDFSource {
    /// One object as read: its value, the file range of the value, for a dictionary the file range
    /// of each entry's value, and for a stream where its data starts.
    struct Object {
        var number: Int
        var value: PDFValue
        var valueRange: Range<Int>
        var ranges: PDFEntries<Range<Int>>
        var streamStart: Int?
    }

    /// Why a PDF cannot be read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let file: RandomAccessFile
    let trailer: PDFValue
    /// The trailer's `/Size`: one more than the highest object number.
    let size: Int
    /// Where the first object starts: the header before it is copied as it is.
    let headerEnd: Int
    /// The object numbers in the order they stand in the file.
    let fileOrder: [Int]
    /// The offset of each object by number, -1 for a free one.
    private let offsets: [Int]
    /// Where each object ends: the next object's offset, or the cross-reference table's.
    private let ends: [Int]

    init(path: String) throws {
        file = try RandomAccessFile(path: path)
        let tailStart = max(0, file.size - 2048)
        let tail = try file.read(at: tailStart, count: file.size - tailStart)
        guard let marker = Self.lastIndex(of: Array("startxref".utf8), in: tail) else { throw Failure(description: "no startxref") }
        var tailParser = PDFParser(tail + [0x0A], at: marker + "startxref".utf8.count)
        guard let xrefOffset = try? tailParser.integer(), xrefOffset > 0, xrefOffset < file.size else {
            throw Failure(description: "startxref has no valid offset")
        }
        let section = try file.read(at: xrefOffset, count: file.size - xrefOffset)
        var parser = PDFParser(section)
        var found: [(number: Int, offset: Int)] = []
        do {
            try parser.expect("xref")
            while true {
                let word = try parser.word()
                if word == "trailer" { break }
                guard let start = Int(word) else { throw Failure(description: "unexpected \"\(word)\" in the cross-reference table") }
                let count = try parser.integer()
                for i in 0..<count {
                    let offset = try parser.integer()
                    _ = try parser.integer()
                    if try parser.word() == "n" { found.append((start + i, offset)) }
                }
            }
            trailer = try parser.value()
        } catch let error as PDFParser.Failure {
            throw Failure(description: "cannot read the cross-reference table (\(error)); only classic tables are supported")
        }
        guard let size = trailer["Size"]?.integer, size > 0, size < 1 << 24 else { throw Failure(description: "the trailer has no valid /Size") }
        var offsets = [Int](repeating: -1, count: size)
        for (number, offset) in found {
            guard number < size, offset > 0, offset < xrefOffset else {
                throw Failure(description: "object \(number) lies outside the file or beyond /Size")
            }
            offsets[number] = offset
        }
        let order = found.map(\.number).sorted { offsets[$0] < offsets[$1] }
        var ends = [Int](repeating: -1, count: size)
        for (i, number) in order.enumerated() { ends[number] = i + 1 < order.count ? offsets[order[i + 1]] : xrefOffset }
        self.size = size
        self.offsets = offsets
        self.ends = ends
        self.fileOrder = order
        self.headerEnd = order.first.map { offsets[$0] } ?? xrefOffset
    }

    /// Whether object `number` is in the file.
    func contains(_ number: Int) -> Bool { number >= 0 && number < offsets.count && offsets[number] >= 0 }

    /// The bytes from object `number`'s offset to the next object's.
    func extent(of number: Int) throws -> Range<Int> {
        guard contains(number) else { throw Failure(description: "object \(number) is not in the cross-reference table") }
        return offsets[number]..<ends[number]
    }

    /// Reads object `number`; a stream's data is located, not read.
    func object(_ number: Int) throws -> Object {
        let extent = try self.extent(of: number)
        var length = min(extent.count, 1024)
        while true {
            let (bytes, base) = try file.window(at: extent.lowerBound, count: length)
            do {
                return try Self.parse(number, bytes, at: extent.lowerBound - base, base: base)
            } catch PDFParser.Failure.truncated where length < extent.count {
                length = min(extent.count, length * 4)
            } catch let error as PDFParser.Failure {
                throw Failure(description: "object \(number): \(error)")
            }
        }
    }

    /// Reads all of object `number`'s bytes and the object from them.
    func wholeObject(_ number: Int) throws -> (bytes: [UInt8], base: Int, object: Object) {
        let extent = try self.extent(of: number)
        let bytes = try file.read(at: extent.lowerBound, count: extent.count)
        return (bytes, extent.lowerBound, try object(number, in: bytes, base: extent.lowerBound))
    }

    /// Object `number` parsed from `bytes`, which hold all of its extent and start at file offset `base`.
    func object(_ number: Int, in bytes: [UInt8], base: Int) throws -> Object {
        do {
            return try Self.parse(number, bytes, at: offsets[number] - base, base: base)
        } catch let error as PDFParser.Failure {
            throw Failure(description: "object \(number): \(error)")
        }
    }

    /// Reads all of object `number`'s bytes; when it is not a stream, also the file range of its
    /// value, found without parsing it: between "N G obj" and "endobj".
    /// Objects read in file order come from one block read for many.
    func rawObject(_ number: Int) throws -> (bytes: [UInt8], base: Int, plainValue: Range<Int>?) {
        let extent = try self.extent(of: number)
        let (bytes, base) = try file.window(at: extent.lowerBound, count: extent.count)
        var parser = PDFParser(bytes, at: extent.lowerBound - base)
        guard (try? parser.objectHeader()) == number else { throw Failure(description: "object \(number) is not at its offset") }
        parser.skipWhitespace()
        var end = extent.upperBound - base
        func skipBack() { while end > parser.position, PDFParser.isWhitespace(bytes[end - 1]) { end -= 1 } }
        func endsWith(_ word: String) -> Bool {
            let w = Array(word.utf8)
            return end - w.count >= parser.position && bytes[(end - w.count)..<end].elementsEqual(w)
        }
        skipBack()
        guard endsWith("endobj") else { throw Failure(description: "object \(number) does not end with endobj") }
        end -= 6
        skipBack()
        // The keyword stands after an end of line; a name such as /endstream is a value.
        if endsWith("endstream"), end - 10 >= 0, PDFParser.isWhitespace(bytes[end - 10]) { return (bytes, base, nil) }
        return (bytes, base, (parser.position + base)..<(end + base))
    }

    /// The whole number object `number` holds (a stream's indirect `/Length`).
    func integer(_ number: Int) throws -> Int {
        guard let value = try object(number).value.integer else { throw Failure(description: "object \(number) is not a whole number") }
        return value
    }

    /// Parses "N G obj" and the value after it from `bytes` at `start`; `base` is the file offset
    /// of `bytes[0]`.
    private static func parse(_ number: Int, _ bytes: [UInt8], at start: Int, base: Int) throws -> Object {
        var parser = PDFParser(bytes, at: start)
        guard try parser.objectHeader() == number else { throw PDFParser.Failure.malformed("object \(number) is not at its offset") }
        parser.skipWhitespace()
        let valueStart = parser.position
        let value: PDFValue
        var ranges = PDFEntries<Range<Int>>()
        if parser.bytes[valueStart...].starts(with: "<<".utf8) {
            let read = try parser.dictionaryWithRanges()
            value = read.value
            ranges = read.ranges.mapValues { ($0.lowerBound + base)..<($0.upperBound + base) }
        } else {
            value = try parser.value()
        }
        let valueEnd = parser.position
        var streamStart: Int?
        parser.skipWhitespace()
        // "stream" or "endobj" follows in the object's extent: fewer bytes means a short window.
        guard parser.position + 6 <= bytes.count else { throw PDFParser.Failure.truncated }
        if case .dictionary = value, parser.bytes[parser.position...].starts(with: "stream".utf8) {
            var dataStart = parser.position + 6
            if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
            if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
            streamStart = dataStart + base
        }
        return Object(number: number, value: value, valueRange: (valueStart + base)..<(valueEnd + base), ranges: ranges,
                      streamStart: streamStart)
    }

    /// The file range of a stream's data, with its `/Length` resolved.
    func streamData(of object: Object) throws -> Range<Int> {
        guard let start = object.streamStart else { throw Failure(description: "object \(object.number) is not a stream") }
        var length = object.value["Length"]?.integer ?? -1
        if case .reference(let n)? = object.value["Length"] { length = try integer(n) }
        let extent = try self.extent(of: object.number)
        guard length >= 0, start + length <= extent.upperBound else {
            throw Failure(description: "object \(object.number): the stream's /Length does not fit the object")
        }
        return start..<(start + length)
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
