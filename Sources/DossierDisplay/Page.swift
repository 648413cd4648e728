// Page: one finished page of the display list, in page coordinates.

/// A finished page: its size and what is drawn on it, in drawing order.
public struct Page: Sendable {
    /// The page's size.
    public var size: Size
    /// The items, in drawing (and reading) order.
    public var items: [FrameItem]
    /// The physical page number, from 1.
    public var number: Int
    /// Whether this is not a page of its own but what is drawn over page `number` once the
    /// layout has ended: what could not be known when that page was laid out (the page count,
    /// the contents' page numbers). A PDF writer merges it into that page.
    public var overlays = false

    public init(size: Size, items: [FrameItem] = [], number: Int) {
        self.size = size; self.items = items; self.number = number
    }

    /// The text of the page's lines, in order, one line per text item (nested groups included).
    public var textLines: [String] {
        func collect(_ items: [FrameItem], into out: inout [String]) {
            for item in items {
                switch item {
                case .text(let t): out.append(t.line.text)
                case .group(let g): collect(g.items, into: &out)
                default: break
                }
            }
        }
        var out: [String] = []
        collect(items, into: &out)
        return out
    }
}

/// What a reader sees in the PDF's document properties.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// The document's language (BCP 47), for the tagged PDF.
    public var language: String
    /// The creation date as an ISO 8601 instant ("2026-11-20T00:00:00Z"); fixed so builds repeat.
    public var creationDate: String?

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "dossier", language: String = "en", creationDate: String? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.language = language; self.creationDate = creationDate
    }
}

/// Something drawn at a given size from shaped text and vector items: a chart, a diagram.
public protocol Drawing: Sendable {
    /// A text alternative for readers who cannot see the drawing.
    var altText: String { get }
    /// Draws the content into a box of `size` whose top-left corner is the origin.
    func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem]
}
