// StructureEdits: corrections to the structure tree cairo wrote: furniture out of it, header cells scoped, heading levels without gaps.

/// Walks the structure tree in reading order and corrects what cairo 1.16 cannot express:
/// the elements cairo made for page furniture (type `paginationTag`) leave the tree and the
/// parent tree, since their content becomes artifacts; each `TH` gets `/Scope /Column` (in a
/// row of header cells) or `/Scope /Row` (beside data cells); and a heading that skips levels
/// (H1 then H3) is renumbered to the next level down, keeping the outline's shape. Elements
/// drawn in a language of their own (a Persian quotation in an English dossier) get `/Lang`.
/// Not Sendable: it works on a qpdf document.
struct StructureEdits {
    let pdf: QPDFDocument
    let paginationTag: String
    /// The elements drawn, in the order they began: the tree's depth-first order.
    let drawn: [StructureLog.Entry]
    /// The next drawn element to match, while languages remain to be set.
    private var next: Int?
    private var removed = Set<Int>()
    /// Original heading levels open above the current element, with the level each was given.
    private var headings: [(original: Int, given: Int)] = []

    init(pdf: QPDFDocument, paginationTag: String, structure: StructureLog) {
        self.pdf = pdf
        self.paginationTag = paginationTag
        self.drawn = structure.entries
        self.next = structure.hasLanguages ? 0 : nil
    }

    /// Applies every correction under the tree root (object `treeRoot`). Handles are freed as
    /// it goes, so none taken before stay valid.
    mutating func apply(underRootNumbered treeRoot: Int) throws {
        try visit(treeRoot, depth: 0)
        guard !removed.isEmpty, let parentTree = pdf.value(pdf.object(treeRoot), "ParentTree") else { return }
        clearRemoved(inNumberTree: parentTree, depth: 0)
        pdf.releaseHandles()
    }

    /// Corrects the kids of element `number`, then walks down into them. Only object numbers
    /// are held across the walk; cairo writes every element as an object of its own.
    private mutating func visit(_ number: Int, depth: Int) throws {
        guard depth < 256 else { return }
        var below: [Int] = []
        let element = pdf.object(number)
        if let kids = pdf.value(element, "K") {
            var typed: [(index: Int, kid: QPDFDocument.Object, type: String)] = []
            for (index, kid) in pdf.items(kids).enumerated() where pdf.isDictionary(kid) {
                if let type = pdf.name(pdf.value(kid, "S")) { typed.append((index, kid, type)) }
            }
            let rowOfHeaders = pdf.name(pdf.value(element, "S")) == "TR" && typed.allSatisfy { $0.type == "TH" }
            var removals: [Int] = []
            for (index, kid, type) in typed {
                try matchDrawn(kid, type: type, topLevel: depth == 0)
                if type == paginationTag {
                    removed.insert(pdf.number(kid))
                    removals.append(index)
                    continue
                }
                if type == "TH" {
                    try pdf.set(kid, "A", parsing: "<< /O /Table /Scope \(rowOfHeaders ? "/Column" : "/Row") >>")
                } else if let level = Self.headingLevel(type) {
                    while let last = headings.last, last.original >= level { headings.removeLast() }
                    let given = min(level, (headings.last?.given ?? 0) + 1)
                    headings.append((level, given))
                    if given != level { try pdf.set(kid, "S", parsing: "/H\(given)") }
                }
                if pdf.number(kid) > 0 { below.append(pdf.number(kid)) }
            }
            if pdf.isArray(kids) {
                for index in removals.reversed() { pdf.removeItem(kids, at: index) }
            } else if !removals.isEmpty {
                pdf.set(element, "K", try pdf.parse("[]"))
            }
        }
        pdf.releaseHandles()
        for kid in below { try visit(kid, depth: depth + 1) }
    }

    /// Gives `element` the language it was drawn with. The one `Document` element the
    /// post-processor adds above the drawn ones is not among them.
    private mutating func matchDrawn(_ element: QPDFDocument.Object, type: String, topLevel: Bool) throws {
        guard let index = next, index < drawn.count else { return }
        guard drawn[index].type == type else {
            if topLevel, index == 0, type == "Document" { return }
            throw QPDFDocument.Failure(description: "the structure tree does not match the elements drawn "
                                       + "(element \(index + 1) is \(type), drawn as \(drawn[index].type))")
        }
        if let language = drawn[index].language { pdf.set(element, "Lang", text: language) }
        next = index + 1
    }

    /// The level of "H1" … "H6", nil for any other type.
    static func headingLevel(_ type: String) -> Int? {
        guard type.count == 2, type.first == "H", let level = Int(type.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }

    /// Replaces references to removed elements in the parent tree (a number tree of arrays
    /// indexed by marked-content id) by null.
    private func clearRemoved(inNumberTree node: QPDFDocument.Object, depth: Int) {
        guard depth < 32 else { return }
        if let nums = pdf.value(node, "Nums") {
            let items = pdf.items(nums)
            for i in stride(from: 1, to: items.count, by: 2) {
                let value = items[i]
                if pdf.isArray(value) {
                    for (j, entry) in pdf.items(value).enumerated() where removed.contains(pdf.number(entry)) {
                        pdf.setItem(value, at: j, pdf.null)
                    }
                } else if removed.contains(pdf.number(value)) {
                    pdf.setItem(nums, at: i, pdf.null)
                }
            }
        }
        if let kids = pdf.value(node, "Kids") { for kid in pdf.items(kids) { clearRemoved(inNumberTree: kid, depth: depth + 1) } }
    }
}
