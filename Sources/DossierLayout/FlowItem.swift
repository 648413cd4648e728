// FlowItem: the vertical list that blocks are collected into and pages are cut from.

import DossierDisplay

/// A piece of content of fixed height that moves to a page as a whole.
struct FlowBox: Sendable {
    /// The box's height on the page.
    var height: Length
    /// Items relative to the box's top-left corner, which sits on the text block's left edge.
    var items: [FrameItem]
    /// Whether a page may not break between this box and the next.
    var keepWithNext: Bool = false
    /// Boxes placed first when this box starts a page (repeated table headers).
    var repeatedHeader: [FlowBox] = []
    /// Splits the box so that its first part is at most the given height; nil when it cannot split.
    var split: (@Sendable (Length) -> (FlowBox, FlowBox)?)? = nil
    /// The text of a heading that sets the running header's section, if this box starts one.
    var section: String? = nil
    /// Footnotes called in this box, each as its line boxes; they go to the foot of its page.
    var footnotes: [[FlowBox]] = []
    /// Contents numbers drawn once every page number is known (`LayoutContext.deferredNumbers`).
    var lateNumbers: [ContentsNumber] = []
}

/// One entry of the vertical list.
enum FlowItem: Sendable {
    /// Content.
    case box(FlowBox)
    /// Vertical space; dropped when a page breaks at it, and merged with adjacent space (largest wins).
    case space(Length)
    /// A forced break.
    case pageBreak(recto: Bool)
}
