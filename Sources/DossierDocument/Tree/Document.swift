// Document: what the layout engine is given: the blocks, the cover, the layout to set them in.

import DossierDisplay

/// A document ready for layout.
public struct Document: Sendable {
    public var metadata: DocumentMetadata
    public var layout: LayoutSpec
    /// The cover page's blocks, set on page 1 with no header or footer; empty for no cover.
    public var cover: [Block]
    /// Everything after the cover.
    public var body: [Block]

    public init(metadata: DocumentMetadata, layout: LayoutSpec, cover: [Block] = [], body: [Block]) {
        self.metadata = metadata; self.layout = layout; self.cover = cover; self.body = body
    }
}
