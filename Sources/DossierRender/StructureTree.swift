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

    /// The number of the tree's root, for the catalog's `/StructTreeRoot`; given by `number`, like the others.
    private(set) var root = 0
    private var documentNumber: Int?, firstElement = 0, firstAnnotation = 0, parentTreeNumber = 0
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
        root = take()
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

    /// What each page object gets: its key in the parent tree, if it marks content, and its link
    /// annotations.
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

    /// An element being written: it has begun and not yet ended.
    private struct Open {
        var number: Int
        var index: Int
        var type: String
        /// Where its kids begin in the kids being written: an element's kids are all written
        /// while it is the innermost open one, so the open elements' kids lie one after another.
        var kidsStart: Int
        var page: Int?
        var scope: String?
    }

    /// Writes the elements, the annotations, the parent tree and the root to `file`;
    /// `describe` names what a link leads to.
    func write(to file: CompactPDFFile, describe: (LinkTarget) -> String) throws {
        var stack: [Open] = []
        var kids: [UInt8] = []
        var topKids: [Int] = []
        var headings: [(original: Int, given: Int)] = []
        var page = -1, mcid = 0
        var array: [UInt8] = []
        var owners: [Int] = []
        owners.reserveCapacity(log.links.count)
        func flushPage() throws {
            guard page >= 0, arrayNumbers[page] != 0 else { return }
            array[0] = UInt8(ascii: "[")
            array.append(UInt8(ascii: "]"))
            try file.add(arrayNumbers[page], compactBody: array)
        }
        try log.walk { event in
            switch event {
            case .page(let index):
                try flushPage()
                page = index
                mcid = 0
                array.removeAll(keepingCapacity: true)
                array.append(0x20)
            case .begin(let element, var type):
                if let level = Self.headingLevel(type) {
                    while let last = headings.last, last.original >= level { headings.removeLast() }
                    let given = min(level, (headings.last?.given ?? 0) + 1)
                    headings.append((level, given))
                    if given != level { type = "H\(given)" }
                }
                var scope: String?
                if type == "TH", let row = stack.last {
                    scope = headerRows.contains(row.index) ? "Column" : "Row"
                }
                stack.append(Open(number: firstElement + element, index: element, type: type, kidsStart: kids.count, scope: scope))
            case .content:
                let pageObject = pageObjects[page]
                let top = stack.count - 1
                if stack[top].page == nil { stack[top].page = pageObject }
                if stack[top].page == pageObject {
                    kids.append(integer: mcid)
                } else {
                    kids.append(pdf: "<< /Type /MCR /Pg ")
                    kids.append(reference: pageObject)
                    kids.append(pdf: " /MCID ")
                    kids.append(integer: mcid)
                    kids.append(pdf: " >>")
                }
                kids.append(0x20)
                array.append(reference: stack[top].number)
                array.append(0x20)
                mcid += 1
            case .link(let index):
                let top = stack.count - 1
                let annotation = firstAnnotation + index
                if stack[top].page == nil { stack[top].page = pageObjects[Int(linkPages[index])] }
                kids.append(pdf: "<< /Type /OBJR /Obj ")
                kids.append(reference: annotation)
                kids.append(pdf: " >> ")
                owners.append(stack[top].number)
                let link = log.links[index]
                let target = log.targets[Int(link.target)]
                try file.add(annotation, compactBody: Self.annotation(link, to: target, height: log.pageHeights[page],
                                                                      key: firstLinkKey + index, description: describe(target)))
            case .end:
                let element = stack.removeLast()
                let parent = stack.last?.number ?? documentNumber ?? root
                try file.add(element.number, compactBody: body(of: element, parent: parent, kids: kids[element.kidsStart...]))
                kids.removeSubrange(element.kidsStart...)
                if stack.isEmpty {
                    topKids.append(element.number)
                } else {
                    kids.append(reference: element.number)
                    kids.append(0x20)
                }
            }
        }
        try flushPage()
        if let documentNumber {
            var document = Array("<< /Type /StructElem /S /Document /P ".utf8)
            document.append(reference: root)
            document.append(pdf: " /K [")
            for (i, kid) in topKids.enumerated() {
                if i > 0 { document.append(0x20) }
                document.append(reference: kid)
            }
            document.append(pdf: "] >>")
            try file.add(documentNumber, compactBody: document)
        }
        // The parent tree: each page marking content has its array of elements by MCID; each
        // link annotation, its `Link` element.
        var entries: [(key: Int, value: Int)] = []
        for (index, key) in pageKeys.enumerated() where key >= 0 { entries.append((key, arrayNumbers[index])) }
        for (index, owner) in owners.enumerated() { entries.append((firstLinkKey + index, owner)) }
        var parentTree = Array("<< /Kids [".utf8)
        for (leaf, start) in zip(leafNumbers, stride(from: 0, to: entries.count, by: Self.entriesPerLeaf)) {
            let slice = entries[start..<min(entries.count, start + Self.entriesPerLeaf)]
            var node = Array("<< /Limits [".utf8)
            node.append(integer: slice.first!.key)
            node.append(0x20)
            node.append(integer: slice.last!.key)
            node.append(pdf: "] /Nums [")
            for (i, entry) in slice.enumerated() {
                if i > 0 { node.append(0x20) }
                node.append(integer: entry.key)
                node.append(0x20)
                node.append(reference: entry.value)
            }
            node.append(pdf: "] >>")
            try file.add(leaf, compactBody: node)
            parentTree.append(reference: leaf)
            parentTree.append(0x20)
        }
        parentTree.append(pdf: "] >>")
        try file.add(parentTreeNumber, compactBody: parentTree)
        var treeRoot = Array("<< /Type /StructTreeRoot /K ".utf8)
        treeRoot.append(reference: documentNumber ?? topKids.first ?? 0)
        treeRoot.append(pdf: " /ParentTree ")
        treeRoot.append(reference: parentTreeNumber)
        treeRoot.append(pdf: " /ParentTreeNextKey ")
        treeRoot.append(integer: firstLinkKey + log.links.count)
        treeRoot.append(pdf: " >>")
        try file.add(root, compactBody: treeRoot)
    }

    /// The body of an element that has ended, with its parent and kids.
    private func body(of element: Open, parent: Int, kids: ArraySlice<UInt8>) -> [UInt8] {
        var out = Array("<< /Type /StructElem /S /".utf8)
        out.reserveCapacity(64 + kids.count)
        out.append(pdf: element.type)
        out.append(pdf: " /P ")
        out.append(reference: parent)
        if let page = element.page {
            out.append(pdf: " /Pg ")
            out.append(reference: page)
        }
        if !kids.isEmpty {
            out.append(pdf: " /K [")
            out += kids.dropLast()
            out.append(UInt8(ascii: "]"))
        }
        if let alt = log.alt(element.index) { out.append(pdf: " /Alt " + PDFTextString.encode(alt)) }
        if let language = log.language(element.index) { out.append(pdf: " /Lang " + PDFTextString.encode(language)) }
        if let scope = element.scope { out.append(pdf: " /A << /O /Table /Scope /" + scope + " >>") }
        out.append(pdf: " >>")
        return out
    }

    /// A link annotation: its area turned from device space into the page's (y upwards),
    /// invisible, printable, with its parent-tree key and description.
    private static func annotation(_ link: StructureLog.Link, to target: LinkTarget, height: Double, key: Int,
                                   description: String) -> [UInt8] {
        var out = Array("<< /Type /Annot /Subtype /Link /Rect [".utf8)
        out.append(integer: Int(link.minX))
        out.append(0x20)
        out.append(real: height - Double(link.maxY))
        out.append(0x20)
        out.append(integer: Int(link.maxX))
        out.append(0x20)
        out.append(real: height - Double(link.minY))
        out.append(pdf: "] /BS << /W 0 >> /F 4 /StructParent ")
        out.append(integer: key)
        out.append(pdf: " /Contents ")
        out.append(pdf: PDFTextString.encode(description))
        switch target {
        case .url(let uri):
            out.append(pdf: " /A << /S /URI /URI ")
            out.append(pdf: PDFTextString.bytes(uri))
            out.append(pdf: " >>")
        case .destination(let name):
            out.append(pdf: " /Dest ")
            out.append(pdf: PDFTextString.bytes(name))
        }
        out.append(pdf: " >>")
        return out
    }

    /// The level of "H1" … "H6", nil for any other type.
    static func headingLevel(_ type: String) -> Int? {
        guard type.count == 2, type.first == "H", let level = Int(type.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }
}
