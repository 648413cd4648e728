// StructureEdits: corrections to the structure tree cairo wrote: furniture out of it, header cells scoped, heading levels without gaps, one Document root, alternative texts and languages.

/// Walks the structure tree in reading order and plans what cairo 1.16 cannot express, as byte
/// edits of the objects it read: the elements cairo made for page furniture (type
/// `paginationTag`) leave the tree and the parent tree, since their content becomes artifacts;
/// each `TH` gets `/Scope /Column` (in a row of header cells) or `/Scope /Row` (beside data
/// cells); a heading that skips levels (H1 then H3) is renumbered to the next level down,
/// keeping the outline's shape; elements get the alternative texts and languages they were drawn
/// with; and the top-level elements go under one `Document` element. Not Sendable: it reads
/// through a `PDFSource`.
struct StructureEdits {
    let source: PDFSource
    let paginationTag: String
    /// The elements drawn, in the order they began: the tree's depth-first order.
    let drawn: StructureLog
    /// How many drawn elements must be matched to the tree: up to the last with an alternative
    /// text or a language of its own.
    private let needed: Int
    private var next = 0
    /// The planned edits, by object number.
    var edits: [Int: ObjectEdits] = [:]
    /// The furniture elements taken out of the tree: they are not written.
    private(set) var removed = Set<Int>()
    /// Original heading levels open above the current element, with the level each was given.
    private var headings: [(original: Int, given: Int)] = []
    /// Whether the last top-level element read is a `Document`.
    private var topLevelIsDocument = false

    init(source: PDFSource, paginationTag: String, structure: StructureLog) {
        self.source = source
        self.paginationTag = paginationTag
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
        if !removed.isEmpty, case .reference(let parentTree)? = root.value["ParentTree"] {
            try clearRemoved(inNumberTree: parentTree, depth: 0)
        }
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
        var removals: [Int] = []
        for number in numbers {
            guard let kid = try read(number) else { continue }
            let type = kid.value["S"]?.name ?? ""
            try matchDrawn(kid, type: type, topLevel: depth == 0)
            if type == paginationTag {
                removed.insert(kid.number)
                removals.append(kid.number)
                continue
            }
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
        if !removals.isEmpty { try remove(removals, fromKidsOf: element) }
        return kept
    }

    /// Takes the elements numbered `numbers` out of `element`'s `/K`.
    private mutating func remove(_ numbers: [Int], fromKidsOf element: PDFSource.Object) throws {
        guard let range = element.ranges["K"] else { return }
        var elementEdits = edits[element.number] ?? ObjectEdits()
        if case .array = element.value["K"] {
            for item in try references(inArrayAt: range) where numbers.contains(item.number) {
                elementEdits.replace(item.range, with: "")
            }
        } else {
            elementEdits.replace(range, with: "[]")
        }
        edits[element.number] = elementEdits
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

    /// Replaces references to removed elements in the parent tree (a number tree of arrays
    /// indexed by marked-content id) by null.
    private mutating func clearRemoved(inNumberTree number: Int, depth: Int) throws {
        guard depth < 32, source.contains(number) else { return }
        let node = try source.object(number)
        if case .array(let items)? = node.value["Nums"], let range = node.ranges["Nums"] {
            try nullRemoved(in: number, arrayAt: range)
            for case .reference(let value) in items.enumerated().filter({ $0.offset % 2 == 1 }).map(\.element)
            where source.contains(value) && !removed.contains(value) {
                let entry = try source.object(value)
                if case .array = entry.value { try nullRemoved(in: value, arrayAt: entry.valueRange) }
            }
        }
        for kid in node.value["Kids"]?.references ?? [] { try clearRemoved(inNumberTree: kid, depth: depth + 1) }
    }

    /// Replaces each item of the array at `range` in object `number` that refers to a removed
    /// element by null.
    private mutating func nullRemoved(in number: Int, arrayAt range: Range<Int>) throws {
        var objectEdits = edits[number] ?? ObjectEdits()
        for item in try references(inArrayAt: range) where removed.contains(item.number) {
            objectEdits.replace(item.range, with: "null")
        }
        if !objectEdits.isEmpty { edits[number] = objectEdits }
    }

    /// The items of the array at file range `range` that are references, with their file ranges.
    private func references(inArrayAt range: Range<Int>) throws -> [(range: Range<Int>, number: Int)] {
        let bytes = try source.file.read(at: range.lowerBound, count: range.count) + [0x0A]
        var parser = PDFParser(bytes)
        return try parser.arrayItemRanges().compactMap { item in
            var itemParser = PDFParser(bytes, at: item.lowerBound)
            guard case .reference(let n) = try itemParser.value() else { return nil }
            return ((item.lowerBound + range.lowerBound)..<(item.upperBound + range.lowerBound), n)
        }
    }
}
