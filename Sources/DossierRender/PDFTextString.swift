// PDFTextString: writes text as a PDF string object: literal for plain ASCII, UTF-16BE with BOM otherwise.

/// Encodes text for a PDF text string (document language, alternative texts).
enum PDFTextString {
    /// Returns `text` as PDF string syntax: `(…)` with `\`, `(` and `)` escaped when it is
    /// printable ASCII, else `<FEFF…>`, hex UTF-16BE with a byte-order mark, which PDF readers
    /// take as Unicode.
    static func encode(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return bytes(text) }
        let digits = Array("0123456789ABCDEF")
        var out = "<FEFF"
        for unit in text.utf16 {
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        return out + ">"
    }

    /// Returns `text`'s UTF-8 bytes as a PDF literal string, for strings that are bytes rather
    /// than text (an address, a destination's name): `\`, `(` and `)` escaped, bytes outside
    /// printable ASCII in octal.
    static func bytes(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "(")]
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                out += [UInt8(ascii: "\\"), byte]
            } else if byte < 0x20 || byte >= 0x7F {
                out.append(UInt8(ascii: "\\"))
                for shift in [6, 3, 0] { out.append(UInt8(ascii: "0") + (byte >> UInt8(shift)) & 7) }
            } else {
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: ")"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a PDF text string's bytes: UTF-16BE after a byte-order mark, else PDFDocEncoding
    /// (read as Latin-1, which it matches for the characters cairo writes).
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count { units.append(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
