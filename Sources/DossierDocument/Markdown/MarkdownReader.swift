// MarkdownReader: Markdown text in, document blocks out, with a note for everything not printed as
// written. The only file that touches cmark.

import DossierDisplay

import CCMark

/// A remark on Markdown that is printed otherwise than written: a link printed as text, an image
/// printed as its description, raw HTML, nesting flattened.
public struct MarkdownNote: Hashable, Sendable {
    /// The 1-based line in the Markdown text.
    public var line: Int
    /// The 1-based column in that line.
    public var column: Int
    /// What was done, in plain words.
    public var message: String

    /// Creates a note.
    public init(line: Int, column: Int, message: String) { self.line = line; self.column = column; self.message = message }
}

/// Reads CommonMark into blocks, with typographic quotes and dashes.
///
/// Every construct cmark reports is either rendered or noted: only `https:`, `http:`, `mailto:` and
/// internal (`#name`) links stay links, images print as their description, raw HTML as text, and
/// lists and block quotes nest at most `maximumDepth` deep.
public enum MarkdownReader {
    /// How deep lists and block quotes nest; deeper content is set at this depth.
    public static let maximumDepth = 8
    /// How deep emphasis nests; deeper emphasis is set plain.
    public static let maximumInlineDepth = 16
    /// The deepest heading level the document has.
    static let deepestHeading = 3

    /// Parses Markdown into blocks and notes; headings are shifted by `headingOffset` levels (a `#` in a
    /// section is level 1 + offset). Paragraphs are set in `style`.
    public static func parse(_ markdown: String, headingOffset: Int = 0,
                             style: String = "body") -> (blocks: [Block], notes: [MarkdownNote]) {
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_SMART)
                }
            }
        }) else { return ([], []) }
        defer { cmark_node_free(root) }
        var reader = Reader(headingOffset: headingOffset)
        let blocks = reader.blocks(in: root, depth: 0, style: style, line: 1)
        return (blocks, characterColumns(reader.allNotes, in: markdown))
    }

    /// The notes with cmark's columns, which count bytes, turned into columns of characters.
    static func characterColumns(_ notes: [MarkdownNote], in markdown: String) -> [MarkdownNote] {
        guard !notes.isEmpty, markdown.utf8.contains(where: { $0 >= 0x80 }) else { return notes }
        // Lines end as cmark ends them; "\r\n" is one Character.
        let lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        return notes.map { note in
            guard note.line >= 1, note.line <= lines.count else { return note }
            var converted = note
            let before = lines[note.line - 1].utf8.prefix(max(0, note.column - 1))
            converted.column = String(decoding: before, as: UTF8.self).count + 1
            return converted
        }
    }

    /// Parses Markdown into blocks, dropping the notes.
    public static func blocks(_ markdown: String, headingOffset: Int = 0, style: String = "body") -> [Block] {
        parse(markdown, headingOffset: headingOffset, style: style).blocks
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

    /// Whether a link target stays a live link: a web or mail address, or a place in the document.
    static func isLive(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("#") { return lower.count > 1 }
        for scheme in ["https://", "http://", "mailto:"] where lower.hasPrefix(scheme) { return lower.count > scheme.count }
        return false
    }

    /// How many notes one text gets; the rest are counted in a last one.
    public static let maximumNotes = 100

    /// One parse: the heading offset and the notes gathered so far.
    private struct Reader {
        let headingOffset: Int
        var notes: [MarkdownNote] = []
        var noted: Set<MarkdownNote> = []
        /// Notes past the maximum, and where the first of them was.
        var unshown = 0
        var firstUnshown: MarkdownNote?

        init(headingOffset: Int) { self.headingOffset = headingOffset }

        /// Notes something at a node's place, or at `line` when cmark gives the node none.
        mutating func note(_ message: String, at node: OpaquePointer, line: Int) {
            let start = Int(cmark_node_get_start_line(node))
            let column = start > 0 ? max(1, Int(cmark_node_get_start_column(node))) : 1
            let entry = MarkdownNote(line: start > 0 ? start : line, column: column, message: message)
            guard noted.insert(entry).inserted else { return }
            // A text of thousands of tags gets a short report, not thousands of lines.
            guard notes.count < MarkdownReader.maximumNotes else {
                unshown += 1
                if firstUnshown == nil { firstUnshown = entry }
                return
            }
            notes.append(entry)
        }

        /// The notes, with one more counting those left out.
        var allNotes: [MarkdownNote] {
            guard let first = firstUnshown else { return notes }
            return notes + [MarkdownNote(line: first.line, column: first.column,
                                         message: "\(unshown) more remarks like the ones above from here on, not listed")]
        }

        static func children(_ node: OpaquePointer) -> [OpaquePointer] {
            var out: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let c = child { out.append(c); child = cmark_node_next(c) }
            return out
        }

        /// Walks the subtree under `node`, itself included, with cmark's own iterator (so any depth
        /// of nesting costs no stack): `visit` is told each node as it is entered (`true`) and, for
        /// a node that holds others, as it is left (`false`).
        static func walk(_ node: OpaquePointer, _ visit: (_ node: OpaquePointer, _ entering: Bool) -> Void) {
            guard let iterator = cmark_iter_new(node) else { return }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                guard event != CMARK_EVENT_DONE, let current = cmark_iter_get_node(iterator) else { return }
                visit(current, event == CMARK_EVENT_ENTER)
            }
        }

        static func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        static func line(of node: OpaquePointer, else line: Int) -> Int {
            let start = Int(cmark_node_get_start_line(node))
            return start > 0 ? start : line
        }

        /// The blocks of a container; `depth` counts the lists and block quotes around them.
        mutating func blocks(in node: OpaquePointer, depth: Int, style: String, line: Int) -> [Block] {
            Self.children(node).flatMap { block($0, depth: depth, style: style, line: line) }
        }

        /// One block; a list or block quote nested too deep comes back as its content, flattened.
        mutating func block(_ node: OpaquePointer, depth: Int, style: String, line parentLine: Int) -> [Block] {
            let line = Self.line(of: node, else: parentLine)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                return [.paragraph(Paragraph(inlines(of: node, line: line), style: style))]
            case CMARK_NODE_HEADING:
                let written = Int(cmark_node_get_heading_level(node))
                let content = inlines(of: node, line: line)
                // Inside a list or a quotation a heading would leave its indentation: it is set in bold there.
                if depth > 0 { return [.paragraph(Paragraph([.strong(content)], style: style))] }
                let level = written + headingOffset
                if level > MarkdownReader.deepestHeading {
                    let marks = String(repeating: "#", count: written)
                    let usable = String(repeating: "#", count: max(1, MarkdownReader.deepestHeading - headingOffset))
                    note("heading \(marks) set as a level-\(MarkdownReader.deepestHeading) heading; "
                         + "headings here go from # to \(usable)", at: node, line: line)
                }
                return [.heading(Heading(level: min(MarkdownReader.deepestHeading, level), content: content))]
            case CMARK_NODE_BLOCK_QUOTE:
                guard depth < MarkdownReader.maximumDepth else { return flattened(node, depth: depth, style: style, line: line) }
                return [.quote(BlockQuote(blocks: blocks(in: node, depth: depth + 1, style: "quote", line: line),
                                          attribution: []))]
            case CMARK_NODE_LIST:
                guard depth < MarkdownReader.maximumDepth else { return flattened(node, depth: depth, style: style, line: line) }
                let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                let items = Self.children(node).map { item in
                    blocks(in: item, depth: depth + 1, style: style, line: Self.line(of: item, else: line))
                }
                return [.list(ListBlock(ordered: ordered, items: items, style: style))]
            case CMARK_NODE_CODE_BLOCK:
                return [.paragraph(Paragraph([.text(Self.literal(node))], style: style))]
            case CMARK_NODE_HTML_BLOCK:
                note("raw HTML printed as text", at: node, line: line)
                return [.paragraph(Paragraph([.text(Self.literal(node))], style: style))]
            case CMARK_NODE_THEMATIC_BREAK:
                return [.spacer(.pt(12))]
            default:
                let kind = cmark_node_get_type_string(node).map { String(cString: $0) } ?? "block"
                note("Markdown \(kind) left out; it is not supported", at: node, line: line)
                return []
            }
        }

        /// The text blocks inside a list or block quote nested past the limit, in order, set at the
        /// limit, without recursing however deep the nesting goes.
        mutating func flattened(_ node: OpaquePointer, depth: Int, style: String, line: Int) -> [Block] {
            let kind = cmark_node_get_type(node) == CMARK_NODE_LIST ? "list" : "block quote"
            var out: [Block] = []
            var nesting = depth, deepest = depth
            Self.walk(node) { current, entering in
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE {
                    if entering { nesting += 1; deepest = max(deepest, nesting) } else { nesting -= 1 }
                    return
                }
                guard entering else { return }
                switch type {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                    // A nested heading is set in bold, as at any depth inside a container.
                    out += block(current, depth: max(depth, 1), style: style, line: line)
                default:
                    return
                }
            }
            note("\(kind) nested \(deepest) deep flattened to \(MarkdownReader.maximumDepth)", at: node, line: line)
            return out
        }

        /// The inline content of a block or an inline container.
        mutating func inlines(of node: OpaquePointer, line: Int, depth: Int = 0) -> [Inline] {
            var out: [Inline] = []
            for child in Self.children(node) { inline(child, line: line, depth: depth, into: &out) }
            return out
        }

        mutating func inline(_ node: OpaquePointer, line: Int, depth: Int, into out: inout [Inline]) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                out.append(.text(Self.literal(node)))
            case CMARK_NODE_HTML_INLINE:
                note("raw HTML printed as text", at: node, line: line)
                out.append(.text(Self.literal(node)))
            case CMARK_NODE_SOFTBREAK:
                out.append(.text(" "))
            case CMARK_NODE_LINEBREAK:
                out.append(.lineBreak)
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                guard depth < MarkdownReader.maximumInlineDepth else {
                    note("emphasis nested more than \(MarkdownReader.maximumInlineDepth) deep printed plain", at: node, line: line)
                    out.append(.text(plainText(of: node)))
                    return
                }
                let content = inlines(of: node, line: line, depth: depth + 1)
                out.append(cmark_node_get_type(node) == CMARK_NODE_EMPH ? .emphasis(content) : .strong(content))
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let content = inlines(of: node, line: line, depth: depth + 1)
                guard MarkdownReader.isLive(url) else {
                    note("link to \"\(Self.shortened(url))\" printed as text; only https, http, mailto and #internal links are live",
                         at: node, line: line)
                    out += content
                    return
                }
                out.append(.link(content, url.hasPrefix("#") ? .destination(String(url.dropFirst())) : .url(url)))
            case CMARK_NODE_IMAGE:
                let source = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                note("image \"\(Self.shortened(source))\" printed as its description; images in Markdown are not supported",
                     at: node, line: line)
                out.append(.text(plainText(of: node)))
            default:
                let kind = cmark_node_get_type_string(node).map { String(cString: $0) } ?? "inline"
                note("Markdown \(kind) left out; it is not supported", at: node, line: line)
            }
        }

        /// The text inside an inline node, without formatting, at any depth.
        func plainText(of node: OpaquePointer) -> String {
            var text = ""
            Self.walk(node) { current, entering in
                guard entering else { return }
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: text += Self.literal(current)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
                default: return
                }
            }
            return text
        }

        /// A long address cut for a message.
        static func shortened(_ text: String) -> String {
            text.count <= 60 ? text : String(text.prefix(59)) + "…"
        }
    }
}
