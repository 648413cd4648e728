// BundleWords: every English word the bundle's own pages print, in one place for translation.

/// The words of the exhibit index, cover sheets and blank pages.
public enum BundleWords {
    public static let indexTitle = "Exhibit index"
    public static let exhibitColumn = "Exhibit"
    public static let documentColumn = "Document"
    public static let pagesColumn = "Pages"
    public static let batesBeginColumn = "Bates begin"
    public static let batesEndColumn = "Bates end"
    public static let continued = "(continued)"
    public static let dossierRow = "The dossier"
    public static let source = "Source"
    public static let batesRange = "Bates range"
    public static let pageCount = "Pages"
    public static let bundlePages = "Bundle pages"
    public static let file = "File"
    public static let sha256 = "SHA-256"
    public static let blankPage = "This page intentionally left blank"
    public static let noLabel = "—"

    /// "12 pages", "1 page".
    public static func pages(_ count: Int) -> String { count == 1 ? "1 page" : "\(count) pages" }

    /// "3 exhibits and the dossier, 128 pages"
    public static func indexSummary(exhibits: Int, pages: Int) -> String {
        "The dossier and \(exhibits == 1 ? "1 exhibit" : "\(exhibits) exhibits"), \(Self.pages(pages)) in one Bates sequence"
    }

    /// "Exhibit B, page 3 of 12", the running head of an imported page.
    public static func exhibitPage(label: String, page: Int, of count: Int) -> String { "\(label), page \(page) of \(count)" }

    /// "Reproduced in full as filed; pages scaled to fit the margins, never cropped."
    public static let reproduction = "Reproduced in full from the file identified above; each page is scaled to fit within the margins, never cropped, and keeps its own text."

    /// A range of pages or numbers: "12–30", or "12" for one.
    public static func range(_ first: String, _ last: String) -> String { first == last ? first : "\(first)–\(last)" }
}
