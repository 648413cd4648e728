// Inline: the runs inside a paragraph, before styles are resolved to fonts.

import DossierDisplay

/// A piece of a paragraph's content.
public indirect enum Inline: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised (italic) content.
    case emphasis([Inline])
    /// Strong (bold) content.
    case strong([Inline])
    /// A link to a URL or a destination in the document.
    case link([Inline], LinkTarget)
    /// A forced line break.
    case lineBreak
    /// A footnote: its call is numbered where it stands, its text set at the foot of the page.
    case footnote([Inline])
    /// The number of the page an anchor lands on ("see page 12"), linked to it.
    case pageReference(String)

    /// The text without formatting.
    public var plainText: String {
        switch self {
        case .text(let s): s
        case .emphasis(let c), .strong(let c), .link(let c, _): c.plainText
        case .lineBreak: "\n"
        case .footnote, .pageReference: ""
        }
    }
}

extension Array where Element == Inline {
    /// The text without formatting.
    public var plainText: String { map(\.plainText).joined() }

    /// Whether any of the content calls a footnote.
    public var containsFootnote: Bool {
        contains {
            switch $0 {
            case .footnote: true
            case .emphasis(let c), .strong(let c), .link(let c, _): c.containsFootnote
            case .text, .lineBreak, .pageReference: false
            }
        }
    }

    /// Whether any of the content refers to a page number.
    public var containsPageReference: Bool {
        contains {
            switch $0 {
            case .pageReference: true
            case .emphasis(let c), .strong(let c), .link(let c, _), .footnote(let c): c.containsPageReference
            case .text, .lineBreak: false
            }
        }
    }
}
