// SimpleLineBreaks: where lines may break (UAX #14) in text of Latin letters, digits, spaces and common punctuation, without Pango.

/// Line-break opportunities for a paragraph written only in characters of the classes below:
/// Latin letters, digits, spaces, common punctuation, typographic quotes and dashes. For such
/// text the answer is Pango's (`pango_get_log_attrs`, which walks the whole paragraph through
/// every rule of UAX #14 and its tailorings), found with the few rules these classes can meet;
/// `PangoLineBreakTests` compares the two on every short string of representative characters,
/// on random strings and on prose. Any other character (another script, a combining mark, a
/// line separator, a soft hyphen) gives nil, and Pango decides.
enum SimpleLineBreaks {
    /// The line-break classes of UAX #14 that the characters taken here belong to.
    enum Class: UInt8 {
        case alphabetic, numeric, space, glue, quotation, openPunctuation, closePunctuation, closeParenthesis
        case infixSeparator, exclamation, symbol, hyphen, breakAfter, breakBoth, prefix, postfix, inseparable
    }

    /// The class of `scalar`, or nil when it is not one taken here.
    static func lineClass(of scalar: Unicode.Scalar) -> Class? {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        switch value {
        case 0xA0: return .glue
        case 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D: return .quotation
        case 0xB7: return .alphabetic  // ambiguous, resolved to alphabetic (LB1)
        case 0xC0...0xFF where value != 0xD7 && value != 0xF7: return .alphabetic
        case 0x100...0x17F: return .alphabetic
        case 0x2013: return .breakAfter
        case 0x2014: return .breakBoth
        case 0x2026: return .inseparable
        default: return nil
        }
    }

    private static let ascii: [Class?] = (0..<128).map { value -> Class? in
        switch UInt8(value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .alphabetic
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .numeric
        case UInt8(ascii: " "): return .space
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .quotation
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openPunctuation
        case UInt8(ascii: "}"): return .closePunctuation
        case UInt8(ascii: ")"), UInt8(ascii: "]"): return .closeParenthesis
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"): return .infixSeparator
        case UInt8(ascii: "!"), UInt8(ascii: "?"): return .exclamation
        case UInt8(ascii: "/"): return .symbol
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "|"): return .breakAfter
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "\\"): return .prefix
        case UInt8(ascii: "%"): return .postfix
        case UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "@"), UInt8(ascii: "<"),
             UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "~"): return .alphabetic
        default: return nil  // control characters: tabs and line breaks go to Pango
        }
    }

    /// For each character, whether a line may break before it (never before the first); nil
    /// when a character is not one taken here.
    static func opportunities(_ scalars: [Unicode.Scalar]) -> [Bool]? {
        var classes: [Class] = []
        classes.reserveCapacity(scalars.count)
        for scalar in scalars {
            guard let found = lineClass(of: scalar) else { return nil }
            classes.append(found)
        }
        let numbers = numberJoins(classes)
        var result = [Bool](repeating: false, count: scalars.count)
        // The class of the last character before `i` that is not a space.
        var lastNonSpace: Class? = nil
        for i in classes.indices.dropFirst() {
            let before = classes[i - 1]
            if before != .space { lastNonSpace = before }
            result[i] = !numbers[i] && breaks(between: before, and: classes[i], lastNonSpace: lastNonSpace)
        }
        return result
    }

    /// For each character, whether it continues a number with the one before (LB25, as a
    /// pattern: `(PR | PO)? (OP | HY)? NU (NU | SY | IS)* (CL | CP)? (PR | PO)?`).
    private static func numberJoins(_ classes: [Class]) -> [Bool] {
        var joins = [Bool](repeating: false, count: classes.count)
        var i = 0
        while i < classes.count {
            guard classes[i] == .numeric else { i += 1; continue }
            var start = i
            if start > 0, classes[start - 1] == .openPunctuation || classes[start - 1] == .hyphen { start -= 1 }
            if start > 0, classes[start - 1] == .prefix || classes[start - 1] == .postfix { start -= 1 }
            var end = i + 1
            while end < classes.count, [.numeric, .symbol, .infixSeparator].contains(classes[end]) { end += 1 }
            if end < classes.count, classes[end] == .closePunctuation || classes[end] == .closeParenthesis { end += 1 }
            if end < classes.count, classes[end] == .prefix || classes[end] == .postfix { end += 1 }
            for j in (start + 1)..<end { joins[j] = true }
            i = end
        }
        return joins
    }

    /// The rules of UAX #14 (LB7 to LB31) these classes can meet, in order; LB25 (numbers) is
    /// `numberJoins`.
    private static func breaks(between before: Class, and after: Class, lastNonSpace: Class?) -> Bool {
        if after == .space { return false }                                                  // LB7
        if before == .glue { return false }                                                  // LB12
        if after == .glue, before != .space, before != .breakAfter, before != .hyphen { return false }  // LB12a
        switch after {                                                                       // LB13
        case .closePunctuation, .closeParenthesis, .exclamation, .infixSeparator, .symbol: return false
        default: break
        }
        if lastNonSpace == .openPunctuation { return false }                                 // LB14
        if lastNonSpace == .quotation, after == .openPunctuation { return false }            // LB15
        if lastNonSpace == .breakBoth, after == .breakBoth { return false }                  // LB17
        if before == .space { return true }                                                  // LB18
        if after == .quotation || before == .quotation { return false }                      // LB19
        if after == .breakAfter || after == .hyphen { return false }                         // LB21
        if after == .inseparable { return false }                                            // LB22
        switch (before, after) {
        case (.alphabetic, .numeric), (.numeric, .alphabetic): return false                  // LB23
        case (.prefix, .alphabetic), (.postfix, .alphabetic), (.alphabetic, .prefix), (.alphabetic, .postfix):
            return false                                                                     // LB24
        case (.alphabetic, .alphabetic): return false                                        // LB28
        case (.infixSeparator, .alphabetic): return false                                    // LB29
        case (.alphabetic, .openPunctuation), (.numeric, .openPunctuation),
             (.closeParenthesis, .alphabetic), (.closeParenthesis, .numeric): return false  // LB30
        default: return true                                                                 // LB31
        }
    }
}
