// PDFParserTests: numbers and references read without building strings, with the same results.
@testable import DossierRender
import Testing

@Suite struct PDFParserTests {
    func parse(_ text: String) throws -> PDFValue {
        var parser = PDFParser(Array(text.utf8))
        return try parser.value()
    }

    @Test func referencesAndCounts() throws {
        #expect(try parse("[ 12 0 R 7 3 R ] ") == .array([.reference(12), .reference(7)]))
        #expect(try parse("[ 4 << /MCID 1 >> 5 ] ") == .array([.number(4), .dictionary(["MCID": .number(1)]), .number(5)]))
        #expect(try parse("[1 0 R/Name] ") == .array([.reference(1), .name("Name")]))
        #expect(try parse("[ 2.5 -3 0 ] ") == .array([.number(2.5), .number(-3), .number(0)]))
        #expect(try parse("<< /K 3 /P 9 0 R >> ") == .dictionary(["K": .number(3), "P": .reference(9)]))
    }

    @Test func realNumbersReadAsStrtodReadsThem() throws {
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 11 }
        var texts = ["0.5", "-0.5", "+3.25", "841.89", "595.276", "-0", "5.", ".5", "-.75", "123456789012345", "0.000000000000001",
                     "999999999999999.", "1e3", "12345678901234567.5", "3..4", "-", "."]
        for _ in 0..<2000 {
            let digits = String(next() % 1_000_000_000_000_000)
            let point = Int(next() % UInt64(digits.count + 1))
            let text = (next() % 2 == 0 ? "-" : "") + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            texts.append(text)
        }
        for text in texts {
            let expected: PDFValue = Double(text).map { .number($0) } ?? .keyword(text)
            #expect(try parse("[ \(text) ] ") == .array([expected]), "\(text)")
        }
    }

    @Test func aNumberAtTheEndOfTheBufferIsTruncated() {
        #expect(throws: PDFParser.Failure.truncated) { try parse("[ 12") }
        #expect(throws: PDFParser.Failure.truncated) { try parse("[ 12 0 R") }
    }

    @Test func dictionariesComeWithTheRangesOfTheirValues() throws {
        var parser = PDFParser(Array("<< /P 7 0 R /S /P /K [ 1 0 R ] >>".utf8))
        let (value, ranges) = try parser.dictionaryWithRanges()
        #expect(value["P"] == .reference(7))
        #expect(value["K"]?.references == [1])
        #expect(ranges["P"] == 6..<11)
        #expect(ranges["S"] == 15..<17)
    }
}

@Suite struct PDFStringAndArrayTests {
    @Test func stringsKeepTheirBytes() throws {
        var parser = PDFParser(Array("[ (a\\(b\\)\\\\c\\n\\101) <FEFF00E9> (nested (paren)) <4 1> ] ".utf8))
        let value = try parser.value()
        guard case .array(let items) = value else { Issue.record("not an array"); return }
        #expect(items[0] == .string(Array("a(b)\\c\nA".utf8)))
        #expect(items[1].text == "é")
        #expect(items[2].text == "nested (paren)")
        #expect(items[3] == .string([0x41]))
    }

    @Test func editsApplyInOrderAndRefuseOverlaps() throws {
        let bytes = Array("<< /S /H3 /K [ 1 0 R 2 0 R ] >>".utf8)
        var edits = ObjectEdits()
        edits.insert(at: 2, " /A 1")
        edits.insert(at: 2, " /B 2")
        edits.replace(6..<9, with: "/H2")
        edits.replace(15..<21, with: "")
        #expect(String(decoding: try edits.applied(to: bytes, base: 0, range: 0..<bytes.count), as: UTF8.self)
                == "<< /A 1 /B 2 /S /H2 /K [ 2 0 R ] >>")
        edits.replace(7..<8, with: "x")
        #expect(throws: PDFSource.Failure.self) { try edits.applied(to: bytes, base: 0, range: 0..<bytes.count) }
    }

    @Test func objectBodiesAreFoldedOutsideStrings() {
        let body = "<< /Type /Page % 1\n   /Alt (two  spaces \\) and\n a line)\n   /K [ 1 0 R\n 2 0 R ]\n>>"
        #expect(String(decoding: CompactPDFFile.folded(Array(body.utf8)), as: UTF8.self)
                == "<< /Type /Page /Alt (two  spaces \\) and\n a line) /K [ 1 0 R 2 0 R ] >>")
    }

    @Test func flateRoundTripsAndRefusesDamage() throws {
        let text = Array(String(repeating: "BT /f-0-0 1 Tf (Camp Ashraf) Tj ET\n", count: 500).utf8)
        let packed = Flate.deflate(text)
        #expect(packed.count < text.count / 10)
        #expect(try Flate.inflate(packed) == text)
        #expect(throws: Flate.Failure.self) { try Flate.inflate(Array(packed.prefix(packed.count / 2))) }
        #expect(throws: Flate.Failure.self) { try Flate.inflate(Array("not zlib".utf8)) }
    }
}
