// TextStyle and StyledText: what a run of text looks like, independent of any font library.

/// The font and colour of a run of text.
public struct TextStyle: Hashable, Sendable {
    /// The font family, by name (one of the bundled families, e.g. "Noto Serif").
    public var family: String
    /// The font size.
    public var size: Length
    /// Whether the run is bold.
    public var bold: Bool
    /// Whether the run is italic.
    public var italic: Bool
    /// The text colour.
    public var color: Color
    /// Extra space between letters (0 for none).
    public var letterSpacing: Length
    /// Whether the run is set in small capitals.
    public var smallCaps: Bool
    /// Whether the run is raised and smaller, as a footnote call.
    public var superscript: Bool

    public init(family: String, size: Length, bold: Bool = false, italic: Bool = false,
                color: Color = .black, letterSpacing: Length = .zero, smallCaps: Bool = false,
                superscript: Bool = false) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic
        self.color = color; self.letterSpacing = letterSpacing; self.smallCaps = smallCaps
        self.superscript = superscript
    }

    /// Returns the style with bold set.
    public func bolded(_ on: Bool = true) -> TextStyle { var s = self; s.bold = on; return s }
    /// Returns the style with italic set.
    public func italicized(_ on: Bool = true) -> TextStyle { var s = self; s.italic = on; return s }
    /// Returns the style at another size.
    public func sized(_ size: Length) -> TextStyle { var s = self; s.size = size; return s }
    /// Returns the style in another colour.
    public func colored(_ color: Color) -> TextStyle { var s = self; s.color = color; return s }

    /// The size glyphs are shaped at: smaller for superscripts.
    public var shapedSize: Length { superscript ? size * 0.65 : size }
    /// How far glyphs are raised above the baseline: a third of the size for superscripts.
    public var rise: Length { superscript ? size * 0.33 : .zero }
}

/// Where a link leads.
public enum LinkTarget: Hashable, Sendable {
    /// An external address, opened by the reader's browser.
    case url(String)
    /// A named destination inside the document.
    case destination(String)
}

/// A run of text in one style, optionally a link.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    public var link: LinkTarget?
    public init(_ text: String, style: TextStyle, link: LinkTarget? = nil) {
        self.text = text; self.style = style; self.link = link
    }
}

/// A paragraph's text as a sequence of styled spans.
public struct StyledText: Hashable, Sendable {
    public var spans: [TextSpan]
    public init(_ spans: [TextSpan] = []) { self.spans = spans }
    public init(_ text: String, style: TextStyle, link: LinkTarget? = nil) {
        self.spans = [TextSpan(text, style: style, link: link)]
    }
    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }
    /// Whether there is no text.
    public var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }
    /// Appends a span.
    public mutating func append(_ span: TextSpan) { spans.append(span) }
    /// Appends another styled text.
    public static func + (a: StyledText, b: StyledText) -> StyledText { StyledText(a.spans + b.spans) }
}

/// How lines of a paragraph are aligned.
public enum TextAlignment: String, Hashable, Sendable, Codable {
    /// Flush with the start edge (left in left-to-right text).
    case start
    /// Centred.
    case center
    /// Flush with the end edge.
    case end
    /// Both edges flush; the last line flush with the start edge.
    case justify
}

/// How a paragraph is broken into lines.
public struct ParagraphFormat: Hashable, Sendable {
    /// The width lines are broken to; `.infinity` for a single unbroken line.
    public var width: Length
    public var alignment: TextAlignment
    /// The distance from one baseline to the next.
    public var leading: Length
    /// Indent of the first line.
    public var firstLineIndent: Length
    /// The BCP 47 language of the text, for shaping and hyphenation rules.
    public var language: String?
    /// Whether the base direction comes from the text (true) or is left-to-right.
    public var autoDirection: Bool
    /// Whether words may be hyphenated at line ends (with the patterns of `language`).
    public var hyphenate: Bool
    /// Whether the paragraph reads right to left whatever its first letter (a paragraph of an
    /// Arabic or Persian document that opens with a Latin name or a number).
    public var rightToLeft = false

    public init(width: Length, alignment: TextAlignment = .start, leading: Length,
                firstLineIndent: Length = .zero, language: String? = nil, autoDirection: Bool = true,
                hyphenate: Bool = false) {
        self.width = width; self.alignment = alignment; self.leading = leading
        self.firstLineIndent = firstLineIndent; self.language = language; self.autoDirection = autoDirection
        self.hyphenate = hyphenate
    }
}
