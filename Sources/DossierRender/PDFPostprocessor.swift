// PDFPostprocessor: adds what cairo 1.16 cannot write (document language, tagged flag, Document root, alternative texts) to a finished PDF.
import Foundation

/// Completes a PDF written by cairo 1.16, which cannot set the catalog's `/Lang`, marks no PDF
/// as tagged (`/MarkInfo`), puts every top-level element straight under the structure tree
/// root (readers expect one `Document` element there), and drops alternative texts. It copies
/// the file with these edits and writes a new cross-reference table with the shifted offsets.
/// It reads only the objects it needs, so memory does not grow with the file, and the output
/// depends only on the input bytes. Sendable: a value.
struct PDFPostprocessor: Sendable {
    /// The document language (BCP 47), or empty for none.
    var language: String
    /// The structure elements created, in the order they began.
    var structure: StructureLog

    private struct XRefEntry {
        var number: Int
        var offset: Int
        var generation: Int
        var type: String
    }

    /// Replaces a byte range of the input (empty for an insertion) with `text`.
    private struct Edit {
        var range: Range<Int>
        var text: String
        var delta: Int { text.utf8.count - range.count }
    }

    /// An object read from the input: its value, where its dictionary starts and where each
    /// dictionary value lies (file offsets).
    private struct ReadObject {
        var value: PDFValue
        var dictionaryStart: Int
        var ranges: [String: Range<Int>]
    }

    private struct CrossReference {
        var offset: Int
        var entries: [XRefEntry]
        var subsections: [(start: Int, count: Int)]
        var trailer: PDFValue
        var trailerBytes: [UInt8]
        var trailerRanges: [String: Range<Int>]
    }

    /// Reads the PDF at `input` and writes the completed one to `output` (which must not exist).
    func run(input: String, output: String) throws {
        let file = try RandomAccessFile(path: input)
        var xref = try readCrossReference(file)
        var offsets: [Int: Int] = [:]
        for entry in xref.entries where entry.type == "n" { offsets[entry.number] = entry.offset }

        func object(_ number: Int) throws -> ReadObject {
            guard let offset = offsets[number] else { throw failure("object \(number) is not in the cross-reference table") }
            var length = 1024
            while true {
                let (bytes, base) = try file.window(at: offset, count: length)
                var parser = PDFParser(bytes, at: offset - base)
                do {
                    guard try parser.objectHeader() == number else { throw failure("object \(number) is not at its offset") }
                    parser.skipWhitespace()
                    let start = parser.position
                    if parser.bytes[start...].starts(with: "<<".utf8) {
                        let (value, ranges) = try parser.dictionaryWithRanges()
                        return ReadObject(value: value, dictionaryStart: base + start,
                                          ranges: ranges.mapValues { ($0.lowerBound + base)..<($0.upperBound + base) })
                    }
                    return ReadObject(value: try parser.value(), dictionaryStart: base + start, ranges: [:])
                } catch PDFParser.Failure.truncated where offset + length < file.size {
                    length *= 4
                } catch let error as PDFParser.Failure {
                    throw failure("object \(number): \(error)")
                }
            }
        }

        guard let root = xref.trailer["Root"]?.references.first else { throw failure("the trailer names no catalog") }
        let catalog = try object(root)
        guard case .dictionary = catalog.value else { throw failure("the catalog is not a dictionary") }
        var edits: [Edit] = []
        var catalogText = ""
        if !language.isEmpty, catalog.value["Lang"] == nil { catalogText += " /Lang \(PDFTextString.encode(language))" }
        if catalog.value["StructTreeRoot"] != nil, catalog.value["MarkInfo"] == nil { catalogText += " /MarkInfo << /Marked true >>" }
        if !catalogText.isEmpty { edits.append(Edit(range: catalog.dictionaryStart + 2..<catalog.dictionaryStart + 2, text: catalogText)) }

        var newObject: (number: Int, text: String)?
        if let treeRootNumber = catalog.value["StructTreeRoot"]?.references.first {
            let treeRoot = try object(treeRootNumber)
            let needed = structure.prefixWithAlternativeTexts
            let (elements, topLevel) = try structureElements(under: treeRoot.value, count: needed, object: object)
            if structure.hasAlternativeTexts {
                let expected = structure.entries.prefix(needed).map(\.type)
                guard elements.map(\.type) == expected else {
                    throw failure("the structure tree (\(elements.count) elements read) does not match the \(expected.count) elements drawn")
                }
                for (element, entry) in zip(elements, structure.entries) {
                    guard let alt = entry.alt, !element.hasAlt else { continue }
                    edits.append(Edit(range: element.dictionaryStart + 2..<element.dictionaryStart + 2,
                                      text: " /Alt \(PDFTextString.encode(alt))"))
                }
            }
            // One Document element under the root, holding what cairo put there.
            if !topLevel.isEmpty, !(topLevel.count == 1 && topLevel[0].type == "Document"),
               let kRange = treeRoot.ranges["K"], let sizeRange = xref.trailerRanges["Size"],
               case .number(let size) = xref.trailer["Size"] {
                let number = Int(size)
                edits.append(Edit(range: kRange, text: "\(number) 0 R"))
                for element in topLevel {
                    guard let parentRange = element.parentRange else { throw failure("a structure element has no parent") }
                    edits.append(Edit(range: parentRange, text: "\(number) 0 R"))
                }
                var kids = ""
                for (i, element) in topLevel.enumerated() { kids += (i % 10 == 0 ? "\n   " : " ") + "\(element.number) 0 R" }
                newObject = (number, "\(number) 0 obj\n<< /Type /StructElem\n   /S /Document\n   /P \(treeRootNumber) 0 R\n   /K [\(kids) ]\n>>\nendobj\n")
                var trailer = xref.trailerBytes
                trailer.replaceSubrange(sizeRange, with: Array(String(number + 1).utf8))
                xref.trailerBytes = trailer
            }
        }

        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (a, b) in zip(edits, edits.dropFirst()) where a.range.upperBound > b.range.lowerBound {
            throw failure("overlapping edits at byte \(b.range.lowerBound)")
        }
        guard edits.allSatisfy({ $0.range.upperBound <= xref.offset }) else { throw failure("an object follows the cross-reference table") }

        let writer = try SequentialFileWriter(path: output)
        var copied = 0
        for edit in edits {
            try copy(file, from: copied, to: edit.range.lowerBound, into: writer)
            try writer.write(edit.text)
            copied = edit.range.upperBound
        }
        try copy(file, from: copied, to: xref.offset, into: writer)

        func shifted(_ offset: Int) -> Int {
            offset + edits.lazy.filter { $0.range.lowerBound < offset }.reduce(0) { $0 + $1.delta }
        }
        var xrefStart = shifted(xref.offset)
        if let newObject {
            try writer.write(newObject.text)
            xref.entries.append(XRefEntry(number: newObject.number, offset: xrefStart, generation: 0, type: "n"))
            if let last = xref.subsections.last, last.start + last.count == newObject.number {
                xref.subsections[xref.subsections.count - 1].count += 1
            } else {
                xref.subsections.append((newObject.number, 1))
            }
            xrefStart += newObject.text.utf8.count
        }
        // Built as bytes: a long document has one 20-byte line per object.
        var table = Array("xref\n".utf8)
        table.reserveCapacity(table.count + 20 * xref.entries.count + 24 * xref.subsections.count)
        var index = 0
        for (start, count) in xref.subsections {
            table += Array("\(start) \(count)\n".utf8)
            for entry in xref.entries[index..<index + count] {
                let offset = entry.type == "n" && entry.number != newObject?.number ? shifted(entry.offset) : entry.offset
                Self.appendPadded(offset, 10, to: &table)
                table.append(UInt8(ascii: " "))
                Self.appendPadded(entry.generation, 5, to: &table)
                table.append(UInt8(ascii: " "))
                table += Array(entry.type.utf8)
                table += [UInt8(ascii: " "), UInt8(ascii: "\n")]
            }
            index += count
        }
        try writer.write(table)
        try writer.write(xref.trailerBytes)
        try writer.write("startxref\n\(xrefStart)\n%%EOF\n")
        try writer.close()
    }

    private func failure(_ reason: String) -> RenderError {
        .postprocessingFailed(path: "", reason: reason)
    }

    /// Appends `value` in decimal, zero-padded to `width` digits.
    static func appendPadded(_ value: Int, _ width: Int, to bytes: inout [UInt8]) {
        var value = max(0, value), count = 1, rest = value
        while rest >= 10 { rest /= 10; count += 1 }
        let start = bytes.count
        bytes += repeatElement(UInt8(ascii: "0"), count: max(width, count))
        var i = bytes.count - 1
        while value > 0, i >= start {
            bytes[i] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
            i -= 1
        }
    }

    private func copy(_ file: RandomAccessFile, from start: Int, to end: Int, into writer: SequentialFileWriter) throws {
        var offset = start
        while offset < end {
            let chunk = try file.read(at: offset, count: min(1 << 16, end - offset))
            try writer.write(chunk)
            offset += chunk.count
        }
    }

    /// Finds the classic cross-reference table and the trailer.
    private func readCrossReference(_ file: RandomAccessFile) throws -> CrossReference {
        let tailStart = max(0, file.size - 2048)
        let tail = try file.read(at: tailStart, count: file.size - tailStart)
        guard let marker = Self.lastIndex(of: Array("startxref".utf8), in: tail) else { throw failure("no startxref") }
        var tailParser = PDFParser(tail + [0x0A], at: marker + "startxref".utf8.count)
        guard let xrefOffset = try? tailParser.integer(), xrefOffset > 0, xrefOffset < file.size else {
            throw failure("startxref has no valid offset")
        }
        let section = try file.read(at: xrefOffset, count: file.size - xrefOffset)
        var parser = PDFParser(section)
        do {
            try parser.expect("xref")
            var entries: [XRefEntry] = []
            var subsections: [(start: Int, count: Int)] = []
            var trailerStart = 0
            while true {
                parser.skipWhitespace()
                trailerStart = parser.position
                let word = try parser.word()
                if word == "trailer" { break }
                guard let start = Int(word) else { throw failure("unexpected \"\(word)\" in the cross-reference table") }
                let count = try parser.integer()
                subsections.append((start, count))
                for i in 0..<count {
                    let offset = try parser.integer(), generation = try parser.integer()
                    entries.append(XRefEntry(number: start + i, offset: offset, generation: generation, type: try parser.word()))
                }
            }
            let dictionaryStart = parser.position
            let trailer = try parser.value()
            var rangeParser = PDFParser(section, at: dictionaryStart)
            let ranges = try rangeParser.dictionaryValueRanges()
            guard let end = Self.lastIndex(of: Array("startxref".utf8), in: section), end >= parser.position else {
                throw failure("no startxref after the trailer")
            }
            return CrossReference(
                offset: xrefOffset, entries: entries, subsections: subsections, trailer: trailer,
                trailerBytes: Array(section[trailerStart..<end]),
                trailerRanges: ranges.mapValues { ($0.lowerBound - trailerStart)..<($0.upperBound - trailerStart) })
        } catch let error as PDFParser.Failure {
            throw failure("cannot read the cross-reference table (\(error)); only classic tables are supported")
        }
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

    private struct Element {
        var number: Int
        var type: String
        var dictionaryStart: Int
        var hasAlt: Bool
        var parentRange: Range<Int>?
    }

    /// The first `count` structure elements under the root, depth first in the order of their
    /// `/K` arrays, and all of the root's own children. Only elements up to the last one with an
    /// alternative text need reading: in a long document most of the tree comes after the last
    /// figure, and reading it would cost more than drawing it.
    private func structureElements(under root: PDFValue, count: Int,
                                   object: (Int) throws -> ReadObject) throws -> ([Element], [Element]) {
        var all: [Element] = []
        var topLevel: [Element] = []
        var visited = Set<Int>()
        func visit(_ kids: PDFValue?, depth: Int) throws {
            guard let kids, depth < 200 else { return }
            for number in kids.references where visited.insert(number).inserted {
                let wanted = all.count < count
                guard wanted || depth == 0 else { return }
                let read = try object(number)
                // Kids may also be marked-content or object references; only elements count.
                guard let type = read.value["S"]?.name, (read.value["Type"]?.name ?? "StructElem") == "StructElem" else { continue }
                let element = Element(number: number, type: type, dictionaryStart: read.dictionaryStart,
                                      hasAlt: read.value["Alt"] != nil, parentRange: read.ranges["P"])
                if wanted { all.append(element) }
                if depth == 0 { topLevel.append(element) }
                if all.count < count { try visit(read.value["K"], depth: depth + 1) }
            }
        }
        try visit(root["K"], depth: 0)
        return (all, topLevel)
    }
}
