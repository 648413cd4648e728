// String+Whitespace: trimming without Foundation's character sets, for values read from record files.

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
