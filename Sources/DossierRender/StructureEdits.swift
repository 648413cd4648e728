// StructureEdits: corrections to the structure tree cairo wrote: header cells scoped, heading levels without gaps, one Document root, alternative texts and languages.

/// Walks the structure tree in reading order and plans what cairo 1.16 cannot express, as byte
/// edits of the objects it read: each `TH` gets `/Scope /Column` (in a row of header cells) or
/// `/Scope /Row` (beside data cells); a heading that skips levels (H1 then H3) is renumbered to
/// the next level down, keeping the outline's shape; elements get the alternative texts and
/// languages they were drawn with; and the top-level elements go under one `Document` element.
/// (Page furniture never becomes an element: it is drawn between content marks, which the
/// finishing step turns into artifacts.) Not Sendable: it reads through a `PDFSource`.
struct StructureEdits {
    let source: PDFSource
    /// The elements drawn, in the order they began: the tree's depth-first order.
    let drawn: StructureLog
    /// How many drawn elements must be matched to the tree: up to the last with an alternative
    /// text or a language of its own.
    private let needed: Int
    private var next = 0
    /// The planned edits, by object number.
    var edits: [Int: ObjectEdits] = [:]
    /// Original heading levels open above the current element, with the level each was given.
    private var headings: [(original: Int, given: Int)] = []
    /// Whether the last top-level element read is a `Document`.
    private var topLevelIsDocument = false

    init(source: PDFSource, structure: StructureLog) {
        self.source = source
        self.drawn = structure
        self.needed = structure.prefixWithAnnotations
    }

    /// Plans every correction under the tree root (object `treeRoot`). Returns the body of the
    /// `Document` element to add as object `documentNumber`, or nil when the tree already has one
    /// at its top.
    mutating func plan(treeRoot: Int, documentNumber: Int) throws -> [UInt8]? {
        let root = try source.object(treeRoot)
        let topLevel = try visit(root, depth: 0)
        if needed > next { throw mismatch("\(needed) elements with alternative texts or languages were drawn, \(next) found") }
        guard !topLevel.isEmpty, !(topLevel.count == 1 && topLevelIsDocument), let kRange = root.ranges["K"] else { return nil }
        edits[treeRoot, default: ObjectEdits()].replace(kRange, with: "\(documentNumber) 0 R")
        var kids = ""
        for (i, element) in topLevel.enumerated() {
            guard let parent = element.parent else { throw mismatch("element \(element.number) has no parent") }
            edits[element.number, default: ObjectEdits()].replace(parent, with: "\(documentNumber) 0 R")
            kids += (i % 10 == 0 ? "\n   " : " ") + "\(element.number) 0 R"
        }
        return Array("<< /Type /StructElem\n   /S /Document\n   /P \(treeRoot) 0 R\n   /K [\(kids) ]\n>>".utf8)
    }

    /// Plans the corrections of `element`'s kids, walking down into each in turn (reading order).
    /// At the top, returns the numbers and parent ranges of the kids that are structure elements
    /// and stay.
    /// Kids are read one at a time (a `Document` may have tens of thousands), except in a table
    /// row, whose header cells' scope depends on their siblings.
    private mutating func visit(_ element: PDFSource.Object, depth: Int) throws -> [(number: Int, parent: Range<Int>?)] {
        guard depth < 256, let kidsValue = element.value["K"] else { return [] }
        func read(_ number: Int) throws -> PDFSource.Object? {
            let kid = try source.object(number)
            return (kid.value["Type"]?.name ?? "StructElem") == "StructElem" && kid.value["S"]?.name != nil ? kid : nil
        }
        let numbers = kidsValue.references.filter { source.contains($0) }
        var rowOfHeaders = false
        if element.value["S"]?.name == "TR" {
            rowOfHeaders = try numbers.allSatisfy { try read($0).map { $0.value["S"]?.name == "TH" } ?? true }
        }
        // Only the top level's are needed (they go under the `Document` element).
        var kept: [(number: Int, parent: Range<Int>?)] = []
        for number in numbers {
            guard let kid = try read(number) else { continue }
            let type = kid.value["S"]?.name ?? ""
            try matchDrawn(kid, type: type, topLevel: depth == 0)
            var kidEdits = edits[kid.number] ?? ObjectEdits()
            if type == "TH", kid.value["A"] == nil {
                kidEdits.insert(at: kid.valueRange.lowerBound + 2, " /A << /O /Table /Scope \(rowOfHeaders ? "/Column" : "/Row") >>")
            } else if let level = Self.headingLevel(type), let range = kid.ranges["S"] {
                while let last = headings.last, last.original >= level { headings.removeLast() }
                let given = min(level, (headings.last?.given ?? 0) + 1)
                headings.append((level, given))
                if given != level { kidEdits.replace(range, with: "/H\(given)") }
            }
            if !kidEdits.isEmpty { edits[kid.number] = kidEdits }
            if depth == 0 {
                kept.append((kid.number, kid.ranges["P"]))
                topLevelIsDocument = type == "Document"
            }
            _ = try visit(kid, depth: depth + 1)
        }
        return kept
    }

    /// Gives `element` the alternative text and language it was drawn with. A `Document` element
    /// at the top that was not drawn is passed over.
    private mutating func matchDrawn(_ element: PDFSource.Object, type: String, topLevel: Bool) throws {
        guard next < needed else { return }
        let entry = drawn[next]
        guard entry.type == type else {
            if topLevel, next == 0, type == "Document" { return }
            throw mismatch("element \(next + 1) is \(type), drawn as \(entry.type)")
        }
        var elementEdits = edits[element.number] ?? ObjectEdits()
        if let alt = entry.alt, element.value["Alt"] == nil {
            elementEdits.insert(at: element.valueRange.lowerBound + 2, " /Alt \(PDFTextString.encode(alt))")
        }
        if let language = entry.language, element.value["Lang"] == nil {
            elementEdits.insert(at: element.valueRange.lowerBound + 2, " /Lang \(PDFTextString.encode(language))")
        }
        if !elementEdits.isEmpty { edits[element.number] = elementEdits }
        next += 1
    }

    private func mismatch(_ detail: String) -> PDFSource.Failure {
        PDFSource.Failure(description: "the structure tree does not match the elements drawn (\(detail))")
    }

    /// The level of "H1" … "H6", nil for any other type.
    static func headingLevel(_ type: String) -> Int? {
        guard type.count == 2, type.first == "H", let level = Int(type.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }
}
