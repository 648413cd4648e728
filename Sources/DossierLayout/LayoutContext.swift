// LayoutContext: the shaper, the layout spec and the text-building helpers every collector shares.

import DossierDisplay
import DossierDocument

/// What collecting blocks needs: the shaper, the layout and the document's language.
struct LayoutContext: Sendable {
    let shaper: any TextShaper
    let spec: LayoutSpec
    let language: String
    /// The colour of links in running text.
    let linkColor: Color
    /// Numbers footnote calls across the document.
    let footnotes = FootnoteCounter()
    /// Gathers notes when the layout sets them at the end.
    let endnotes = EndnoteCollector()
    /// Page numbers found by the previous pass, for page references.
    var pages = PageNumbers()
    /// Whether this pass only measures: figures keep their height but are not drawn.
    var measuring = false
    /// Whether the contents' page numbers are left out of the pages, to be drawn over them once
    /// every number is known (`FlowBox.lateNumbers`).
    var deferredNumbers = false

    /// The width of the text block.
    var measure: Length { spec.page.textWidth }

    /// Resolves inline content to styled spans in a paragraph style.
    func styledText(_ content: [Inline], base: TextStyle) -> StyledText {
        var notes: [PendingFootnote] = []
        return styledText(content, base: base, notes: &notes, numbering: false)
    }

    /// Resolves inline content to styled spans, numbering footnote calls and collecting their bodies.
    /// Without `numbering`, calls show the next number without taking it (for measuring).
    func styledText(_ content: [Inline], base: TextStyle, notes: inout [PendingFootnote],
                    numbering: Bool = true) -> StyledText {
        var out = StyledText()
        var length = 0
        func walk(_ inlines: [Inline], _ style: TextStyle, _ link: LinkTarget?) {
            for inline in inlines {
                switch inline {
                case .footnote(let body):
                    let number = numbering ? footnotes.take() : footnotes.next
                    notes.append(PendingFootnote(number: number, body: body, offset: length))
                    var call = style
                    call.superscript = true
                    out.append(TextSpan("\(number)", style: call, link: .destination("note-\(number)")))
                    length += "\(number)".utf8.count
                case .text(let s): out.append(TextSpan(s, style: style, link: link)); length += s.utf8.count
                case .pageReference(let anchor):
                    let number = pages.byAnchor[anchor].map(String.init) ?? "??"
                    out.append(TextSpan(number, style: style, link: link ?? .destination(anchor)))
                    length += number.utf8.count
                case .emphasis(let c): walk(c, style.italicized(!style.italic), link)
                case .strong(let c): walk(c, style.bolded(), link)
                case .link(let c, let target):
                    walk(c, style.colored(style.color == base.color ? linkColor : style.color), target)
                case .lineBreak: out.append(TextSpan("\n", style: style, link: link)); length += 1
                }
            }
        }
        walk(content, base, nil)
        return out
    }

    /// Shapes inline content in a style to a width.
    func shape(_ content: [Inline], style: ParagraphStyle, width: Length, language: String? = nil,
               alignment: TextAlignment? = nil) throws -> ShapedParagraph {
        var notes: [PendingFootnote] = []
        return try shape(content, style: style, width: width, language: language, alignment: alignment, notes: &notes)
    }

    /// Shapes inline content, collecting the footnotes it calls.
    func shape(_ content: [Inline], style: ParagraphStyle, width: Length, language: String? = nil,
               alignment: TextAlignment? = nil, notes: inout [PendingFootnote]) throws -> ShapedParagraph {
        let text = styledText(content, base: style.font, notes: &notes)
        let alignment = alignment ?? style.alignment
        // Hyphenation is for justified text, where it evens out the spaces; ragged lines need none.
        // A right-to-left document is not hyphenated; its paragraphs read right to left unless
        // they are in another language (an English quotation in a Persian dossier) or hold no
        // right-to-left letter at all (an English summary among Persian ones).
        var format = ParagraphFormat(width: width, alignment: alignment, leading: style.leading,
                                     firstLineIndent: style.firstLineIndent, language: language ?? self.language,
                                     hyphenate: alignment == .justify && !spec.rightToLeft && spec.hyphenate)
        format.rightToLeft = spec.rightToLeft && (language == nil || language == self.language)
            && !Self.isWhollyLeftToRight(text.plainText)
        return try shaper.shape(text, format: format)
    }

    /// Returns the items of one shaped line set in a box of the style's leading, at `x`.
    func lineItems(_ line: ShapedLine, leading: Length, x: Length, top: Length = .zero) -> [FrameItem] {
        // The line's own links travel with it; renderers turn them into link annotations.
        let baseline = top + baselineOffset(line, leading: leading)
        return [.text(TextItem(origin: Point(x: x, y: baseline), line: line))]
    }

    /// The distance from the top of a line's box to its baseline: half the extra leading above the ascent.
    func baselineOffset(_ line: ShapedLine, leading: Length) -> Length {
        (leading - line.ascent - line.descent) / 2 + line.ascent
    }

    /// Whether `text` has letters and all of them are written left to right: no Hebrew, Arabic,
    /// Syriac, Thaana or N'Ko letter, nor their presentation forms.
    static func isWhollyLeftToRight(_ text: String) -> Bool {
        var letters = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return false
            default: letters = true
            }
        }
        return letters
    }
}
