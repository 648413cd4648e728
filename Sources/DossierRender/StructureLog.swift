// StructureLog: the structure elements created while drawing, in document order, with their alternative texts and languages.

/// The structure elements a document creates, in the order they begin (which is the order of
/// a depth-first walk of the PDF's structure tree), so alternative texts and languages can be
/// matched to the elements cairo writes. A long document creates hundreds of thousands of
/// elements: each is kept as one byte naming its type, and the few alternative texts and
/// languages apart, by position. Sendable: a value.
struct StructureLog: Sendable {
    /// One element: its structure type as written in the PDF (`/S`), its alternative text and its
    /// language where it differs from the document's.
    struct Entry: Hashable, Sendable {
        var type: String
        var alt: String?
        var language: String?
    }

    /// The structure types met, in the order they were first met; entries refer to them by index.
    private var types: [String] = []
    private var typeCodes: [String: UInt8] = [:]
    private var codes: [UInt8] = []
    private var alts: [Int: String] = [:]
    private var languages: [Int: String] = [:]

    /// How many elements were recorded.
    var count: Int { codes.count }

    /// The element at `index`.
    subscript(index: Int) -> Entry {
        Entry(type: types[Int(codes[index])], alt: alts[index], language: languages[index])
    }

    /// Records an element.
    mutating func begin(_ type: String, alt: String? = nil) {
        let code: UInt8
        if let known = typeCodes[type] {
            code = known
        } else {
            // PDF has about fifty standard types; cairo 1.16 accepts no others.
            precondition(types.count < 255, "more than 255 structure types")
            code = UInt8(types.count)
            types.append(type)
            typeCodes[type] = code
        }
        if let alt { alts[codes.count] = alt }
        codes.append(code)
    }

    /// Sets the language of the element recorded last.
    mutating func setLanguage(_ language: String) {
        guard !codes.isEmpty else { return }
        languages[codes.count - 1] = language
    }

    /// How many elements, from the first, it takes to hold every alternative text and language.
    var prefixWithAnnotations: Int { max(alts.keys.max() ?? -1, languages.keys.max() ?? -1) + 1 }
}
