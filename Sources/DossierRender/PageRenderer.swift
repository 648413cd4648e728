// PageRenderer: draws a page's display list on a canvas: the one exhaustive switch over FrameItem for every backend.
import CairoPango
import DossierDisplay

/// Draws frame items on a canvas. PDF, PNG and SVG output share it; only the PDF backend is
/// `tagged` and listens for destinations (to build the outline).
///
/// Tagged, it records the document's structure (`StructureLog`) and draws content marks
/// (`Canvas.ContentMark`) around what belongs to an element; the finishing step turns the marks
/// into marked content and writes the structure tree and the link annotations. An element's
/// content is marked from the first thing drawn in it to the next element, link or furniture;
/// what is drawn outside any element is left an artifact. Not Sendable: it holds a canvas.
struct PageRenderer {
    /// A structure element that has begun and not yet ended.
    struct OpenElement {
        var role: StructureRole
        /// Whether shapes drawn in it are its content only when text is marked around them
        /// (it has child elements or links on the page, or goes on to the next): a figure's
        /// chart is its content, a table's rules are not.
        var marksPiecewise: Bool
        /// Whether its content is drawn inside its one link's `Link` element.
        var holdsLink = false
        /// Whether that `Link` element is still open, and how many more lines of text go into it.
        var linkOpen = false
        var linesLeftInLink = 0
    }

    /// A link that holds its element's text: the first `lines` text items; the rest (a page
    /// number set apart after leader dots) follows in the element's own content, so the words
    /// stay apart.
    struct LinkHold {
        var link: LinkItem
        var lines: Int
    }

    let canvas: Canvas
    /// Whether structure and links are recorded and content marked (PDF only).
    let tagged: Bool
    /// Called for each destination placed, in drawing order.
    var onDestination: (DestinationItem) throws -> Void = { _ in }
    /// The PDF whose pages are being imported, kept open from one page to the next.
    private let importedDocuments = ImportedDocuments()
    /// The structure drawn so far.
    private(set) var structure = StructureLog()
    /// The elements open now; they may stay open from one page to the next.
    private(set) var openElements: [OpenElement] = []
    /// Whether a marked-content sequence is open (between content marks).
    private var contentOpen = false
    /// How many artifact markers are open: furniture is drawn between content marks of its own
    /// (`Canvas.ContentMark`), never in an element's content.
    private var furnitureDepth = 0

    init(canvas: Canvas, tagged: Bool) {
        self.canvas = canvas
        self.tagged = tagged
    }

    /// Draws a page's items in order.
    mutating func render(_ page: Page) throws {
        if tagged { structure.beginPage(height: page.size.height.points) }
        var plan = Self.piecewisePlan(page.items)[...]
        links = Self.linkPlan(page.items)[...]
        // An overlay's content joins another page's: it can belong to no element (which would
        // point at the overlay's own page), so what is not furniture is left an artifact.
        overlay = page.overlays
        defer { overlay = false }
        try render(page.items, plan: &plan, page: page.number)
        closeContent()
    }

    /// Whether the page being drawn is an overlay (`Page.overlays`).
    private var overlay = false

    /// The links that hold their element's content, for the elements still to begin on the page.
    private var links: ArraySlice<LinkHold?> = []

    /// Whether `role` makes a structure element (an artifact is marked content, not an element).
    static func isElement(_ role: StructureRole) -> Bool { role != .artifact }

    private mutating func render(_ items: [FrameItem], plan: inout ArraySlice<Bool>, page: Int) throws {
        var index = items.startIndex
        while index < items.endIndex {
            let item = items[index]
            index += 1
            switch item {
            case .text(let text):
                if tagged, let top = openElements.last, top.linkOpen {
                    if top.linesLeftInLink == 0 {
                        closeContent()
                        structure.end()
                        openElements[openElements.count - 1].linkOpen = false
                        openElements[openElements.count - 1].marksPiecewise = true
                    } else {
                        openElements[openElements.count - 1].linesLeftInLink -= 1
                    }
                }
                if tagged, text.rotation == 0, !text.line.links.isEmpty, let starts = canvas.partStarts(of: text.line) {
                    drawLinkedLine(text, partStarts: starts)
                    continue
                }
                openContentIfNeeded()
                canvas.draw(line: text.line, baselineOrigin: text.origin, rotation: text.rotation)
                // A line's links are annotations over the parts of the line they cover.
                for link in text.line.links where text.rotation == 0 {
                    let rect = Rect(x: text.origin.x + link.minX, y: text.origin.y - text.line.ascent,
                                    width: link.maxX - link.minX, height: text.line.ascent + text.line.descent)
                    addLink(rect: rect, target: link.target)
                }
            case .shape(let shape):
                // Rules and fills carry no text: in an element whose text is marked piece by
                // piece they stay out of its content unless text is marked around them.
                if openElements.last?.marksPiecewise == false { openContentIfNeeded() }
                guard var batch = ShapeBatch(shape) else { canvas.draw(shape); continue }
                while index < items.endIndex, case .shape(let next) = items[index], batch.add(next) { index += 1 }
                if batch.paths.count == 1 { canvas.draw(shape) } else { canvas.fill(apart: batch.paths, color: batch.color) }
            case .image(let image):
                openContentIfNeeded()
                try canvas.drawImage(image)
            case .importedPage(let imported):
                openContentIfNeeded()
                try canvas.draw(page: imported.page, of: importedDocuments.open(imported.file), in: imported.rect)
            case .link(let link):
                // An element's one link was begun with it and holds its content.
                if tagged, openElements.last?.holdsLink == true { continue }
                addLink(rect: link.rect, target: link.target)
            case .destination(let destination):
                canvas.destination(name: destination.name, at: destination.point)
                try onDestination(destination)
            case .structure(.language(let language)):
                if tagged { structure.setLanguage(language) }
            case .structure(.begin(.artifact, _)):
                guard tagged else { continue }
                closeContent()
                if furnitureDepth == 0 { canvas.draw(.beginFurniture) }
                furnitureDepth += 1
            case .structure(.end(.artifact)):
                guard tagged, furnitureDepth > 0 else { continue }
                furnitureDepth -= 1
                if furnitureDepth == 0 { canvas.draw(.endFurniture) }
            case .structure(.begin(let role, let alt)):
                guard tagged else { continue }
                closeContent()
                structure.begin(role.rawValue, alt: alt)
                let piecewise = plan.popFirst() ?? true
                if let hold = links.popFirst() ?? nil {
                    beginLink(rect: hold.link.rect, target: hold.link.target)
                    openElements.append(OpenElement(role: role, marksPiecewise: false, holdsLink: true, linkOpen: true,
                                                    linesLeftInLink: hold.lines))
                } else {
                    openElements.append(OpenElement(role: role, marksPiecewise: piecewise))
                }
            case .structure(.end(let role)):
                guard tagged else { continue }
                closeContent()
                guard let open = openElements.last else {
                    throw RenderError.invalidStructure(page: page, reason: "\(role.rawValue) ends but no element is open")
                }
                guard open.role == role else {
                    throw RenderError.invalidStructure(page: page, reason: "\(role.rawValue) ends while \(open.role.rawValue) is open")
                }
                if open.linkOpen { structure.end() }
                structure.end()
                openElements.removeLast()
            case .group(let group):
                canvas.save()
                canvas.translate(dx: group.offset.x, dy: group.offset.y)
                // The clip is in the group's own coordinates, like its items.
                if let clip = group.clip { canvas.clip(to: clip) }
                defer { canvas.restore() }
                try render(group.items, plan: &plan, page: page)
            }
        }
    }

    /// Draws a line with links in pieces: the words of each link in its `Link` element, the rest
    /// in the element's own content, so a reader announces each link with its own words.
    private mutating func drawLinkedLine(_ text: TextItem, partStarts: [Length]) {
        let line = text.line
        let links = line.links.sorted { $0.minX < $1.minX }
        let tolerance = Length.pt(0.01)
        var cursor = -Length.pt(1e9)
        func drawPlain(upTo end: Length) {
            guard partStarts.contains(where: { $0 >= cursor && $0 < end }) else { return }
            openContentIfNeeded()
            canvas.draw(line: line, baselineOrigin: text.origin, partsStartingIn: cursor..<end)
        }
        for link in links {
            let rect = Rect(x: text.origin.x + link.minX, y: text.origin.y - line.ascent,
                            width: link.maxX - link.minX, height: line.ascent + line.descent)
            // Overlapping links (none are made today) keep their area without words of their own.
            guard link.minX - tolerance >= cursor else {
                addLink(rect: rect, target: link.target)
                continue
            }
            drawPlain(upTo: link.minX - tolerance)
            closeContent()
            beginLink(rect: rect, target: link.target)
            openContentIfNeeded()
            canvas.draw(line: line, baselineOrigin: text.origin, partsStartingIn: link.minX - tolerance..<link.maxX - tolerance)
            closeContent()
            structure.end()
            cursor = link.maxX - tolerance
        }
        drawPlain(upTo: Length.pt(1e9))
    }

    /// Begins a `Link` element holding a link over `rect` to `target`; the caller ends it.
    private mutating func beginLink(rect: Rect, target: LinkTarget) {
        structure.begin("Link")
        structure.link(canvas.deviceRect(rect), target: target)
    }

    /// Makes `rect` a link to `target` in a `Link` element of its own, with no content.
    private mutating func addLink(rect: Rect, target: LinkTarget) {
        guard tagged else { return }
        closeContent()
        beginLink(rect: rect, target: target)
        structure.end()
    }

    /// Opens a marked-content sequence for the element open now, unless one is open, furniture
    /// is being drawn, or the page is an overlay.
    private mutating func openContentIfNeeded() {
        guard tagged, !overlay, !contentOpen, furnitureDepth == 0, structure.depth > 0 else { return }
        canvas.draw(.beginContent)
        structure.content()
        contentOpen = true
    }

    private mutating func closeContent() {
        guard contentOpen else { return }
        canvas.draw(.endContent)
        contentOpen = false
    }

    /// For each element beginning on the page, in order: the link whose `Link` element should
    /// hold the element's text, when the element ends on the page and holds exactly one link
    /// item beside its text and no child elements, inline links or furniture (a contents entry).
    /// A line that starts more than an em after the end of the one before on its baseline (a
    /// page number after leader dots) and what follows stay out of the link.
    static func linkPlan(_ items: [FrameItem]) -> [LinkHold?] {
        var plan: [LinkHold?] = []
        // Links and lines count only in the group their element began in: elsewhere they are in other coordinates.
        var stack: [(index: Int, group: Int, links: [LinkItem], lines: [TextItem], mixed: Bool)] = []
        var groups = 0
        func mix() { if !stack.isEmpty { stack[stack.count - 1].mixed = true } }
        func walk(_ items: [FrameItem], group: Int) {
            for item in items {
                switch item {
                case .text(let text):
                    if let top = stack.last, top.group == group, text.line.links.isEmpty, text.rotation == 0 {
                        stack[stack.count - 1].lines.append(text)
                    } else {
                        mix()
                    }
                case .link(let link):
                    if let top = stack.last, top.group == group { stack[stack.count - 1].links.append(link) } else { mix() }
                case .structure(.begin(.artifact, _)): mix()
                case .structure(.begin(let role, _)) where isElement(role):
                    mix()
                    stack.append((plan.count, group, [], [], false))
                    plan.append(nil)
                case .structure(.end(let role)) where isElement(role):
                    if let element = stack.popLast(), !element.mixed, element.links.count == 1, !element.lines.isEmpty {
                        plan[element.index] = LinkHold(link: element.links[0], lines: linkedLines(element.lines))
                    }
                case .group(let inner):
                    groups += 1
                    walk(inner.items, group: groups)
                case .shape, .image, .importedPage, .destination, .structure: break
                }
            }
        }
        walk(items, group: 0)
        return plan
    }

    /// How many of `lines`, from the first, belong to the link's words.
    private static func linkedLines(_ lines: [TextItem]) -> Int {
        for i in lines.indices.dropFirst() {
            let before = lines[i - 1], line = lines[i]
            let gap = (line.origin.x + line.line.x) - (before.origin.x + before.line.x + before.line.width)
            if line.origin.y == before.origin.y, gap > before.line.ascent + before.line.descent { return i }
        }
        return lines.count
    }

    /// For each element beginning on the page, in order: whether its content is marked piece
    /// by piece around its text (it has child elements or links here, or it does not end on
    /// this page), rather than from its first drawing to its end, shapes included.
    static func piecewisePlan(_ items: [FrameItem]) -> [Bool] {
        var plan: [Bool] = []
        var stack: [(index: Int, hasChildren: Bool)] = []
        func markChild() { if !stack.isEmpty { stack[stack.count - 1].hasChildren = true } }
        func walk(_ items: [FrameItem]) {
            for item in items {
                switch item {
                case .text(let text): if !text.line.links.isEmpty { markChild() }
                case .link: markChild()
                case .structure(.begin(.artifact, _)):
                    // Furniture stays out of the element's own marked content.
                    markChild()
                case .structure(.begin(let role, _)) where isElement(role):
                    markChild()
                    stack.append((plan.count, false))
                    plan.append(true)
                case .structure(.end(let role)) where isElement(role):
                    if let element = stack.popLast() { plan[element.index] = element.hasChildren }
                case .group(let group): walk(group.items)
                case .shape, .image, .importedPage, .destination, .structure: break
                }
            }
        }
        walk(items)
        return plan
    }
}
