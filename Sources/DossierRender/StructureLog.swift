// StructureLog: the structure elements created while drawing, in document order, with their alternative texts.

/// The structure elements a document creates, in the order they begin (which is the order of
/// a depth-first walk of the PDF's structure tree), so alternative texts can be matched to the
/// elements cairo writes. Sendable: a value.
struct StructureLog: Sendable {
    /// One element: its structure type as written in the PDF (`/S`) and its alternative text.
    struct Entry: Hashable, Sendable {
        var type: String
        var alt: String?
        /// The element's language where it differs from the document's.
        var language: String?
    }

    private(set) var entries: [Entry] = []

    /// Records an element.
    mutating func begin(_ type: String, alt: String? = nil) { entries.append(Entry(type: type, alt: alt)) }

    /// Sets the language of the element recorded last.
    mutating func setLanguage(_ language: String) {
        guard !entries.isEmpty else { return }
        entries[entries.count - 1].language = language
    }

    /// Whether any element has a language of its own.
    var hasLanguages: Bool { entries.contains { $0.language != nil } }

    /// Whether any element has an alternative text.
    var hasAlternativeTexts: Bool { entries.contains { $0.alt != nil } }

    /// How many elements, from the first, it takes to hold every alternative text.
    var prefixWithAlternativeTexts: Int { (entries.lastIndex { $0.alt != nil } ?? -1) + 1 }
}
