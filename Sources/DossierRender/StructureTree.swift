// StructureTree: writes a PDF's structure tree, parent tree and link annotations from the structure drawn.
import DossierDisplay

/// The logical structure of a PDF, written from the `StructureLog` kept while drawing: the
/// structure elements with their marked content and link annotations, one `Document` element
/// at the top, the parent tree that leads from content and annotations back to their elements,
/// and the annotations themselves. It also makes what PDF/UA asks for and the drawing does not
/// say: each `TH` gets `/Scope /Column` (in a row of header cells) or `/Scope /Row` (beside data
/// cells), and a heading that skips levels (H1 then H3) is renumbered to the next level down,
/// keeping the outline's shape.
///
/// Used in three steps: reading the log (`init`) gives each page's marked content; numbering
/// the objects (`number`) gives each page its `/StructParents` and `/Annots`; `write` writes
/// the objects, element by element as each ends, so memory holds only the elements open at a
/// time. Not Sendable: it is used by one finishing step.
struct StructureTree {
    let log: StructureLog
    /// For each page drawn: the structure types (codes into `log.types`) of its marked-content
    /// sequences, by MCID.
    private(set) var tags: [[UInt8]] = []
    /// The page drawn on which each link was made.
    private var linkPages: [Int32] = []
    /// The table rows whose element kids are all header cells, by element index.
    private var headerRows = Set<Int>()
    /// Whether the elements at the top are one `Document` element.
    private var topIsDocument = false

    /// Object numbers, given by `number`.
    private var rootNumber = 0, documentNumber: Int?, firstElement = 0, firstAnnotation = 0, parentTreeNumber = 0
    private var leafNumbers: [Int] = []
    /// For each page drawn: its page object (an overlay's is the page it is drawn over), the
    /// number of its parent-tree array (0 when it marks nothing) and its key in the parent tree.
    private var pageObjects: [Int] = []
    private var arrayNumbers: [Int] = []
    private var pageKeys: [Int] = []
    /// The parent-tree key of the first link; links follow the pages.
    private var firstLinkKey = 0

    /// How many entries a node of the parent tree holds.
    private static let entriesPerLeaf = 256

    /// Reads `log`; throws if content or a link lies outside every element, or elements do not
    /// nest over the document.
    init(log: StructureLog) throws {
        self.log = log
        var tags: [[UInt8]] = [], linkPages: [Int32] = [], headerRows = Set<Int>()
        var stack: [(index: Int, code: UInt8, isRow: Bool, allHeaders: Bool)] = []
        var topLevel = 0, firstTopType = ""
        try log.walk { event in
            switch event {
            case .page:
                tags.append([])
            case .begin(let element, let type):
                guard !tags.isEmpty, let code = log.code(of: type) else { throw Self.failure("an element begins before the first page") }
                if stack.isEmpty {
                    topLevel += 1
                    if topLevel == 1 { firstTopType = type }
                } else if type != "TH" {
                    stack[stack.count - 1].allHeaders = false
                }
                stack.append((element, code, type == "TR", true))
            case .end:
                guard let element = stack.popLast() else { throw Self.failure("an element ends that did not begin") }
                if element.isRow, element.allHeaders { headerRows.insert(element.index) }
            case .content:
                guard let open = stack.last else { throw Self.failure("content is marked outside every element") }
                tags[tags.count - 1].append(open.code)
            case .link:
                guard !stack.isEmpty else { throw Self.failure("a link lies outside every element") }
                linkPages.append(Int32(tags.count - 1))
            }
        }
        guard stack.isEmpty else { throw Self.failure("\(stack.count) elements begin and never end") }
        self.tags = tags
        self.linkPages = linkPages
        self.headerRows = headerRows
        topIsDocument = topLevel == 1 && firstTopType == "Document"
    }

    private static func failure(_ detail: String) -> PDFSource.Failure {
        PDFSource.Failure(description: "the structure drawn is not a tree (\(detail))")
    }

    /// Numbers the tree's objects from `next`. `pages` is the page object of each page drawn, in
    /// drawing order; `overlays` maps the index of a page drawn over another to that page's;
    /// `finalIndex` gives each page object's index in the finished document.
    mutating func number(pages: [Int], overlays: [Int: Int], finalIndex: [Int: Int], next: inout Int) throws {
        func take() -> Int { defer { next += 1 }; return next }
        guard pages.count == tags.count else {
            throw PDFSource.Failure(description: "\(tags.count) pages were drawn, the file has \(pages.count)")
        }
        rootNumber = take()
        parentTreeNumber = take()
        documentNumber = topIsDocument ? nil : take()
        firstElement = next
        next += log.elementCount
        firstAnnotation = next
        next += log.links.count
        pageObjects = pages.indices.map { pages[overlays[$0] ?? $0] }
        arrayNumbers = Array(repeating: 0, count: pages.count)
        pageKeys = Array(repeating: -1, count: pages.count)
        var entries = log.links.count
        for (index, marks) in tags.enumerated() where !marks.isEmpty {
            guard overlays[index] == nil, let key = finalIndex[pages[index]] else {
                throw PDFSource.Failure(description: "page \(index + 1) marks content but is drawn over another")
            }
            arrayNumbers[index] = take()
            pageKeys[index] = key
            entries += 1
        }
        firstLinkKey = finalIndex.count
        leafNumbers = (0..<((entries + Self.entriesPerLeaf - 1) / Self.entriesPerLeaf)).map { _ in take() }
    }

    /// The number of the tree's root, for the catalog's `/StructTreeRoot`.
    var root: Int { rootNumber }

    /// What page object `page` gets: its key in the parent tree, if it marks content, and its
    /// link annotations.
    func pageEntries() -> [Int: (structParents: Int?, annotations: [Int])] {
        var out: [Int: (structParents: Int?, annotations: [Int])] = [:]
        for (index, key) in pageKeys.enumerated() where key >= 0 {
            out[pageObjects[index], default: (nil, [])].structParents = key
        }
        for (link, page) in linkPages.enumerated() {
            out[pageObjects[Int(page)], default: (nil, [])].annotations.append(firstAnnotation + link)
        }
        return out
    }

    /// Whether any link leads to a named destination.
    var hasDestinationLinks: Bool {
        log.targets.contains { if case .destination = $0 { true } else { false } }
    }

    /// Writes the elements, the annotations, the parent tree and the root to `file`;
    /// `describe` names what a link leads to.
    func write(to file: CompactPDFFile, describe: (LinkTarget) -> String) throws {
        struct Open {
            var number: Int
            var index: Int
            var type: String
            var kids: [UInt8] = []
            var page: Int?
            var scope: String?
        }
        var stack: [Open] = []
        var topKids: [Int] = []
        var headings: [(original: Int, given: Int)] = []
        var page = -1, mcid = 0
        var array: [UInt8] = []
        var owners: [Int] = []
        owners.reserveCapacity(log.links.count)
        func append(_ text: String, to bytes: inout [UInt8]) { bytes += text.utf8 }
        func flushPage() throws {
            guard page >= 0, arrayNumbers[page] != 0 else { return }
            try file.add(arrayNumbers[page], body: Array("[".utf8) + array + Array("]".utf8))
            array.removeAll(keepingCapacity: true)
        }
        try log.walk { event in
            switch event {
            case .page(let index):
                try flushPage()
                page = index
                mcid = 0
            case .begin(let element, var type):
                if let level = Self.headingLevel(type) {
                    while let last = headings.last, last.original >= level { headings.removeLast() }
                    let given = min(level, (headings.last?.given ?? 0) + 1)
                    headings.append((level, given))
                    type = "H\(given)"
                }
                let number = firstElement + element
                var scope: String?
                if type == "TH", let row = stack.last {
                    scope = headerRows.contains(row.index) ? "Column" : "Row"
                }
                if stack.isEmpty { topKids.append(number) } else { append("\(number) 0 R ", to: &stack[stack.count - 1].kids) }
                stack.append(Open(number: number, index: element, type: type, scope: scope))
            case .content:
                let pageObject = pageObjects[page]
                let top = stack.count - 1
                if stack[top].page == nil { stack[top].page = pageObject }
                if stack[top].page == pageObject {
                    append("\(mcid) ", to: &stack[top].kids)
                } else {
                    append("<< /Type /MCR /Pg \(pageObject) 0 R /MCID \(mcid) >> ", to: &stack[top].kids)
                }
                append("\(stack[top].number) 0 R ", to: &array)
                mcid += 1
            case .link(let index):
                let top = stack.count - 1
                let annotation = firstAnnotation + index
                let pageObject = pageObjects[Int(linkPages[index])]
                if stack[top].page == nil { stack[top].page = pageObject }
                append("<< /Type /OBJR /Obj \(annotation) 0 R >> ", to: &stack[top].kids)
                owners.append(stack[top].number)
                let link = log.links[index]
                let target = log.targets[Int(link.target)]
                try file.add(annotation, body: Self.annotation(link, to: target, height: log.pageHeights[page],
                                                               key: firstLinkKey + index, description: describe(target)))
            case .end:
                let element = stack.removeLast()
                let parent = stack.last?.number ?? documentNumber ?? rootNumber
                try file.add(element.number, body: body(of: element.index, type: element.type, parent: parent, page: element.page,
                                                        kids: element.kids, scope: element.scope))
            }
        }
        try flushPage()
        if let documentNumber {
            let kids = topKids.map { "\($0) 0 R" }.joined(separator: " ")
            try file.add(documentNumber, body: Array("<< /Type /StructElem /S /Document /P \(rootNumber) 0 R /K [\(kids)] >>".utf8))
        }
        // The parent tree: each page marking content has its array of elements by MCID; each
        // link annotation, its `Link` element.
        var entries: [(key: Int, value: Int)] = []
        for (index, key) in pageKeys.enumerated() where key >= 0 { entries.append((key, arrayNumbers[index])) }
        for (index, owner) in owners.enumerated() { entries.append((firstLinkKey + index, owner)) }
        var kids = ""
        for (leaf, start) in zip(leafNumbers, stride(from: 0, to: entries.count, by: Self.entriesPerLeaf)) {
            let slice = entries[start..<min(entries.count, start + Self.entriesPerLeaf)]
            let nums = slice.map { "\($0.key) \($0.value) 0 R" }.joined(separator: " ")
            try file.add(leaf, body: Array("<< /Limits [\(slice.first!.key) \(slice.last!.key)] /Nums [\(nums)] >>".utf8))
            kids += "\(leaf) 0 R "
        }
        try file.add(parentTreeNumber, body: Array("<< /Kids [\(kids)] >>".utf8))
        let top = documentNumber ?? topKids.first ?? 0
        try file.add(rootNumber, body: Array(("<< /Type /StructTreeRoot /K \(top) 0 R /ParentTree \(parentTreeNumber) 0 R "
                                              + "/ParentTreeNextKey \(firstLinkKey + log.links.count) >>").utf8))
    }

    /// The body of element `index`.
    private func body(of index: Int, type: String, parent: Int, page: Int?, kids: [UInt8], scope: String?) -> [UInt8] {
        var out = Array("<< /Type /StructElem /S /\(type) /P \(parent) 0 R".utf8)
        if let page { out += " /Pg \(page) 0 R".utf8 }
        if !kids.isEmpty {
            out += " /K [".utf8
            out += kids.dropLast()
            out += "]".utf8
        }
        if let alt = log.alt(index) { out += " /Alt \(PDFTextString.encode(alt))".utf8 }
        if let language = log.language(index) { out += " /Lang \(PDFTextString.encode(language))".utf8 }
        if let scope { out += " /A << /O /Table /Scope /\(scope) >>".utf8 }
        out += " >>".utf8
        return out
    }

    /// A link annotation: its area turned from device space into the page's (y upwards),
    /// invisible, printable, with its parent-tree key and description.
    private static func annotation(_ link: StructureLog.Link, to target: LinkTarget, height: Double, key: Int,
                                   description: String) -> [UInt8] {
        let box = [Double(link.minX), height - Double(link.maxY), Double(link.maxX), height - Double(link.minY)]
        var out = "<< /Type /Annot /Subtype /Link /Rect [\(box.map(number).joined(separator: " "))] /BS << /W 0 >> /F 4"
        out += " /StructParent \(key) /Contents \(PDFTextString.encode(description))"
        switch target {
        case .url(let uri): out += " /A << /S /URI /URI \(PDFTextString.bytes(uri)) >>"
        case .destination(let name): out += " /Dest \(PDFTextString.bytes(name))"
        }
        return Array((out + " >>").utf8)
    }

    /// A number as PDF writes it: plain decimal, at most three decimals.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// The level of "H1" … "H6", nil for any other type.
    static func headingLevel(_ type: String) -> Int? {
        guard type.count == 2, type.first == "H", let level = Int(type.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }
}
