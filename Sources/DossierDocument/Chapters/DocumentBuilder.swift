// DocumentBuilder: a dossier's records in, the document tree out, in the order the layout names.
// Each chapter is written in a file of its own (DocumentBuilder+Cover, +Overview, +Incident, …).

import DossierDisplay
import DossierLocale
import DossierModel

/// Builds the document of a dossier in a layout.
public struct DocumentBuilder: Sendable {
    public let dossier: Dossier
    public let layout: LayoutSpec
    let sources: SourceIndex
    /// The dossier's sources by id and quotations by incident.
    let records: RecordLookup
    /// The words the document is written in, with its dates and numbers.
    public let wording: Wording
    /// Record values as printed in that language.
    let format: Formatting

    /// Whether each incident's own source list is the link target of its citations (when the
    /// document has no Sources chapter).
    var anchorsSourcesInIncidents = false

    /// Builds in `wording`'s language; English when not given.
    public init(dossier: Dossier, layout: LayoutSpec, wording: Wording = .english) {
        let lookup = RecordLookup(dossier)
        self.dossier = dossier; self.records = lookup; self.sources = SourceIndex(dossier, lookup: lookup)
        self.wording = wording; self.format = Formatting(wording)
        self.layout = layout.localized(wording)
    }

    /// The document's metadata; `creationDate` is the ISO instant to stamp (fixed for reproducible builds).
    public func metadata(creationDate: String?) -> DocumentMetadata {
        let spec = dossier.spec
        return DocumentMetadata(
            title: spec.title, author: spec.organisation ?? "", subject: spec.subtitle ?? "",
            keywords: spec.keywords, creator: "dossier", language: spec.language, creationDate: creationDate)
    }

    /// Builds the document.
    public func build(creationDate: String?) -> Document {
        var cover: [Block] = []
        var body: [Block] = []
        for section in layout.sections {
            switch section {
            case .cover:
                if layout.coverPage { cover = coverBlocks() } else { body += coverBlocks() + [.spacer(.pt(18))] }
            case .contents: append(&body, [.contents(Contents(title: wording.text("contents.title")))])
            case .introduction: for (file, markdown) in dossier.sections { append(&body, introductionBlocks(file, markdown)) }
            case .overview: append(&body, overviewBlocks())
            case .incidents: append(&body, incidentBlocks())
            case .quotations: append(&body, quotationBlocks())
            case .sources: append(&body, sourceBlocks())
            }
        }
        // In duplex, the first chapter after the cover starts on a right-hand page too.
        if layout.rectoChapters && !cover.isEmpty && !body.isEmpty { body.insert(.pageBreak(.recto), at: 0) }
        return Document(metadata: metadata(creationDate: creationDate), layout: layout, cover: cover, body: body)
    }

    /// Appends a chapter, starting it on a new (or right-hand) page.
    private func append(_ body: inout [Block], _ chapter: [Block]) {
        guard !chapter.isEmpty else { return }
        // A title block on the first page is followed directly by the first chapter.
        if !body.isEmpty && !(titleBlockOnly(body)) { body.append(.pageBreak(layout.rectoChapters ? .recto : .next)) }
        body += chapter
    }

    private func titleBlockOnly(_ body: [Block]) -> Bool {
        !layout.coverPage && layout.sections.first == .cover && body.count == coverBlocks().count + 1
    }

    /// A chapter's level-1 heading: in the contents and the outline, and the running lines' section.
    static func chapterHeading(_ title: String, anchor: String) -> Block {
        .heading(Heading(level: 1, content: [.text(title)], anchor: anchor, inContents: true, outlineLevel: 1,
                         setsSection: true))
    }

    /// "a, b and c", with the language's separators.
    func list(_ parts: [String]) -> String { wording.list(parts) }

    /// The string under `key`, filled from `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String { wording.text(key, values) }
}
