// BundlePlan: where each part of a hearing bundle falls in its one page sequence: the dossier, the
// exhibit index, then for each exhibit a cover sheet and its pages, with blank versos for duplex.

/// The physical page numbers of a bundle's parts. Pure arithmetic: page counts in, page numbers out.
public struct BundlePlan: Hashable, Sendable {
    /// One exhibit's pages.
    public struct Part: Hashable, Sendable {
        /// The cover sheet's page.
        public var cover: Int
        /// The exhibit's own pages.
        public var pages: ClosedRange<Int>
        /// From the cover to the last page: what the index and the log give as its range.
        public var range: ClosedRange<Int> { cover...pages.upperBound }
    }

    /// What a page of the bundle after the dossier holds.
    public enum Content: Hashable, Sendable {
        /// Page `index` (from 0) of the exhibit index.
        case index(Int)
        /// The cover sheet of exhibit `exhibit` (from 0).
        case cover(exhibit: Int)
        /// Page `page` (from 0) of exhibit `exhibit`.
        case exhibit(Int, page: Int)
        /// A blank verso, so that the next part starts on a right-hand page; after a cover sheet, it
        /// belongs to that exhibit (`exhibit`), and carries its label.
        case blank(exhibit: Int?)
    }

    /// The dossier's own pages.
    public var dossier: ClosedRange<Int>
    /// The exhibit index's pages.
    public var index: ClosedRange<Int>
    /// Each exhibit's pages, in order.
    public var parts: [Part]
    /// Every page after the dossier, in order, with what it holds.
    public private(set) var contents: [Content] = []

    /// Plans a bundle whose dossier has `dossierPages` pages and whose index has `indexPages`, followed by
    /// exhibits of `exhibitPages` pages each. With `recto`, the index, each cover sheet and each exhibit's
    /// first page start on a right-hand (odd) page, blank versos filling in: a cover sheet is printed on
    /// one side, as a slip sheet between exhibits is.
    public init(dossierPages: Int, indexPages: Int, exhibitPages: [Int], recto: Bool) {
        dossier = 1...max(dossierPages, 1)
        var next = dossier.upperBound + 1
        var contents: [Content] = []
        func startRecto(within exhibit: Int? = nil) {
            while recto && next % 2 == 0 { contents.append(.blank(exhibit: exhibit)); next += 1 }
        }
        startRecto()
        index = next...(next + max(indexPages, 1) - 1)
        for i in 0..<max(indexPages, 1) { contents.append(.index(i)) }
        next = index.upperBound + 1
        var parts: [Part] = []
        for (number, count) in exhibitPages.enumerated() {
            startRecto()
            let cover = next
            contents.append(.cover(exhibit: number))
            next += 1
            startRecto(within: number)
            let first = next
            for page in 0..<count { contents.append(.exhibit(number, page: page)) }
            next += count
            parts.append(Part(cover: cover, pages: first...max(first, next - 1)))
        }
        self.parts = parts
        self.contents = contents
    }

    /// The number of pages in the whole bundle.
    public var pageCount: Int { dossier.upperBound + contents.count }
}
