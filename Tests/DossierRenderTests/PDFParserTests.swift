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

@Suite struct CrossReferenceTableTests {
    @Test func offsetsArePaddedToTheirWidth() {
        var bytes: [UInt8] = []
        PDFPostprocessor.appendPadded(1234, 10, to: &bytes)
        PDFPostprocessor.appendPadded(0, 5, to: &bytes)
        PDFPostprocessor.appendPadded(65535, 5, to: &bytes)
        PDFPostprocessor.appendPadded(123456, 3, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "0000001234" + "00000" + "65535" + "123456")
    }
}
