// FrameItem: the closed set of things a page holds. Every backend is one exhaustive switch over it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line of text with its baseline's left end at `origin`.
public struct TextItem: Sendable {
    /// The left end of the baseline (the paragraph box's left edge; `line.x` is added on top).
    public var origin: Point
    public var line: ShapedLine
    /// The angle of the baseline in degrees, counterclockwise from horizontal, turning about `origin`.
    public var rotation: Double
    public init(origin: Point, line: ShapedLine, rotation: Double = 0) {
        self.origin = origin; self.line = line; self.rotation = rotation
    }
    /// The box of the line's glyphs, from ascent to descent (of the turned box, when rotated).
    public var bounds: Rect {
        let box = Rect(x: origin.x + line.x, y: origin.y - line.ascent, width: line.width, height: line.ascent + line.descent)
        guard rotation != 0 else { return box }
        let angle = -rotation * Double.pi / 180
        let c = cos(angle), s = sin(angle)
        let corners = [(box.minX, box.minY), (box.maxX, box.minY), (box.maxX, box.maxY), (box.minX, box.maxY)].map {
            (x: Length, y: Length) -> (Double, Double) in
            let dx = (x - origin.x).points, dy = (y - origin.y).points
            return (origin.x.points + dx * c - dy * s, origin.y.points + dx * s + dy * c)
        }
        let xs = corners.map(\.0), ys = corners.map(\.1)
        return Rect(x: .pt(xs.min()!), y: .pt(ys.min()!), width: .pt(xs.max()! - xs.min()!), height: .pt(ys.max()! - ys.min()!))
    }
}

/// A raster image placed in a rectangle.
public struct ImageItem: Sendable {
    public enum Format: String, Sendable { case png, jpeg }
    public var rect: Rect
    public var data: [UInt8]
    public var format: Format
    public init(rect: Rect, data: [UInt8], format: Format) { self.rect = rect; self.data = data; self.format = format }
}

/// A page of another PDF (an exhibit), drawn as vector content scaled into `rect`, which has the
/// page's proportions. The renderer opens the file; the display list only names it.
public struct ImportedPageItem: Hashable, Sendable {
    /// The PDF's path.
    public var file: String
    /// The page, from 0.
    public var page: Int
    public var rect: Rect
    public init(file: String, page: Int, rect: Rect) { self.file = file; self.page = page; self.rect = rect }
}

/// A clickable area.
public struct LinkItem: Hashable, Sendable {
    public var rect: Rect
    public var target: LinkTarget
    public init(rect: Rect, target: LinkTarget) { self.rect = rect; self.target = target }
}

/// An entry in the PDF's outline (bookmarks).
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 1 for top level, 2 for its children, and so on.
    public var level: Int
    /// Whether the entry starts expanded.
    public var open: Bool
    public init(title: String, level: Int = 1, open: Bool = false) { self.title = title; self.level = level; self.open = open }
}

/// A named place that links and outline entries can point to.
public struct DestinationItem: Hashable, Sendable {
    public var name: String
    public var point: Point
    /// The outline entry pointing here, if any.
    public var outline: OutlineEntry?
    public init(name: String, point: Point, outline: OutlineEntry? = nil) {
        self.name = name; self.point = point; self.outline = outline
    }
}

/// The role of a structure element in a tagged PDF.
public enum StructureRole: String, Hashable, Sendable {
    case document = "Document"
    case part = "Part"
    case section = "Sect"
    case heading1 = "H1"
    case heading2 = "H2"
    case heading3 = "H3"
    case paragraph = "P"
    case blockQuote = "BlockQuote"
    case list = "L"
    case listItem = "LI"
    case label = "Lbl"
    case listBody = "LBody"
    case table = "Table"
    case tableRow = "TR"
    case tableHeader = "TH"
    case tableCell = "TD"
    case figure = "Figure"
    case caption = "Caption"
    case note = "Note"
    case contents = "TOC"
    case contentsItem = "TOCI"
    case span = "Span"
    case artifact = "Artifact"
}

/// The start or end of a structure element. Starts and ends nest like brackets over the whole
/// document, and an element may start on one page and end on a later one.
public enum StructureMarker: Hashable, Sendable {
    case begin(StructureRole, alt: String? = nil)
    case end(StructureRole)
    /// The language (BCP 47) of the element begun last, where it differs from the document's.
    case language(String)
}

/// Items moved together, optionally clipped to a rectangle.
public struct GroupItem: Sendable {
    public var offset: Point
    public var clip: Rect?
    public var items: [FrameItem]
    public init(offset: Point = .zero, clip: Rect? = nil, items: [FrameItem]) {
        self.offset = offset; self.clip = clip; self.items = items
    }
}

/// One positioned thing on a page.
public enum FrameItem: Sendable {
    case text(TextItem)
    case shape(Shape)
    case image(ImageItem)
    case importedPage(ImportedPageItem)
    case link(LinkItem)
    case destination(DestinationItem)
    case structure(StructureMarker)
    case group(GroupItem)

    /// Returns the item moved by `dx`, `dy`.
    public func offsetBy(dx: Length, dy: Length) -> FrameItem {
        switch self {
        case .text(var t): t.origin = t.origin.offsetBy(dx: dx, dy: dy); return .text(t)
        case .shape(var s): s.path = s.path.offsetBy(dx: dx, dy: dy); return .shape(s)
        case .image(var i): i.rect = i.rect.offsetBy(dx: dx, dy: dy); return .image(i)
        case .importedPage(var p): p.rect = p.rect.offsetBy(dx: dx, dy: dy); return .importedPage(p)
        case .link(var l): l.rect = l.rect.offsetBy(dx: dx, dy: dy); return .link(l)
        case .destination(var d): d.point = d.point.offsetBy(dx: dx, dy: dy); return .destination(d)
        case .structure: return self
        case .group(var g): g.offset = g.offset.offsetBy(dx: dx, dy: dy); return .group(g)
        }
    }

    /// The area the item covers on the page, if it covers any.
    public var bounds: Rect? {
        switch self {
        case .text(let t): return t.bounds
        case .shape(let s): return s.path.bounds
        case .image(let i): return i.rect
        case .importedPage(let p): return p.rect
        case .link(let l): return l.rect
        case .destination, .structure: return nil
        case .group(let g):
            let inner = g.items.compactMap(\.bounds)
            guard var r = inner.first else { return nil }
            for b in inner.dropFirst() {
                let x0 = min(r.minX, b.minX), y0 = min(r.minY, b.minY)
                r = Rect(x: x0, y: y0, width: max(r.maxX, b.maxX) - x0, height: max(r.maxY, b.maxY) - y0)
            }
            return r.offsetBy(dx: g.offset.x, dy: g.offset.y)
        }
    }
}

extension Array where Element == FrameItem {
    /// Returns every item moved by `dx`, `dy`.
    public func offsetBy(dx: Length, dy: Length) -> [FrameItem] { map { $0.offsetBy(dx: dx, dy: dy) } }
}
