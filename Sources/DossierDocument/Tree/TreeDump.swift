// TreeDump: a document prints itself as an indented outline, so tests can compare text.

extension Block {
    /// The block as an indented outline, one line per node.
    public func dump(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        func line(_ s: String) -> String { pad + s + "\n" }
        switch self {
        case .heading(let h):
            var tags: [String] = []
            if let a = h.anchor { tags.append("#\(a)") }
            if h.inContents { tags.append("contents") }
            if let o = h.outlineLevel { tags.append("outline \(o)") }
            return line("heading \(h.level) \"\(h.content.plainText)\"" + (tags.isEmpty ? "" : " [\(tags.joined(separator: ", "))]"))
        case .paragraph(let p): return line("paragraph(\(p.style)) \"\(Self.shorten(p.content.plainText))\"")
        case .quote(let q):
            return line("quote — \(q.attribution.plainText)") + q.blocks.map { $0.dump(indent: indent + 1) }.joined()
        case .list(let l):
            return line(l.ordered ? "ordered list" : "list")
                + l.items.map { item in pad + "  item\n" + item.map { $0.dump(indent: indent + 2) }.joined() }.joined()
        case .table(let t):
            let header = t.header.map { $0.map { $0.content.plainText }.joined(separator: " | ") }
            return line("table \(t.columns.count) columns, \(t.rows.count) rows" + (header.isEmpty ? "" : ": \(header.joined(separator: " / "))"))
                + t.rows.map { pad + "  | " + $0.map { $0.content.plainText }.joined(separator: " | ") + "\n" }.joined()
        case .figure(let f): return line("figure \"\(Self.shorten(f.caption.plainText))\" alt \"\(Self.shorten(f.drawing.altText))\"")
        case .spacer(let s): return line("spacer \(s)")
        case .pageBreak(let b): return line(b == .recto ? "page break (right-hand)" : "page break")
        case .contents(let c): return line("contents \"\(c.title)\"")
        case .keepTogether(let blocks): return line("keep together") + blocks.map { $0.dump(indent: indent + 1) }.joined()
        case .section(let blocks): return line("section") + blocks.map { $0.dump(indent: indent + 1) }.joined()
        case .deferred(let d): return d.blocks().map { $0.dump(indent: indent) }.joined()
        }
    }

    static func shorten(_ s: String, to n: Int = 60) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}

extension Document {
    /// The cover and body as an indented outline.
    public func dump() -> String {
        "cover\n" + cover.map { $0.dump(indent: 1) }.joined() + "body\n" + body.map { $0.dump(indent: 1) }.joined()
    }
}
