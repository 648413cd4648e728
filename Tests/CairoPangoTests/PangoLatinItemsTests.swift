// PangoLatinItemsTests: the items made for Latin text without itemizing are Pango's items.
@testable import CairoPango
import CCairo
import DossierDisplay
import Testing

@Suite struct PangoLatinItemsTests {
    let shaper = TestFonts.shaper
    let serif = TestFonts.serif

    /// One item's fields, as compared.
    struct Item: Equatable, CustomStringConvertible {
        var offset, length, characters: Int32
        var font: UInt
        var level, gravity, flags, script: UInt8
        var language: String
        var extra: [UInt32]
        var description: String { "\(offset)+\(length) (\(characters)) font \(font) level \(level) gravity \(gravity) flags \(flags) script \(script) \(language) \(extra)" }
    }

    static func items(_ list: UnsafeMutablePointer<GList>?) -> [Item] {
        var out: [Item] = []
        var node = list
        while let current = node {
            node = current.pointee.next
            guard let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self).pointee else { continue }
            let a = item.analysis
            var extra: [UInt32] = []
            var attr = a.extra_attrs
            while let link = attr {
                attr = link.pointee.next
                if let value = link.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) {
                    extra += [value.pointee.klass.pointee.type.rawValue, value.pointee.start_index, value.pointee.end_index]
                }
            }
            out.append(Item(offset: item.offset, length: item.length, characters: item.num_chars,
                            font: UInt(bitPattern: a.font), level: a.level, gravity: a.gravity,
                            flags: a.flags & ~PangoShaper.characterOffsetFlag, script: a.script,
                            language: a.language.map { String(cString: pango_language_to_string($0)) } ?? "-", extra: extra))
        }
        return out
    }

    /// Both lists of items for `text`, or nil for the first when the direct way declines.
    func compare(_ text: StyledText, _ format: ParagraphFormat) throws -> (direct: [Item]?, pango: [Item]) {
        let plain = text.plainText
        let bytes = Array(plain.utf8)
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = [], offset = 0
        for scalar in plain.unicodeScalars { scalars.append(scalar); offsets.append(offset); offset += UTF8.width(scalar) }
        offsets.append(offset)
        var starts: [Int] = [], start = 0
        for span in text.spans { starts.append(start); start += span.text.utf8.count }
        starts.append(start)
        return try shaper.fonts.withLock {
            let pango = try shaper.pangoItems(text, bytes: bytes, format: format)
            defer { g_list_free_full(pango) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
            guard SimpleLineBreaks.opportunities(scalars) != nil,
                  let direct = shaper.latinItems(text, scalars: scalars, spanStarts: starts, offsets: offsets, length: bytes.count,
                                                 language: format.language, rightToLeft: format.rightToLeft) else {
                return (nil, Self.items(pango))
            }
            defer { g_list_free_full(direct) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
            return (Self.items(direct), Self.items(pango))
        }
    }

    @Test func latinTextInEveryStyleAndLanguageIsItemizedAsPangoDoes() throws {
        let texts = ["Hello world", "6", "[27, 28]", "— Ruth Bello, farmer, telephone interview", "“We counted,” she said…",
                     "12 345.6% (est.)", "Zażółć gęślą jaźń", "Ünïcödé façade · naïve", "a  b", " leading", "trailing ",
                     "16 March 2015 · Fite, Marren Valley", "$1,200.50 + 3%", "«quoted» ‘single’ – dash"]
        let styles = [serif, serif.bolded(), TextStyle(family: "Noto Serif", size: .pt(9), italic: true),
                      TextStyle(family: "Noto Sans", size: .pt(8)), TextStyle(family: "Noto Sans", size: .pt(8), bold: true)]
        var checked = 0
        for language in [nil, "en", "fr", "de", "tr", "fa", "ar", "zh"] as [String?] {
            for autoDirection in [true, false] {
                let format = ParagraphFormat(width: .pt(300), leading: .pt(12), language: language, autoDirection: autoDirection)
                for text in texts {
                    for style in styles {
                        let (direct, pango) = try compare(StyledText(text, style: style), format)
                        #expect(direct == pango, "\(text) in \(style) (\(language ?? "no language")): \(direct ?? []) ≠ \(pango)")
                        if direct != nil { checked += 1 }
                    }
                    // Two and three spans in different styles.
                    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
                    let head = String(text[..<middle]), tail = String(text[middle...])
                    for (a, b) in [(styles[0], styles[1]), (styles[2], styles[3]), (styles[1], styles[4])] {
                        let spans = StyledText([TextSpan(head, style: a), TextSpan(tail, style: b), TextSpan(" end", style: a)])
                        let (direct, pango) = try compare(spans, format)
                        if let direct { #expect(direct == pango, "\(head)|\(tail): \(direct) ≠ \(pango)"); checked += 1 }
                    }
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func whatPangoDecidesOtherwiseIsLeftToIt() throws {
        let format = ParagraphFormat(width: .pt(300), leading: .pt(12), language: "en")
        var smallCaps = serif
        smallCaps.smallCaps = true
        // Small capitals, right to left, and a span of spaces alone (Pango gives it the next span's font).
        #expect(try compare(StyledText("Camp Ashraf", style: smallCaps), format).direct == nil)
        var rtl = format
        rtl.rightToLeft = true
        #expect(try compare(StyledText("Camp Ashraf", style: serif), rtl).direct == nil)
        let spaces = StyledText([TextSpan("a", style: serif), TextSpan("  ", style: serif.bolded()), TextSpan("b", style: serif)])
        #expect(try compare(spaces, format).direct == nil)
        // A font without a character: the Arabic font has no Latin letters.
        #expect(try compare(StyledText("Camp", style: TextStyle(family: "Noto Naskh Arabic", size: .pt(10))), format).direct == nil)
    }
}
