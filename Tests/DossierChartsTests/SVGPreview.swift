// SVGPreview: writes chart items as an SVG file so a person can look at them (test-only).

import DossierDisplay
import Foundation

/// Turns display-list items into a standalone SVG document, for eyeballing charts.
enum SVGPreview {
    /// The directory previews go to when `CHART_PREVIEW_DIR` is set; nil otherwise.
    static var directory: String? { ProcessInfo.processInfo.environment["CHART_PREVIEW_DIR"] }

    /// Writes `items` drawn in a box of `size` to `name`.svg in the preview directory, if set.
    static func write(_ items: [FrameItem], size: Size, name: String) throws {
        guard let directory else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try svg(items, size: size).write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
    }

    /// Returns the SVG text; text is set in a monospaced font whose advance matches
    /// `FixedWidthShaper(advance: 0.6)`, stretched to the shaped width.
    static func svg(_ items: [FrameItem], size: Size) -> String {
        let margin = 10.0
        var defs: [String] = []
        var body: [String] = []
        func n(_ l: Length) -> String { String(format: "%.2f", l.points) }
        func paint(_ p: Paint?) -> String {
            switch p {
            case nil: return "none"
            case .color(let c): return c.description
            case .hatched(let bg, let hatch, let ink, let spacing):
                let id = "h\(defs.count)"
                let s = spacing.points
                var lines: String
                switch hatch {
                case .none: lines = ""
                case .diagonal: lines = "<path d='M0,\(s) L\(s),0' stroke='\(ink)' stroke-width='0.5'/>"
                case .backDiagonal: lines = "<path d='M0,0 L\(s),\(s)' stroke='\(ink)' stroke-width='0.5'/>"
                case .crosshatch: lines = "<path d='M0,\(s) L\(s),0 M0,0 L\(s),\(s)' stroke='\(ink)' stroke-width='0.4'/>"
                case .horizontal: lines = "<path d='M0,\(s / 2) L\(s),\(s / 2)' stroke='\(ink)' stroke-width='0.5'/>"
                case .vertical: lines = "<path d='M\(s / 2),0 L\(s / 2),\(s)' stroke='\(ink)' stroke-width='0.5'/>"
                case .dots: lines = "<circle cx='\(s / 2)' cy='\(s / 2)' r='0.45' fill='\(ink)'/>"
                }
                defs.append("<pattern id='\(id)' width='\(s)' height='\(s)' patternUnits='userSpaceOnUse'>"
                            + "<rect width='\(s)' height='\(s)' fill='\(bg)'/>\(lines)</pattern>")
                return "url(#\(id))"
            }
        }
        func pathData(_ path: Path) -> String {
            path.elements.map {
                switch $0 {
                case .move(let p): "M\(n(p.x)),\(n(p.y))"
                case .line(let p): "L\(n(p.x)),\(n(p.y))"
                case .curve(let a, let b, let c): "C\(n(a.x)),\(n(a.y)) \(n(b.x)),\(n(b.y)) \(n(c.x)),\(n(c.y))"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }
        func emit(_ items: [FrameItem]) {
            for item in items {
                switch item {
                case .shape(let shape):
                    var attrs = "d='\(pathData(shape.path))' fill='\(paint(shape.fill))'"
                    if let st = shape.stroke {
                        attrs += " stroke='\(st.color)' stroke-width='\(n(st.width))'"
                        if !st.dash.isEmpty { attrs += " stroke-dasharray='\(st.dash.map(n).joined(separator: ","))'" }
                    }
                    body.append("<path \(attrs)/>")
                case .text(let t):
                    let fontSize = t.line.ascent.points / 0.8
                    let escaped = t.line.text.replacingOccurrences(of: "&", with: "&amp;")
                        .replacingOccurrences(of: "<", with: "&lt;")
                    body.append("<text x='\(n(t.origin.x + t.line.x))' y='\(n(t.origin.y))' "
                                + "font-family='DejaVu Sans Mono' font-size='\(String(format: "%.2f", fontSize))' "
                                + "textLength='\(n(t.line.width))' lengthAdjust='spacingAndGlyphs' "
                                + "fill='#1A1A1A'>\(escaped)</text>")
                case .group(let g):
                    body.append("<g transform='translate(\(n(g.offset.x)),\(n(g.offset.y)))'>")
                    emit(g.items)
                    body.append("</g>")
                case .image, .importedPage, .link, .destination, .structure:
                    break
                }
            }
        }
        emit(items)
        let w = size.width.points + 2 * margin, h = size.height.points + 2 * margin
        return """
        <svg xmlns='http://www.w3.org/2000/svg' width='\(w * 2)' height='\(h * 2)' viewBox='\(-margin) \(-margin) \(w) \(h)'>
        <rect x='\(-margin)' y='\(-margin)' width='\(w)' height='\(h)' fill='white'/>
        <rect x='0' y='0' width='\(size.width.points)' height='\(size.height.points)' fill='none' stroke='#B0E0FF' stroke-width='0.3'/>
        <defs>\(defs.joined())</defs>
        \(body.joined(separator: "\n"))
        </svg>
        """
    }
}
