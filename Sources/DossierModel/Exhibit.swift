// Exhibit: a document filed with the dossier (a report, a chapter, a list), as dossier.yaml names it.

/// A PDF filed after the dossier in a hearing bundle, under its own label and cover sheet.
public struct Exhibit: Hashable, Sendable {
    /// The PDF, relative to the project.
    public var file: String
    /// What the document is, as the index and its cover sheet print it.
    public var title: String
    /// Its label ("Exhibit B"); when nil, the labels after the dossier's own are used in order.
    public var label: String?
    /// The id of the source record the document reproduces, if any.
    public var source: String?
    /// Where the entry is written in dossier.yaml.
    public var location: SourceLocation?
    /// Where its `file:` and `source:` are written, for errors about them.
    public var fileLocation: SourceLocation?
    public var sourceLocation: SourceLocation?

    public init(file: String, title: String, label: String? = nil, source: String? = nil, location: SourceLocation? = nil) {
        self.file = file; self.title = title; self.label = label; self.source = source; self.location = location
    }
}
