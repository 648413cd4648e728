// LayoutSpec: a layout file (layouts/NAME.yaml) as data: page, styles, running heads, sections.

import DossierCharts
import DossierLocale
import DossierDisplay

/// The page size and margins.
public struct PageSetup: Hashable, Sendable {
    public var size: Size
    public var top: Length
    public var bottom: Length
    /// The margin on the binding side (left on odd pages when mirrored).
    public var inner: Length
    /// The margin away from the binding.
    public var outer: Length
    /// Whether inner and outer margins swap on even pages, for duplex printing.
    public var mirrored: Bool

    public init(size: Size = .a4, top: Length = .mm(24), bottom: Length = .mm(26), inner: Length = .mm(25),
                outer: Length = .mm(22), mirrored: Bool = false) {
        self.size = size; self.top = top; self.bottom = bottom; self.inner = inner; self.outer = outer
        self.mirrored = mirrored
    }

    /// The width of the text block.
    public var textWidth: Length { size.width - inner - outer }
    /// The height of the text block.
    public var textHeight: Length { size.height - top - bottom }

    /// The text block on a page (1-based number; odd pages are right-hand pages).
    public func textFrame(page: Int) -> Rect {
        let left = mirrored && page % 2 == 0 ? outer : inner
        return Rect(x: left, y: top, width: textWidth, height: textHeight)
    }
}

/// How a paragraph style sets text.
public struct ParagraphStyle: Hashable, Sendable {
    public var font: TextStyle
    public var leading: Length
    public var alignment: TextAlignment
    public var spaceBefore: Length
    public var spaceAfter: Length
    public var indentStart: Length
    public var indentEnd: Length
    public var firstLineIndent: Length
    /// Whether the block stays on the same page as the next one.
    public var keepWithNext: Bool

    public init(font: TextStyle, leading: Length, alignment: TextAlignment = .start, spaceBefore: Length = .zero,
                spaceAfter: Length = .zero, indentStart: Length = .zero, indentEnd: Length = .zero,
                firstLineIndent: Length = .zero, keepWithNext: Bool = false) {
        self.font = font; self.leading = leading; self.alignment = alignment; self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter; self.indentStart = indentStart; self.indentEnd = indentEnd
        self.firstLineIndent = firstLineIndent; self.keepWithNext = keepWithNext
    }
}

/// How tables are drawn.
public struct TableStyle: Hashable, Sendable {
    public var body: ParagraphStyle
    public var header: ParagraphStyle
    public var headerFill: Color?
    public var zebraFill: Color?
    public var ruleColor: Color
    public var ruleWidth: Length
    /// Whether every cell has a full grid (true) or only horizontal rules (false).
    public var grid: Bool
    public var padding: Length
    public var spaceBefore: Length
    public var spaceAfter: Length

    public init(body: ParagraphStyle, header: ParagraphStyle, headerFill: Color? = nil, zebraFill: Color? = nil,
                ruleColor: Color = Color(grey: 0.5), ruleWidth: Length = .pt(0.5), grid: Bool = false,
                padding: Length = .pt(3), spaceBefore: Length = .pt(6), spaceAfter: Length = .pt(6)) {
        self.body = body; self.header = header; self.headerFill = headerFill; self.zebraFill = zebraFill
        self.ruleColor = ruleColor; self.ruleWidth = ruleWidth; self.grid = grid; self.padding = padding
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }
}

/// A running header or footer line: left, centre and right templates.
public struct RunningLine: Hashable, Sendable {
    public var left: String
    public var center: String
    public var right: String
    public var style: ParagraphStyle
    /// Distance from the page edge to the baseline.
    public var baselineFromEdge: Length
    /// Whether a thin rule separates it from the text block.
    public var rule: Bool
    /// Whether the cover page shows it too.
    public var onCover = false

    public init(left: String = "", center: String = "", right: String = "", style: ParagraphStyle,
                baselineFromEdge: Length, rule: Bool = false) {
        self.left = left; self.center = center; self.right = right; self.style = style
        self.baselineFromEdge = baselineFromEdge; self.rule = rule
    }

    /// Whether all three templates are empty.
    public var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }

    /// Whether any of the three templates holds `placeholder`.
    public func uses(_ placeholder: Placeholder) -> Bool {
        [left, center, right].contains { template in
            var rest = template[...]
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                if Placeholder(braced: rest[open.upperBound..<close.lowerBound]) == placeholder { return true }
                rest = rest[close.upperBound...]
            }
            return false
        }
    }

    /// The longest template a part of a running line may be: a line of the page's head or foot.
    public static let maximumTemplateLength = 200
    /// The most placeholders a part may hold.
    public static let maximumPlaceholders = 8

    /// What a template may hold between double braces, filled in on each page: `{{page}}`.
    public enum Placeholder: String, Sendable, CaseIterable {
        case title, section, page, pages, bates, exhibit

        /// The placeholder written between the braces, spaces around its name allowed; nil for
        /// a name that is none.
        public init?(braced name: Substring) {
            let start = name.firstIndex { !$0.isWhitespace } ?? name.endIndex
            let end = name.lastIndex { !$0.isWhitespace }.map(name.index(after:)) ?? start
            self.init(rawValue: String(name[start..<end]))
        }
    }
}

/// A document section, in the order the layout prints them.
public enum SectionKind: String, Hashable, Sendable, CaseIterable {
    case cover, contents, introduction, overview, incidents, quotations, sources
}

/// Where the Bates number sits at the foot of the page.
public enum BatesPosition: String, Hashable, Sendable, CaseIterable {
    /// The bottom right corner of every page, as court productions put it.
    case bottomRight = "bottom-right"
    case bottomLeft = "bottom-left"
    case bottomCenter = "bottom-center"
    /// The outer corner: right on odd pages, left on even ones when margins are mirrored.
    case bottomOuter = "bottom-outer"
}

/// Bates numbering for court and hearing exhibits: every page, cover and blank pages included,
/// carries PREFIX-000001, PREFIX-000002, …
public struct BatesNumbering: Hashable, Sendable {
    public var prefix: String
    /// The number of the first page.
    public var start: Int
    /// How many digits, zero-padded.
    public var digits: Int
    /// Where the number is stamped.
    public var position: BatesPosition
    public init(prefix: String, start: Int = 1, digits: Int = 6, position: BatesPosition = .bottomRight) {
        self.prefix = prefix; self.start = start; self.digits = digits; self.position = position
    }

    /// Whether `prefix` is usable: letters, digits, "-", "_" and "." only, so the number reads the same in
    /// every file name, index and court system it is typed into.
    public static func isValidPrefix(_ prefix: String) -> Bool {
        prefix.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// The label of a physical page (1-based): "ASH-000001".
    public func label(page: Int) -> String {
        let n = String(start + page - 1)
        return prefix + (prefix.isEmpty ? "" : "-") + String(repeating: "0", count: max(0, digits - n.count)) + n
    }
}

/// Where the text of notes goes.
public enum NotePlacement: String, Hashable, Sendable, Codable {
    /// At the foot of the page of the call.
    case footnotes
    /// In a "Notes" chapter at the end.
    case endnotes
}

/// Everything a layout file sets.
public struct LayoutSpec: Sendable {
    public var name: String
    public var page: PageSetup
    public var serif: String
    public var sans: String
    /// Paragraph styles by name: body, meta, caption, h1, h2, h3, quote, attribution, source, toc, toc-title,
    /// cover-title, cover-subtitle, cover-meta, small.
    public var styles: [String: ParagraphStyle]
    public var table: TableStyle
    public var header: RunningLine
    public var footer: RunningLine
    public var sections: [SectionKind]
    public var widows: Int
    public var orphans: Int
    /// Whether chapters (level-1 headings after a page break) start on right-hand pages.
    public var rectoChapters: Bool
    /// Whether justified text is hyphenated.
    public var hyphenate = true
    /// The heading levels the contents lists; nil for every heading marked for it.
    public var contentsLevels: Set<Int>?
    /// How charts tell their series apart: colours (colour-blind-safe) or grey levels and hatches.
    public var chartMode: ChartColorMode
    /// The colour of accents: rules, cover band.
    public var accent: Color
    /// Whether notes are set at the foot of each page or gathered at the end of the document.
    public var notes: NotePlacement = .footnotes
    /// Bates numbers stamped at the foot of every page, if set.
    public var bates: BatesNumbering?
    /// An exhibit label ("Exhibit A") stamped at the head of every page, cover included, if set.
    public var exhibit: String?
    /// Whether the cover is a page of its own (true) or a title block atop the first page.
    public var coverPage = true
    /// The most bars an overview chart has: with more incidents, they are summed per month,
    /// quarter or year (layout key `chart: {threshold: 30}`).
    public var chartThreshold: Int = 30
    /// The document's language as the layout sets it: digits, direction and the engine's own words.
    /// Held by reference, so the layout, copied through every step of pagination, stays small.
    public var language = LayoutLanguage.english

    /// Whether the document reads right to left.
    public var rightToLeft: Bool { language.rightToLeft }
    /// The title of the chapter of endnotes.
    public var notesTitle: String { language.notesTitle }
    /// What stands between a contents entry's title and its detail (an incident's date).
    public var detailSeparator: String { language.detailSeparator }
    /// `text` with its digits 0–9 written in the document's digits: "12" → "۱۲".
    public func digits(_ text: String) -> String { language.digits(text) }

    /// Returns the style with a name; falls back to `body`.
    public func style(_ name: String) -> ParagraphStyle {
        styles[name] ?? styles["body"] ?? ParagraphStyle(font: TextStyle(family: serif, size: .pt(10.5)), leading: .pt(14))
    }
}

/// The settings a document's language gives its layout, and the face of its Arabic script.
public final class LayoutLanguage: Sendable {
    /// The digit zero of the language ("0", "۰", "٠"); the nine that follow it are its other digits.
    public let zeroDigit: Unicode.Scalar
    /// Whether the document reads right to left.
    public let rightToLeft: Bool
    /// The title of the chapter of endnotes.
    public let notesTitle: String
    /// What stands between a contents entry's title and its detail: " · "; in Persian and Arabic a
    /// dash, as a middle dot reads as the digit zero (۰).
    public let detailSeparator: String
    /// The face of Arabic and Persian text (layout key `fonts: {arabic: …}`), ahead of the
    /// layout's own in a right-to-left document; they set the Latin names and numbers within it.
    public let arabicFamily: String

    public init(zeroDigit: Unicode.Scalar, rightToLeft: Bool, notesTitle: String, detailSeparator: String,
                arabicFamily: String = "Noto Naskh Arabic") {
        self.zeroDigit = zeroDigit; self.rightToLeft = rightToLeft; self.notesTitle = notesTitle
        self.detailSeparator = detailSeparator; self.arabicFamily = arabicFamily
    }

    /// The same settings with another Arabic-script face.
    public func with(arabicFamily: String) -> LayoutLanguage {
        LayoutLanguage(zeroDigit: zeroDigit, rightToLeft: rightToLeft, notesTitle: notesTitle,
                       detailSeparator: detailSeparator, arabicFamily: arabicFamily)
    }

    /// English: Western digits, left to right.
    public static let english = LayoutLanguage(wording: .english)

    /// The settings of `wording`'s language.
    public convenience init(wording: Wording, arabicFamily: String = "Noto Naskh Arabic") {
        self.init(zeroDigit: wording.format.digits("0").unicodeScalars.first ?? "0",
                  rightToLeft: wording.direction == .rightToLeft, notesTitle: wording.text("notes.title"),
                  detailSeparator: wording.text("list.detail"), arabicFamily: arabicFamily)
    }

    /// `text` with its digits 0–9 written from `zeroDigit`: "12" → "۱۲".
    public func digits(_ text: String) -> String {
        guard zeroDigit != "0" else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (48...57).contains(s.value) ? Unicode.Scalar(zeroDigit.value + s.value - 48) ?? s : s
        }))
    }
}
