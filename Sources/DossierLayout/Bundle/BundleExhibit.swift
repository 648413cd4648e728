// BundleExhibit: what the bundle's pages print about one exhibit, gathered by the build.

/// One exhibit as the index and its cover sheet describe it.
public struct BundleExhibit: Hashable, Sendable {
    /// Its label ("Exhibit B").
    public var label: String
    /// What the document is.
    public var title: String
    /// The source record it reproduces, in words, if any.
    public var source: String?
    /// The file as the project names it (exhibits/amnesty-2010.pdf).
    public var file: String
    /// The file's path, for drawing its pages.
    public var path: String
    /// The file's SHA-256, in lower-case hexadecimal.
    public var sha256: String
    /// Its number of pages.
    public var pageCount: Int

    public init(label: String, title: String, source: String?, file: String, path: String, sha256: String, pageCount: Int) {
        self.label = label; self.title = title; self.source = source; self.file = file; self.path = path
        self.sha256 = sha256; self.pageCount = pageCount
    }

    /// The destination the index and the outline point to.
    public static func destination(_ number: Int) -> String { "exhibit-\(number + 1)" }
}
