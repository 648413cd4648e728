// PDFBytes: writes PDF numbers and references straight into a byte buffer.

extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes.
    mutating func append(pdf text: String) { append(contentsOf: text.utf8) }

    /// Appends `value` in decimal digits.
    mutating func append(integer value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else { append(UInt8(ascii: "0") + UInt8(magnitude)); return }
        let start = count
        while magnitude > 0 {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        self[start...].reverse()
    }

    /// Appends an indirect reference to object `number`: "number 0 R".
    mutating func append(reference number: Int) {
        append(integer: number)
        append(contentsOf: [0x20, UInt8(ascii: "0"), 0x20, UInt8(ascii: "R")])
    }

    /// Appends `value` as PDF writes a real number: plain decimal, rounded to three decimals,
    /// without trailing zeros.
    mutating func append(real value: Double) {
        let thousandths = value.isFinite ? Int((Swift.max(-1e12, Swift.min(1e12, value)) * 1000).rounded()) : 0
        if thousandths < 0 { append(UInt8(ascii: "-")) }
        let magnitude = thousandths.magnitude
        append(integer: Int(magnitude / 1000))
        var fraction = Int(magnitude % 1000), digits = 3
        guard fraction > 0 else { return }
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        append(UInt8(ascii: "."))
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }
}
