// MarkdownReader: Markdown text in, document blocks out. The only file that touches cmark.

import DossierDisplay

import CCMark

/// Reads CommonMark into blocks, with typographic quotes and dashes.
public enum MarkdownReader {
    /// Parses Markdown; headings are shifted by `headingOffset` levels (a `#` in a section is level 1 + offset).
    public static func blocks(_ markdown: String, headingOffset: Int = 0, style: String = "body") -> [Block] {
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_SMART)
                }
            }
        }) else { return [] }
        defer { cmark_node_free(root) }
        return children(root).compactMap { block($0, headingOffset: headingOffset, style: style) }
    }

    /// Parses Markdown that is one paragraph's worth of inline content.
    public static func inlines(_ markdown: String) -> [Inline] {
        var out: [Inline] = []
        for (i, block) in blocks(markdown).enumerated() {
            if case .paragraph(let p) = block {
                if i > 0 { out.append(.text(" ")) }
                out += p.content
            }
        }
        return out
    }

    private static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child { out.append(c); child = cmark_node_next(c) }
        return out
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer, headingOffset: Int, style: String) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(Paragraph(inlines(of: node), style: style))
        case CMARK_NODE_HEADING:
            let level = min(3, Int(cmark_node_get_heading_level(node)) + headingOffset)
            return .heading(Heading(level: level, content: inlines(of: node)))
        case CMARK_NODE_BLOCK_QUOTE:
            let paragraphs = children(node).compactMap { child -> Paragraph? in
                if case .paragraph(let p)? = block(child, headingOffset: headingOffset, style: "quote") { return p }
                return nil
            }
            return .quote(BlockQuote(paragraphs: paragraphs, attribution: []))
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let items = children(node).map { item in
                children(item).compactMap { block($0, headingOffset: headingOffset, style: style) }
            }
            return .list(ListBlock(ordered: ordered, items: items, style: style))
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
            return .paragraph(Paragraph([.text(literal(node))], style: style))
        case CMARK_NODE_THEMATIC_BREAK:
            return .spacer(.pt(12))
        default:
            return nil
        }
    }

    private static func inlines(of node: OpaquePointer) -> [Inline] {
        children(node).compactMap { child -> Inline? in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: return .text(literal(child))
            case CMARK_NODE_SOFTBREAK: return .text(" ")
            case CMARK_NODE_LINEBREAK: return .lineBreak
            case CMARK_NODE_EMPH: return .emphasis(inlines(of: child))
            case CMARK_NODE_STRONG: return .strong(inlines(of: child))
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
                let target: LinkTarget = url.hasPrefix("#") ? .destination(String(url.dropFirst())) : .url(url)
                return .link(inlines(of: child), target)
            case CMARK_NODE_IMAGE: return .text(inlines(of: child).plainText)
            default: return nil
            }
        }
    }
}
