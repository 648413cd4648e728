// StructureLog: the document's structure as it was drawn: pages, elements, their marked content and links, in drawing order.
import DossierDisplay

/// The structure of a document as it is drawn, from which the finishing step writes the PDF's
/// structure tree (`StructureTree`): pages begin, elements begin and end (nesting like brackets
/// across pages), a marked-content sequence is drawn in the element open at the time, and links
/// are made, each in a `Link` element of its own. A long document has hundreds of thousands of
/// these: each is one byte, and the few alternative texts and languages, and the links' areas
/// and targets, are kept apart. Sendable: a value.
struct StructureLog: Sendable {
    /// One step of the log, as `walk` reports it.
    enum Event {
        /// A page begins: the page index, from 0, in drawing order (overlays included).
        case page(Int)
        /// Element `index` (counted from 0 in the order elements begin) begins.
        case begin(element: Int, type: String)
        /// The element begun last ends.
        case end
        /// A marked-content sequence is drawn in the element open now; the sequences of a page are
        /// numbered in this order from 0 (their MCIDs).
        case content
        /// Link `index` is made in the element open now (its `Link` element).
        case link(Int)
    }

    /// A link annotation: its area in the page's device space (points, y downwards), widened to
    /// whole points as cairo does, and where it leads (an index into `targets`: many links lead
    /// to one source or incident).
    struct Link: Sendable {
        var minX, minY, maxX, maxY: Int32
        var target: Int32
    }

    private static let (endCode, contentCode, linkCode, pageCode, firstTypeCode): (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 1, 2, 3, 4)

    /// The structure types met, in the order they were first met; events refer to them by code.
    private(set) var types: [String] = []
    private var typeCodes: [String: UInt8] = [:]
    private var events: [UInt8] = []
    private var alts: [Int: String] = [:]
    private var languages: [Int: String] = [:]
    private(set) var links: [Link] = []
    /// Where links lead, each once.
    private(set) var targets: [LinkTarget] = []
    private var targetIndex: [LinkTarget: Int32] = [:]
    /// The height of each page, in points, for turning link areas into PDF coordinates.
    private(set) var pageHeights: [Double] = []
    /// How many elements began.
    private(set) var elementCount = 0
    /// How many elements are open now.
    private(set) var depth = 0

    /// Whether no element was ever begun (an untagged document).
    var isEmpty: Bool { elementCount == 0 }

    /// Starts the next page, `height` points high.
    mutating func beginPage(height: Double) {
        events.append(Self.pageCode)
        pageHeights.append(height)
    }

    /// Begins an element of structure type `type` (as written in the PDF's `/S`).
    mutating func begin(_ type: String, alt: String? = nil) {
        let code: UInt8
        if let known = typeCodes[type] {
            code = known
        } else {
            // PDF has about fifty standard types.
            precondition(types.count < 250, "more than 250 structure types")
            code = UInt8(types.count)
            types.append(type)
            typeCodes[type] = code
        }
        if let alt { alts[elementCount] = alt }
        events.append(Self.firstTypeCode + code)
        elementCount += 1
        depth += 1
    }

    /// Ends the element begun last.
    mutating func end() {
        guard depth > 0 else { return }
        events.append(Self.endCode)
        depth -= 1
    }

    /// Records a marked-content sequence of the element open now.
    mutating func content() { events.append(Self.contentCode) }

    /// Records a link over `rect` (device space) in the element open now.
    mutating func link(_ rect: Rect, target: LinkTarget) {
        func point(_ value: Length, _ rule: FloatingPointRoundingRule) -> Int32 {
            Int32(max(-1e9, min(1e9, value.points.isFinite ? value.points : 0)).rounded(rule))
        }
        let index: Int32
        if let known = targetIndex[target] {
            index = known
        } else {
            index = Int32(targets.count)
            targets.append(target)
            targetIndex[target] = index
        }
        events.append(Self.linkCode)
        links.append(Link(minX: point(rect.minX, .down), minY: point(rect.minY, .down), maxX: point(rect.maxX, .up),
                          maxY: point(rect.maxY, .up), target: index))
    }

    /// Sets the language of the element begun last.
    mutating func setLanguage(_ language: String) {
        guard elementCount > 0 else { return }
        languages[elementCount - 1] = language
    }

    /// The alternative text of element `index`, if it has one.
    func alt(_ index: Int) -> String? { alts[index] }
    /// The language of element `index`, where it differs from the document's.
    func language(_ index: Int) -> String? { languages[index] }
    /// The code of structure type `type` in `types`, if an element of it was drawn.
    func code(of type: String) -> UInt8? { typeCodes[type] }

    /// Calls `body` with every event, in drawing order.
    func walk(_ body: (Event) throws -> Void) rethrows {
        var page = 0, element = 0, link = 0
        for event in events {
            switch event {
            case Self.pageCode: try body(.page(page)); page += 1
            case Self.endCode: try body(.end)
            case Self.contentCode: try body(.content)
            case Self.linkCode: try body(.link(link)); link += 1
            default:
                try body(.begin(element: element, type: types[Int(event - Self.firstTypeCode)]))
                element += 1
            }
        }
    }
}
