// PDFFinisher: the last step of a PDF: language, artifacts, structure corrections, links, metadata, output intent, object streams.
import DossierDisplay
import Foundation

/// Completes a PDF drawn by cairo 1.16 so that it meets PDF/UA-1 and PDF/A-2a, and writes it
/// small, in one pass over the objects: the content marks become marked content and page
/// furniture and decoration artifacts (`ContentArtifacts`), the structure tree and the link
/// annotations are written from the structure drawn (`StructureTree`), pages get a tab order,
/// CID fonts their glyph map, and the catalog the document language, XMP metadata,
/// `DisplayDocTitle` and (for PDF/A) an sRGB output intent.
/// Objects other than streams are packed into object streams (`CompactPDFFile`). It first reads
/// only the objects it plans edits for, then copies the file object by object, so memory does not
/// grow with the document, and the output depends only on the input bytes. It refuses a PDF that
/// this renderer did not write. Sendable: a value.
struct PDFFinisher: Sendable {
    /// What cairo writes as the producer of every PDF this renderer draws.
    static let producerPrefix = "cairo "

    var metadata: DocumentMetadata
    var options: PDFOptions
    /// The structure drawn: its pages, elements, marked content and links.
    var structure = StructureLog()
    /// Pages drawn to be merged into others (`Page.overlays`): the page index of each such page,
    /// and of the page it is drawn over. They leave the page tree; their content is appended to
    /// their page's, their resources join its resources.
    var overlays: [Int: Int] = [:]

    /// What the first pass decided: the edits by object, what is not copied, which streams are
    /// page contents, and the streams to add.
    fileprivate struct Plan {
        var edits: [Int: ObjectEdits] = [:]
        var skipped = Set<Int>()
        /// Page contents by their first stream: every stream joined into it.
        var contents: [Int: PageContent] = [:]
        /// Resources objects that overlay resources were merged into.
        var mergedResources = Set<Int>()
        var addedStreams: [(number: Int, dictionary: String, data: [UInt8])] = []
    }

    /// Reads the PDF at `input` and writes the finished one to `output` (which must not exist).
    func run(input: String, output: String) throws {
        let source: PDFSource
        do { source = try PDFSource(path: input) } catch let error as PDFSource.Failure {
            throw failure(input, "cannot read it as a PDF: \(error)")
        }
        do {
            guard case .reference(let root)? = source.trailer["Root"] else { throw PDFSource.Failure(description: "the trailer names no catalog") }
            let infoNumber = source.trailer["Info"]?.references.first
            let info = try infoNumber.map { try source.object($0) }
            let producer = info?.value["Producer"]?.text ?? ""
            let creator = info?.value["Creator"]?.text ?? ""
            guard producer.hasPrefix(Self.producerPrefix), creator == metadata.creator else {
                throw failure(input, "it was not written by dossier's renderer (producer \"\(producer)\", creator \"\(creator)\", "
                                     + "expected a PDF from cairo with creator \"\(metadata.creator)\"); it is left as it is")
            }
            var nextNumber = source.size
            func newNumber() -> Int { defer { nextNumber += 1 }; return nextNumber }
            var plan = Plan()
            let catalog = try source.object(root)
            guard case .dictionary = catalog.value else { throw PDFSource.Failure(description: "the catalog is not a dictionary") }
            guard catalog.value["StructTreeRoot"] == nil else {
                throw PDFSource.Failure(description: "the catalog has a structure tree already")
            }
            var tree = structure.isEmpty ? nil : try StructureTree(log: structure)
            let (drawn, pages, overlayResources) = try planPages(source, catalog: catalog, tags: tree?.tags ?? [], plan: &plan)
            // The pages' contents are known: a second thread marks them while the rest is planned.
            let contents = try PageContents(plan: plan, source: source, input: input, types: structure.types,
                                            secondThread: options.usesSecondThread)
            defer { contents.stop() }
            let finalIndex = Dictionary(pages.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            try tree?.number(pages: drawn, overlays: overlays, finalIndex: finalIndex, next: &nextNumber)
            let destinations = try planPagesAndFonts(pages, tree: tree, overlayResources: overlayResources, source,
                                                     catalog: catalog, finalIndex: finalIndex, plan: &plan)
            try planCatalog(catalog, info: info, producer: producer, tree: tree, plan: &plan, newNumber: newNumber)
            try write(source, plan: plan, contents: contents, root: root, info: infoNumber, output: output, firstNewNumber: nextNumber) { file in
                try tree?.write(to: file) { Self.describe($0, destinations: destinations) }
            }
        } catch let error as PDFSource.Failure {
            throw failure(input, "\(error)")
        } catch let error as PDFParser.Failure {
            throw failure(input, "\(error)")
        } catch let error as Flate.Failure {
            throw failure(input, "\(error)")
        }
    }

    private func failure(_ path: String, _ reason: String) -> RenderError { .postprocessingFailed(path: path, reason: reason) }

    // MARK: - Planning

    /// Plans the tab order of every page and its content (with the overlay drawn over it, and
    /// `tags`, the structure types of its marked content, by page drawn), and returns the pages
    /// drawn, the pages of the document (without the overlays), in order, and the resources of
    /// the overlays merged into them.
    private func planPages(_ source: PDFSource, catalog: PDFSource.Object, tags: [[UInt8]],
                           plan: inout Plan) throws -> (drawn: [Int], pages: [Int], overlayResources: [PDFValue?]) {
        var pages: [Int] = []
        var overlayResources: [PDFValue?] = []
        func collect(_ number: Int, depth: Int) throws {
            guard depth < 64 else { return }
            let node = try source.object(number)
            if node.value["Type"]?.name == "Pages" {
                for kid in node.value["Kids"]?.references ?? [] { try collect(kid, depth: depth + 1) }
            } else {
                pages.append(number)
            }
        }
        if case .reference(let tree)? = catalog.value["Pages"] { try collect(tree, depth: 0) }
        let drawn = pages
        let drawnIndex = Dictionary(pages.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // Overlays are merged into their pages: what is left are the document's pages.
        var overlayOf: [Int: Int] = [:]
        if !overlays.isEmpty {
            for (overlay, base) in overlays {
                guard overlay < pages.count, base < pages.count, overlays[base] == nil, overlayOf[pages[base]] == nil else {
                    throw PDFSource.Failure(description: "page \(overlay + 1) cannot be drawn over page \(base + 1) of \(pages.count)")
                }
                overlayOf[pages[base]] = pages[overlay]
            }
            pages = try removeOverlays(from: pages, source, catalog: catalog, plan: &plan)
        }
        for number in pages {
            let page = try source.object(number)
            var pageEdits = plan.edits[number] ?? ObjectEdits()
            if let range = page.ranges["Tabs"] {
                pageEdits.replace(range, with: "/S")
            } else {
                pageEdits.insert(at: page.valueRange.lowerBound + 2, " /Tabs /S")
            }
            var content = PageContent(streams: page.value["Contents"]?.references ?? [])
            if let index = drawnIndex[number], index < tags.count { content.tags = tags[index] }
            if let overlayNumber = overlayOf[number] {
                let overlay = try source.object(overlayNumber)
                content.overlay = overlay.value["Contents"]?.references ?? []
                content.renames = try mergeResources(of: overlay, into: page, source, plan: &plan)
                plan.skipped.insert(overlayNumber)
                overlayResources.append(overlay.value["Resources"])
            }
            if let first = content.streams.first ?? content.overlay.first {
                plan.contents[first] = content
                plan.skipped.formUnion((content.streams + content.overlay).filter { $0 != first })
                if content.streams.count + content.overlay.count > 1, let range = page.ranges["Contents"] {
                    pageEdits.replace(range, with: "\(first) 0 R")
                }
            }
            plan.edits[number] = pageEdits
        }
        return (drawn, pages, overlayResources)
    }

    /// Plans each page's entries of the structure tree (`/StructParents`, `/Annots`) and the
    /// glyph maps of its CID fonts and those of the overlays merged into the pages; returns the
    /// page index of every named destination, when a link leads to one. Each page object is
    /// read again: planning the contents first lets the second thread start on them sooner.
    private func planPagesAndFonts(_ pages: [Int], tree: StructureTree?, overlayResources: [PDFValue?], _ source: PDFSource,
                                   catalog: PDFSource.Object, finalIndex: [Int: Int], plan: inout Plan) throws -> [String: Int] {
        var fontsSeen = Set<Int>()
        for resources in overlayResources { try planGlyphMaps(resources, in: source, seen: &fontsSeen, plan: &plan) }
        let entries = tree?.pageEntries() ?? [:]
        for number in pages {
            let page = try source.object(number)
            if let entry = entries[number] {
                var pageEdits = plan.edits[number] ?? ObjectEdits()
                let start = page.valueRange.lowerBound + 2
                if let key = entry.structParents {
                    guard page.value["StructParents"] == nil else { throw PDFSource.Failure(description: "page object \(number) has /StructParents already") }
                    pageEdits.insert(at: start, " /StructParents \(key)")
                }
                if !entry.annotations.isEmpty {
                    guard page.value["Annots"] == nil else { throw PDFSource.Failure(description: "page object \(number) has annotations already") }
                    pageEdits.insert(at: start, " /Annots [" + entry.annotations.map { "\($0) 0 R" }.joined(separator: " ") + "]")
                }
                plan.edits[number] = pageEdits
            }
            try planGlyphMaps(page.value["Resources"], in: source, seen: &fontsSeen, plan: &plan)
        }
        guard tree?.hasDestinationLinks == true else { return [:] }
        return try namedDestinations(source, catalog: catalog, pageIndex: finalIndex)
    }

    /// Takes the overlay pages out of the page tree, which cairo writes as one node, and returns
    /// the pages left.
    private func removeOverlays(from pages: [Int], _ source: PDFSource, catalog: PDFSource.Object,
                                plan: inout Plan) throws -> [Int] {
        guard case .reference(let tree)? = catalog.value["Pages"] else { throw PDFSource.Failure(description: "the catalog names no page tree") }
        let node = try source.object(tree)
        guard node.value["Kids"]?.references == pages, let kids = node.ranges["Kids"], let count = node.ranges["Count"] else {
            throw PDFSource.Failure(description: "the page tree is not one node listing every page")
        }
        let left = pages.enumerated().filter { overlays[$0.offset] == nil }.map(\.element)
        var edits = plan.edits[tree] ?? ObjectEdits()
        edits.replace(kids, with: "[" + left.map { "\($0) 0 R" }.joined(separator: " ") + "]")
        edits.replace(count, with: String(left.count))
        plan.edits[tree] = edits
        return left
    }

    /// Adds an overlay page's resources to its page's resources object: entries the page has
    /// already stay as they are; a name the page uses for something else is renamed. Returns the
    /// renames, for the overlay's content.
    private func mergeResources(of overlay: PDFSource.Object, into page: PDFSource.Object, _ source: PDFSource,
                                plan: inout Plan) throws -> [String: String] {
        guard case .reference(let overlayNumber)? = overlay.value["Resources"] else { return [:] }
        guard case .reference(let pageNumber)? = page.value["Resources"], pageNumber != overlayNumber,
              !plan.mergedResources.contains(pageNumber) else {
            throw PDFSource.Failure(description: "page object \(page.number) has no resources of its own to merge an overlay into")
        }
        plan.mergedResources.insert(pageNumber)
        plan.skipped.insert(overlayNumber)
        let resources = try source.object(pageNumber)
        let added = try source.object(overlayNumber)
        var renames: [String: String] = [:]
        var edits = plan.edits[pageNumber] ?? ObjectEdits()
        for (category, range) in added.ranges.entries where category != "ProcSet" {
            guard case .dictionary(let existing)? = resources.value[category] ?? .dictionary(PDFEntries()),
                  case .dictionary(let entries)? = added.value[category] else {
                throw PDFSource.Failure(description: "resources \(category) of object \(overlayNumber) are not a dictionary written in place")
            }
            let bytes = try source.file.read(at: range.lowerBound, count: range.count)
            var parser = PDFParser(bytes)
            let written = try parser.dictionaryValueRanges()
            var text = ""
            for (name, value) in entries.entries where existing[name] != value {
                var given = name
                if existing[name] != nil {
                    var k = 1
                    repeat { given = "\(name)o\(k)"; k += 1 } while existing[given] != nil || entries[given] != nil
                    renames[name] = given
                }
                guard let valueRange = written[name] else { continue }
                text += " /\(given) " + String(decoding: bytes[valueRange], as: UTF8.self)
            }
            guard !text.isEmpty else { continue }
            if let target = resources.ranges[category] {
                edits.insert(at: target.lowerBound + 2, text)
            } else {
                edits.insert(at: resources.valueRange.lowerBound + 2, " /\(category) <<\(text) >>")
            }
        }
        plan.edits[pageNumber] = edits
        return renames
    }

    /// The references in `value`, or in the array object it refers to.
    private func references(_ value: PDFValue?, in source: PDFSource) throws -> [Int] {
        if case .reference(let n)? = value, source.contains(n) {
            let object = try source.object(n)
            if case .array = object.value { return object.value.references }
            return [n]
        }
        return value?.references ?? []
    }

    /// The value of `value`, read from its object when it is a reference.
    private func resolved(_ value: PDFValue?, in source: PDFSource) throws -> PDFValue? {
        if case .reference(let n)? = value { return source.contains(n) ? try source.object(n).value : nil }
        return value
    }

    /// Gives each embedded CID TrueType font the identity glyph map: cairo's subsets number their
    /// glyphs by CID, and PDF/A wants the map written out.
    private func planGlyphMaps(_ resources: PDFValue?, in source: PDFSource, seen: inout Set<Int>, plan: inout Plan) throws {
        guard case .dictionary(let fonts)? = try resolved(try resolved(resources, in: source)?["Font"], in: source) else { return }
        for case .reference(let number) in fonts.values
        where source.contains(number) && seen.insert(number).inserted {
            let font = try source.object(number)
            guard font.value["Subtype"]?.name == "Type0" else { continue }
            for descendant in try references(font.value["DescendantFonts"], in: source) where source.contains(descendant) {
                let cidFont = try source.object(descendant)
                guard cidFont.value["Subtype"]?.name == "CIDFontType2", cidFont.value["CIDToGIDMap"] == nil else { continue }
                plan.edits[descendant, default: ObjectEdits()].insert(at: cidFont.valueRange.lowerBound + 2, " /CIDToGIDMap /Identity")
            }
        }
    }

    /// Names what a link leads to, for readers that announce the annotation.
    static func describe(_ target: LinkTarget, destinations: [String: Int]) -> String {
        switch target {
        case .url(let uri): return "Link to \(uri)"
        case .destination(let name):
            if let page = destinations[name] { return "Link to page \(page + 1)" }
            return "Link within this document"
        }
    }

    /// The page index of every named destination (the catalog's `/Names /Dests` tree).
    private func namedDestinations(_ source: PDFSource, catalog: PDFSource.Object, pageIndex: [Int: Int]) throws -> [String: Int] {
        var out: [String: Int] = [:]
        func walk(_ node: PDFValue?, depth: Int) throws {
            guard depth < 32, let node = try resolved(node, in: source) else { return }
            if case .array(let items)? = try resolved(node["Names"], in: source) {
                for i in stride(from: 0, to: items.count - 1, by: 2) {
                    guard let name = items[i].text, var target = try resolved(items[i + 1], in: source) else { continue }
                    if let d = try resolved(target["D"], in: source) { target = d }
                    if case .array(let parts) = target, case .reference(let page)? = parts.first, let index = pageIndex[page] {
                        out[name] = index
                    }
                }
            }
            for kid in node["Kids"]?.references ?? [] { try walk(.reference(kid), depth: depth + 1) }
        }
        try walk(try resolved(catalog.value["Names"], in: source)?["Dests"], depth: 0)
        return out
    }

    /// Plans the catalog's language, tagged flag, XMP metadata, `DisplayDocTitle` and, for PDF/A,
    /// the sRGB output intent; and the Info dictionary's title.
    private func planCatalog(_ catalog: PDFSource.Object, info: PDFSource.Object?, producer: String, tree: StructureTree?,
                             plan: inout Plan, newNumber: () -> Int) throws {
        var edits = plan.edits[catalog.number] ?? ObjectEdits()
        let start = catalog.valueRange.lowerBound + 2
        if !metadata.language.isEmpty, catalog.value["Lang"] == nil { edits.insert(at: start, " /Lang \(PDFTextString.encode(metadata.language))") }
        if let tree {
            edits.insert(at: start, " /StructTreeRoot \(tree.root) 0 R")
            if catalog.value["MarkInfo"] == nil { edits.insert(at: start, " /MarkInfo << /Marked true >>") }
        }
        func infoText(_ key: String) -> String { info?.value[key]?.text ?? "" }
        let packet = XMPPacket(
            title: metadata.title, author: infoText("Author"), subject: infoText("Subject"), keywords: infoText("Keywords"),
            creatorTool: infoText("Creator"), producer: producer, language: metadata.language,
            creationDate: info?.value["CreationDate"]?.text, modificationDate: info?.value["ModDate"]?.text, standard: options.standard)
        let metadataNumber = newNumber()
        let xmp = packet.bytes
        plan.addedStreams.append((metadataNumber, "<< /Type /Metadata /Subtype /XML /Length \(xmp.count) >>", xmp))
        for (key, value) in [("Metadata", "\(metadataNumber) 0 R"), ("ViewerPreferences", "<< /DisplayDocTitle true >>")] {
            if let range = catalog.ranges[key] { edits.replace(range, with: value) } else { edits.insert(at: start, " /\(key) \(value)") }
        }
        if options.standard.declaresA2a {
            guard let profile = options.colorProfile, !profile.isEmpty else {
                throw RenderError.invalidMetadata("PDF/A needs an sRGB colour profile for its output intent, and none was given")
            }
            let iccNumber = newNumber()
            let icc = Flate.deflate(profile)
            plan.addedStreams.append((iccNumber, "<< /N 3 /Filter /FlateDecode /Length \(icc.count) >>", icc))
            let intent = "[ << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                + "/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(iccNumber) 0 R >> ]"
            if let range = catalog.ranges["OutputIntents"] { edits.replace(range, with: intent) } else { edits.insert(at: start, " /OutputIntents \(intent)") }
        }
        plan.edits[catalog.number] = edits
        if let info, infoText("Title") != metadata.title {
            let title = PDFTextString.encode(metadata.title)
            if let range = info.ranges["Title"] {
                plan.edits[info.number, default: ObjectEdits()].replace(range, with: title)
            } else {
                plan.edits[info.number, default: ObjectEdits()].insert(at: info.valueRange.lowerBound + 2, " /Title \(title)")
            }
        }
    }

    // MARK: - Writing

    /// Copies every object with its edits, page contents with their artifacts marked (`contents`),
    /// streams with direct lengths and compressed, then the objects `adding` writes and the added objects.
    private func write(_ source: PDFSource, plan: Plan, contents: PageContents, root: Int, info: Int?, output: String,
                       firstNewNumber: Int, adding: (CompactPDFFile) throws -> Void) throws {
        let file = try CompactPDFFile(path: output, firstNewNumber: firstNewNumber, secondThread: options.usesSecondThread)
        try file.writeRaw(try source.file.read(at: 0, count: source.headerEnd)[...])
        var lengths = Set<Int>()
        for number in source.fileOrder where !plan.skipped.contains(number) && !lengths.contains(number) {
            let (bytes, base, plainValue) = try source.rawObject(number)
            var edits = plan.edits[number] ?? ObjectEdits()
            if let plainValue {
                try file.add(number, body: try edits.applied(to: bytes, base: base, range: plainValue))
                continue
            }
            let object = try source.object(number, in: bytes, base: base)
            if case .reference(let length)? = object.value["Length"] { lengths.insert(length) }
            var data = try source.streamData(of: object)
            var content = try contents.marked(number)
            if content == nil, object.value["Filter"] == nil {
                // cairo writes its streams uncompressed (`PDFSurface`): they are compressed here.
                content = Flate.deflate(Array(bytes[(data.lowerBound - base)..<(data.upperBound - base)]))
            }
            if content != nil, object.value["Filter"] == nil {
                edits.insert(at: object.valueRange.lowerBound + 2, " /Filter /FlateDecode")
            }
            guard let lengthRange = object.ranges["Length"] else { throw PDFSource.Failure(description: "object \(number) has no /Length") }
            let count = content?.count ?? data.count
            edits.replace(lengthRange, with: String(count))
            let dictionary = try edits.applied(to: bytes, base: base, range: object.valueRange)
            if let content {
                try file.addStream(number, dictionary: dictionary, data: content[...])
            } else {
                data = (data.lowerBound - base)..<(data.upperBound - base)
                try file.addStream(number, dictionary: dictionary, data: bytes[data])
            }
        }
        try adding(file)
        for (number, dictionary, data) in plan.addedStreams { try file.addStream(number, dictionary: Array(dictionary.utf8), data: data[...]) }
        try file.finish(root: root, info: info)
    }
}

/// The content streams of one page: its own, then those of the page drawn over it, whose
/// resource names `renames` changes. Sendable: a value.
private struct PageContent: Sendable {
    var streams: [Int]
    /// The structure types (codes) of its marked content, by MCID.
    var tags: [UInt8] = []
    var overlay: [Int] = []
    var renames: [String: String] = [:]
}

/// The pages' contents with their artifacts marked, compressed, in the order they stand in the
/// file: unpacked, marked and packed again on a second thread (with a reader of its own), up to
/// `lead` pages ahead of the copy, or on the calling thread when it is the only one.
private final class PageContents {
    /// How many pages the second thread may mark ahead: the pages, fonts and catalog are planned
    /// meanwhile, and a marked page is a few kilobytes.
    static let lead = 512
    private let order: [Int]
    private let index: [Int: Int]
    private let mark: @Sendable (Int) throws -> [UInt8]
    private let marking: WorkAhead<[UInt8]>?

    init(plan: PDFFinisher.Plan, source: PDFSource, input: String, types: [String], secondThread: Bool) throws {
        let order = source.fileOrder.filter { plan.contents[$0] != nil && !plan.skipped.contains($0) }
        self.order = order
        index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let reader = ContentReader(secondThread ? try PDFSource(path: input) : source, types: types)
        let contents = plan.contents
        let mark = { @Sendable (k: Int) throws -> [UInt8] in
            try reader.marked(contents[order[k]] ?? PageContent(streams: [order[k]]))
        }
        self.mark = mark
        marking = secondThread ? WorkAhead(count: order.count, ahead: Self.lead, name: "dossier page contents", work: mark) : nil
    }

    /// The marked content of the page whose first content stream is object `number`; nil when
    /// it is none.
    func marked(_ number: Int) throws -> [UInt8]? {
        guard let k = index[number] else { return nil }
        return try marking?.take(k) ?? mark(k)
    }

    func stop() { marking?.stop() }
}

/// Reads a page's content streams through a reader of its own and returns them joined, with the
/// artifacts marked, compressed. Sendable (`@unchecked`): used on one thread at a time (the
/// thread of the `WorkAhead` that owns it).
private final class ContentReader: @unchecked Sendable {
    private let source: PDFSource
    /// The structure types, by the codes pages' tags give.
    private let types: [String]

    init(_ source: PDFSource, types: [String]) {
        self.source = source
        self.types = types
    }

    func marked(_ page: PageContent) throws -> [UInt8] {
        var content = try joined(page.streams)
        if !page.overlay.isEmpty {
            // The page's own content may leave the graphics state changed; the overlay's starts
            // from the page's default, as it was drawn.
            content = Array("q\n".utf8) + content + Array("Q\n".utf8)
            let overlay = try joined(page.overlay)
            content += page.renames.isEmpty ? overlay : ContentNames.renamed(overlay, page.renames)
        }
        return Flate.deflate(try ContentArtifacts.mark(content, tags: page.tags.map { types[Int($0)] }))
    }

    private func joined(_ numbers: [Int]) throws -> [UInt8] {
        var content: [UInt8] = []
        for number in numbers {
            let (bytes, base, object) = try source.wholeObject(number)
            let range = try source.streamData(of: object)
            let data = Array(bytes[(range.lowerBound - base)..<(range.upperBound - base)])
            // Flate without parameters (a predictor would need undoing) is the one filter taken.
            let plainFlate = object.value["DecodeParms"] == nil
            switch object.value["Filter"] {
            case nil:
                content += data
            case .name("FlateDecode")? where plainFlate, .array([.name("FlateDecode")])? where plainFlate:
                content += try Flate.inflate(data)
            default:
                throw PDFSource.Failure(description: "object \(number): page content with a filter other than FlateDecode")
            }
            content.append(0x0A)
        }
        return content
    }
}
