// PDFFinisher: the last step of a PDF: artifacts, table scopes, heading levels, links, metadata, output intent, and object streams.
import DossierDisplay
import Foundation

/// Completes a tagged PDF drawn by cairo 1.16 (after `PDFPostprocessor`) so that it meets
/// PDF/UA-1 and PDF/A-2a, and writes it small: page furniture and decoration become artifacts
/// (`ContentArtifacts`), header cells get a scope, heading levels stop skipping, links get a
/// description, the Print flag and a tab order, CID fonts their glyph map, and the catalog XMP
/// metadata, `DisplayDocTitle` and (for PDF/A) an sRGB output intent. libqpdf writes the result
/// with object streams and an `/ID` derived from the content, so rebuilds stay byte-identical.
/// It refuses a PDF that this renderer did not write. Sendable: a value.
struct PDFFinisher: Sendable {
    /// The structure type cairo is given for page furniture; it never reaches the output. cairo
    /// 1.16 accepts only the standard types, and the document uses `Private` for nothing else.
    static let paginationTag = "Private"
    /// What cairo writes as the producer of every PDF this renderer draws.
    static let producerPrefix = "cairo "

    var metadata: DocumentMetadata
    var options: PDFOptions
    /// The structure elements drawn, in order, with their languages.
    var structure = StructureLog()

    /// Reads the PDF at `input` and writes the finished one to `output`.
    func run(input: String, output: String) throws {
        let pdf: QPDFDocument
        do { pdf = try QPDFDocument(path: input) } catch let error as QPDFDocument.Failure {
            throw failure(input, "cannot read it as a PDF: \(error)")
        }
        do {
            let info = pdf.value(pdf.trailer, "Info")
            let producer = info.flatMap { pdf.text(pdf.value($0, "Producer")) } ?? ""
            let creator = info.flatMap { pdf.text(pdf.value($0, "Creator")) } ?? ""
            guard producer.hasPrefix(Self.producerPrefix), creator == metadata.creator else {
                throw failure(input, "it was not written by dossier's renderer (producer \"\(producer)\", creator \"\(creator)\", "
                                     + "expected a PDF from cairo with creator \"\(metadata.creator)\"); it is left as it is")
            }
            if let treeRoot = pdf.value(pdf.root, "StructTreeRoot"), pdf.number(treeRoot) > 0 {
                var edits = StructureEdits(pdf: pdf, paginationTag: Self.paginationTag, structure: structure)
                try edits.apply(underRootNumbered: pdf.number(treeRoot))
            }
            try finishPages(pdf)
            // The steps above free qpdf's handles as they go: read the Info dictionary anew.
            try finishCatalog(pdf, info: pdf.value(pdf.trailer, "Info"), producer: producer)
            try pdf.write(to: output)
            // The file is renamed over the last good one next: it must be on disk first.
            let descriptor = open(output, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0, fsync(descriptor) == 0 else {
                if descriptor >= 0 { close(descriptor) }
                throw RenderError.cannotWrite(path: output, reason: String(cString: strerror(errno)))
            }
            close(descriptor)
        } catch let error as QPDFDocument.Failure {
            throw failure(input, "\(error)")
        }
    }

    private func failure(_ path: String, _ reason: String) -> RenderError { .postprocessingFailed(path: path, reason: reason) }

    /// Marks artifacts in every page's content, sets the tab order, describes links and makes
    /// them print, and gives CID fonts their glyph map.
    private func finishPages(_ pdf: QPDFDocument) throws {
        var destinations: [String: Int]?
        var fontsSeen = Set<Int>()
        for index in 0..<(try pdf.pageCount()) {
            defer { pdf.releaseHandles() }
            let page = pdf.page(index)
            if let contents = pdf.value(page, "Contents") {
                let streams = pdf.items(contents)
                var content: [UInt8] = []
                for stream in streams { content += try pdf.streamData(stream) + [0x0A] }
                let marked = ContentArtifacts.mark(content, paginationTag: Self.paginationTag)
                if streams.count == 1 {
                    try pdf.replaceData(of: streams[0], with: marked)
                } else {
                    pdf.set(page, "Contents", try pdf.newStream(marked, dictionary: "<< >>"))
                }
            }
            try pdf.set(page, "Tabs", parsing: "/S")
            if let annotations = pdf.value(page, "Annots") {
                for annotation in pdf.items(annotations) where pdf.name(pdf.value(annotation, "Subtype")) == "Link" {
                    let flags = pdf.integer(pdf.value(annotation, "F")) ?? 0
                    try pdf.set(annotation, "F", parsing: String(flags | 4))
                    if pdf.value(annotation, "Contents") == nil {
                        if destinations == nil { destinations = try namedDestinations(pdf) }
                        pdf.set(annotation, "Contents", text: describe(link: annotation, in: pdf, destinations: destinations ?? [:]))
                    }
                }
            }
            if let fonts = pdf.value(page, "Resources").flatMap({ pdf.value($0, "Font") }) {
                try addGlyphMaps(fonts, pdf: pdf, seen: &fontsSeen)
            }
        }
    }

    /// Names what a link leads to, for readers that announce the annotation.
    private func describe(link: QPDFDocument.Object, in pdf: QPDFDocument, destinations: [String: Int]) -> String {
        if let action = pdf.value(link, "A"), let uri = pdf.text(pdf.value(action, "URI")) { return "Link to \(uri)" }
        let dest = pdf.value(link, "Dest") ?? pdf.value(link, "A").flatMap { pdf.value($0, "D") }
        if let dest {
            if let name = pdf.text(dest) ?? pdf.name(dest), let page = destinations[name] { return "Link to page \(page + 1)" }
            if pdf.isArray(dest), let target = pdf.items(dest).first, let page = pdf.pageIndex(target) { return "Link to page \(page + 1)" }
        }
        return "Link within this document"
    }

    /// The page index of every named destination (the catalog's `/Names /Dests` tree).
    private func namedDestinations(_ pdf: QPDFDocument) throws -> [String: Int] {
        var out: [String: Int] = [:]
        func walk(_ node: QPDFDocument.Object, depth: Int) {
            guard depth < 32 else { return }
            if let names = pdf.value(node, "Names") {
                let items = pdf.items(names)
                for i in stride(from: 0, to: items.count - 1, by: 2) {
                    guard let name = pdf.text(items[i]) else { continue }
                    var target = items[i + 1]
                    if pdf.isDictionary(target), let d = pdf.value(target, "D") { target = d }
                    if let page = pdf.items(target).first.flatMap({ pdf.pageIndex($0) }) { out[name] = page }
                }
            }
            if let kids = pdf.value(node, "Kids") { for kid in pdf.items(kids) { walk(kid, depth: depth + 1) } }
        }
        if let tree = pdf.value(pdf.root, "Names").flatMap({ pdf.value($0, "Dests") }) { walk(tree, depth: 0) }
        return out
    }

    /// Gives each embedded CID TrueType font the identity glyph map: cairo's subsets number
    /// their glyphs by CID, and PDF/A wants the map written out.
    private func addGlyphMaps(_ fonts: QPDFDocument.Object, pdf: QPDFDocument, seen: inout Set<Int>) throws {
        guard pdf.isDictionary(fonts) else { return }
        for font in pdf.dictionaryValues(fonts) where seen.insert(pdf.number(font)).inserted {
            guard pdf.name(pdf.value(font, "Subtype")) == "Type0", let descendants = pdf.value(font, "DescendantFonts") else { continue }
            for cidFont in pdf.items(descendants)
            where pdf.name(pdf.value(cidFont, "Subtype")) == "CIDFontType2" && pdf.value(cidFont, "CIDToGIDMap") == nil {
                try pdf.set(cidFont, "CIDToGIDMap", parsing: "/Identity")
            }
        }
    }

    /// Adds the XMP metadata, `DisplayDocTitle` and, for PDF/A, the sRGB output intent.
    private func finishCatalog(_ pdf: QPDFDocument, info: QPDFDocument.Object?, producer: String) throws {
        let root = pdf.root
        func infoText(_ key: String) -> String { info.flatMap { pdf.text(pdf.value($0, key)) } ?? "" }
        let packet = XMPPacket(
            title: metadata.title, author: infoText("Author"), subject: infoText("Subject"), keywords: infoText("Keywords"),
            creatorTool: infoText("Creator"), producer: producer, language: metadata.language,
            creationDate: info.flatMap { pdf.text(pdf.value($0, "CreationDate")) },
            modificationDate: info.flatMap { pdf.text(pdf.value($0, "ModDate")) }, standard: options.standard)
        pdf.set(root, "Metadata", try pdf.newStream(packet.bytes, dictionary: "<< /Type /Metadata /Subtype /XML >>"))
        try pdf.set(root, "ViewerPreferences", parsing: "<< /DisplayDocTitle true >>")
        if let info, infoText("Title") != metadata.title { pdf.set(info, "Title", text: metadata.title) }
        if options.standard.declaresA2a {
            guard let profile = options.colorProfile, !profile.isEmpty else {
                throw RenderError.invalidMetadata("PDF/A needs an sRGB colour profile for its output intent, and none was given")
            }
            let icc = try pdf.newStream(profile, dictionary: "<< /N 3 >>")
            let intent = try pdf.parse("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                                       + "/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) >>")
            pdf.set(intent, "DestOutputProfile", icc)
            let intents = try pdf.parse("[]")
            pdf.append(intents, intent)
            pdf.set(root, "OutputIntents", intents)
        }
    }
}
