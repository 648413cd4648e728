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

    /// The width of the text block.
    var measure: Length { spec.page.textWidth }

    /// Resolves inline content to styled spans in a paragraph style.
    func styledText(_ content: [Inline], base: TextStyle) -> StyledText {
        var out = StyledText()
        func walk(_ inlines: [Inline], _ style: TextStyle, _ link: LinkTarget?) {
            for inline in inlines {
                switch inline {
                case .text(let s): out.append(TextSpan(s, style: style, link: link))
                case .emphasis(let c): walk(c, style.italicized(!style.italic), link)
                case .strong(let c): walk(c, style.bolded(), link)
                case .link(let c, let target):
                    walk(c, style.colored(style.color == base.color ? linkColor : style.color), target)
                case .lineBreak: out.append(TextSpan("\n", style: style, link: link))
                }
            }
        }
        walk(content, base, nil)
        return out
    }

    /// Shapes inline content in a style to a width.
    func shape(_ content: [Inline], style: ParagraphStyle, width: Length, language: String? = nil,
               alignment: TextAlignment? = nil) throws -> ShapedParagraph {
        let text = styledText(content, base: style.font)
        let format = ParagraphFormat(width: width, alignment: alignment ?? style.alignment, leading: style.leading,
                                     firstLineIndent: style.firstLineIndent, language: language ?? self.language)
        return try shaper.shape(text, format: format)
    }

    /// Returns the items of one shaped line set in a box of the style's leading, at `x`.
    func lineItems(_ line: ShapedLine, leading: Length, x: Length, top: Length = .zero) -> [FrameItem] {
        let baseline = top + baselineOffset(line, leading: leading)
        var items: [FrameItem] = [.text(TextItem(origin: Point(x: x, y: baseline), line: line))]
        for link in line.links {
            let rect = Rect(x: x + link.minX, y: baseline - line.ascent, width: link.maxX - link.minX,
                            height: line.ascent + line.descent)
            items.append(.link(LinkItem(rect: rect, target: link.target)))
        }
        return items
    }

    /// The distance from the top of a line's box to its baseline: half the extra leading above the ascent.
    func baselineOffset(_ line: ShapedLine, leading: Length) -> Length {
        (leading - line.ascent - line.descent) / 2 + line.ascent
    }
}
