// Block: the document tree's blocks, each naming the style it is set in.

import DossierDisplay

/// A heading; it may be a contents entry, an outline entry and a link target.
public struct Heading: Hashable, Sendable {
    /// 1 for a chapter, 2 for an incident, 3 below.
    public var level: Int
    public var content: [Inline]
    /// The style name; defaults to `h1`…`h3`.
    public var style: String
    /// The destination name links point to.
    public var anchor: String?
    /// Whether the heading is listed in the contents.
    public var inContents: Bool
    /// The level of its outline entry, if it has one.
    public var outlineLevel: Int?
    /// Whether the running header's `{{section}}` takes this heading's text from here on.
    public var setsSection: Bool
    /// Words added after the title in the contents only, such as the incident's date.
    public var contentsDetail: String?

    public init(level: Int, content: [Inline], style: String? = nil, anchor: String? = nil,
                inContents: Bool = false, outlineLevel: Int? = nil, setsSection: Bool = false) {
        self.level = level; self.content = content; self.style = style ?? "h\(level)"; self.anchor = anchor
        self.inContents = inContents; self.outlineLevel = outlineLevel; self.setsSection = setsSection
    }
}

/// A paragraph of running text.
public struct Paragraph: Hashable, Sendable {
    public var content: [Inline]
    public var style: String
    /// The BCP 47 language, when it differs from the document's.
    public var language: String?
    /// A destination name at the paragraph's first line, for links to it.
    public var anchor: String?
    public init(_ content: [Inline], style: String = "body", language: String? = nil, anchor: String? = nil) {
        self.content = content; self.style = style; self.language = language; self.anchor = anchor
    }
}

/// A quotation set off from the text, with its attribution.
public struct BlockQuote: Sendable {
    /// What is quoted: paragraphs, and from Markdown also lists, nested quotations and spacers.
    public var blocks: [Block]
    public var attribution: [Inline]

    /// Creates a quotation of any blocks.
    public init(blocks: [Block], attribution: [Inline]) { self.blocks = blocks; self.attribution = attribution }

    /// Creates a quotation of paragraphs.
    public init(paragraphs: [Paragraph], attribution: [Inline]) {
        self.init(blocks: paragraphs.map(Block.paragraph), attribution: attribution)
    }

    /// The quotation's own paragraphs, without those inside its lists and nested quotations.
    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }
}

/// A bulleted or numbered list.
public struct ListBlock: Sendable {
    public var ordered: Bool
    public var items: [[Block]]
    public var style: String
    public init(ordered: Bool, items: [[Block]], style: String = "body") {
        self.ordered = ordered; self.items = items; self.style = style
    }
}

/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// A fixed width.
    case fixed(Length)
    /// A share of the width left after fixed and content-sized columns.
    case fraction(Double)
    /// As wide as its widest unbreakable content, up to a share of the table.
    case content
}

/// A table column.
public struct TableColumn: Hashable, Sendable {
    public var width: ColumnWidth
    public var alignment: TextAlignment
    public init(width: ColumnWidth, alignment: TextAlignment = .start) { self.width = width; self.alignment = alignment }
}

/// A table cell: one or more lines of inline content.
public struct TableCell: Hashable, Sendable {
    public var content: [Inline]
    public init(_ content: [Inline]) { self.content = content }
    public init(_ text: String) { self.content = [.text(text)] }
}

/// A table with header rows that repeat on every page it spans.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var header: [[TableCell]]
    public var rows: [[TableCell]]
    /// The table's width; nil for the full measure.
    public var width: Length?
    public var style: String
    /// Whether the whole table must stay on one page when it fits on one.
    public var keepTogether: Bool
    public init(columns: [TableColumn], header: [[TableCell]], rows: [[TableCell]], width: Length? = nil,
                style: String = "table", keepTogether: Bool = false) {
        self.columns = columns; self.header = header; self.rows = rows; self.width = width
        self.style = style; self.keepTogether = keepTogether
    }
}

/// A drawing (chart) or image with a caption, kept on one page.
public struct Figure: Sendable {
    public var drawing: any Drawing
    /// The figure's width; nil for the full measure.
    public var width: Length?
    public var height: Length
    public var caption: [Inline]
    public init(drawing: any Drawing, width: Length? = nil, height: Length, caption: [Inline] = []) {
        self.drawing = drawing; self.width = width; self.height = height; self.caption = caption
    }
}

/// Where the next block starts.
public enum PageBreak: Hashable, Sendable {
    /// On the next page.
    case next
    /// On the next right-hand (odd) page, leaving a blank page if needed.
    case recto
}

/// The table of contents: its entries come from headings marked `inContents`.
public struct Contents: Hashable, Sendable {
    public var title: String
    public init(title: String) { self.title = title }
}

/// A block of the document.
public enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case quote(BlockQuote)
    case list(ListBlock)
    case table(Table)
    case figure(Figure)
    /// Vertical space, dropped at the top of a page.
    case spacer(Length)
    case pageBreak(PageBreak)
    case contents(Contents)
    /// Blocks kept on one page when they fit on one.
    case keepTogether([Block])
    /// Blocks whose content sits in a structure element (a section of the tagged PDF).
    case section([Block])
    /// Blocks made only when the layout reaches them, and dropped once laid out.
    case deferred(DeferredBlocks)
}

/// Blocks made when the layout reaches them and dropped once it has laid them out, so a long
/// dossier is never held whole: an incident's section. What the layout needs to know before it
/// reaches them (the headings the contents lists, whether a note or a page reference occurs) is
/// given when they are promised; the layout checks it against the blocks it is given. Sendable:
/// `make` must be callable from any thread.
public struct DeferredBlocks: Sendable {
    /// The headings among the blocks that the contents lists, in order.
    public var contentsHeadings: [Heading]
    public var containsFootnote: Bool
    public var containsPageReference: Bool
    private let make: @Sendable () -> [Block]

    public init(contentsHeadings: [Heading], containsFootnote: Bool = false, containsPageReference: Bool = false,
                make: @escaping @Sendable () -> [Block]) {
        self.contentsHeadings = contentsHeadings; self.containsFootnote = containsFootnote
        self.containsPageReference = containsPageReference; self.make = make
    }

    /// Makes the blocks.
    public func blocks() -> [Block] { make() }
}

extension Block {
    /// All inline runs of the block, nested blocks included.
    public var inlineRuns: [[Inline]] {
        switch self {
        case .heading(let h): [h.content]
        case .paragraph(let p): [p.content]
        case .quote(let q): q.blocks.flatMap(\.inlineRuns) + [q.attribution]
        case .list(let l): l.items.flatMap { $0.flatMap(\.inlineRuns) }
        case .table(let t): (t.header + t.rows).flatMap { $0.map(\.content) }
        case .figure(let f): [f.caption]
        case .keepTogether(let b), .section(let b): b.flatMap(\.inlineRuns)
        case .deferred(let d): d.blocks().flatMap(\.inlineRuns)
        case .spacer, .pageBreak, .contents: []
        }
    }

    /// Whether the block calls a footnote.
    public var containsFootnote: Bool {
        if case .deferred(let d) = self { return d.containsFootnote }
        return inlineRuns.contains { $0.containsFootnote }
    }

    /// Whether the block's text refers to page numbers, so it must be set again once they are known.
    public var containsPageReference: Bool {
        if case .deferred(let d) = self { return d.containsPageReference }
        return inlineRuns.contains { $0.containsPageReference }
    }
}
