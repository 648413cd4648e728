// LayoutInvariants: the rules every laid-out document must keep, checked over its pages.

import DossierDisplay
import DossierDocument

/// A broken layout rule, with the page it was found on.
struct Violation: CustomStringConvertible {
    var page: Int
    var rule: String
    var description: String { "page \(page): \(rule)" }
}

/// Checks pages against the layout rules: inside the text block, no overlaps, no heading last on a
/// page, no widows or orphans in paragraphs long enough to avoid them.
func violations(_ pages: [Page], spec: LayoutSpec, widows: Int = 2, orphans: Int = 2) -> [Violation] {
    var out: [Violation] = []
    // Lines per open paragraph element, per page, to check widows and orphans across a break.
    var paragraphPages: [[Int]] = []
    var stack: [StructureRole] = []
    var callPage: [String: Int] = [:], notePage: [String: Int] = [:]
    for page in pages {
        let frame = spec.page.textFrame(page: page.number)
        var boxes: [Rect] = []
        var lastRoleOnPage: StructureRole?
        var linesOnPage = 0
        func walk(_ items: [FrameItem]) {
            for item in items {
                switch item {
                case .text(let t):
                    for link in t.line.links {
                        if case .destination(let name) = link.target, name.hasPrefix("note-") { callPage[name] = page.number }
                    }
                    let b = t.bounds
                    if !frame.contains(b, tolerance: .pt(0.5)) {
                        out.append(Violation(page: page.number, rule: "text “\(t.line.text)” at \(b) outside \(frame)"))
                    }
                    let shrunk = Rect(x: b.minX + .pt(0.2), y: b.minY + .pt(0.2), width: b.width - .pt(0.4), height: b.height - .pt(0.4))
                    if let other = boxes.first(where: { $0.intersects(shrunk) }) {
                        out.append(Violation(page: page.number, rule: "text “\(t.line.text)” overlaps \(other)"))
                    }
                    boxes.append(b)
                    lastRoleOnPage = stack.last { $0 != .section && $0 != .document }
                    if stack.last == .paragraph { linesOnPage += 1 }
                case .structure(.begin(let role, _)):
                    stack.append(role)
                    if role == .paragraph { paragraphPages.append([]); linesOnPage = 0 }
                case .structure(.end(let role)):
                    if role == .paragraph, !paragraphPages.isEmpty {
                        paragraphPages[paragraphPages.count - 1].append(linesOnPage)
                        let counts = paragraphPages.removeLast().filter { $0 > 0 }
                        let total = counts.reduce(0, +)
                        if counts.count > 1 && total >= widows + orphans {
                            if counts.first! < orphans { out.append(Violation(page: page.number, rule: "orphan: \(counts)")) }
                            if counts.last! < widows { out.append(Violation(page: page.number, rule: "widow: \(counts)")) }
                        }
                    }
                    if let i = stack.lastIndex(of: role) { stack.remove(at: i) }
                case .group(let g): walk(g.items)
                case .link(let l):
                    if case .destination(let name) = l.target, name.hasPrefix("note-") { callPage[name] = page.number }
                case .destination(let d) where d.name.hasPrefix("note-"):
                    notePage[d.name] = page.number
                default: break
                }
            }
        }
        walk(page.items)
        if stack.last == .paragraph, !paragraphPages.isEmpty {
            paragraphPages[paragraphPages.count - 1].append(linesOnPage); linesOnPage = 0
        }
        if let role = lastRoleOnPage, [.heading1, .heading2, .heading3].contains(role), page.number < pages.count {
            out.append(Violation(page: page.number, rule: "a heading ends the page"))
        }
    }
    for (note, page) in callPage where notePage[note] != page {
        out.append(Violation(page: page, rule: "\(note) is called here but starts on page \(notePage[note].map(String.init) ?? "none")"))
    }
    return out
}
