// String+Whitespace: trimming without Foundation's character sets, for values read from record files.

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhitespace: String {
        // Most values start and end with a visible ASCII character: nothing to trim, and no
        // character needs to be read (an ASCII letter never belongs to a white-space character).
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension Unicode.Scalar {
    /// Whether this is a control character (general category Cc: U+0000–U+001F and U+007F–U+009F),
    /// by its value: far cheaper than a property lookup, and every character read is checked.
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
