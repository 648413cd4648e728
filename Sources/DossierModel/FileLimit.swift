// FileLimit: the largest file of each kind a project may hold, checked before a byte of it is read.

/// The size above which a kind of file is refused rather than read into memory.
///
/// The limits sit far above any real project (the largest sample record file is under 1 MB) and
/// well below what would exhaust a shared build machine; the README's "Limits" table lists them.
public struct FileLimit: Sendable, Hashable, CustomStringConvertible {
    /// The kind of file, as the error message names it: "a record file".
    public let kind: String
    /// The largest size accepted, in bytes.
    public let bytes: Int64
    /// What the user can do about a file that is too large.
    public let advice: String

    /// Creates a limit of `megabytes` MB (1 MB = 1,048,576 bytes).
    public init(kind: String, megabytes: Int64, advice: String) {
        self.kind = kind; self.bytes = megabytes << 20; self.advice = advice
    }

    /// The limit in words: "256 MB".
    public var description: String { Self.size(bytes) }

    /// A record file (YAML, JSON, CSV).
    public static let recordFile = FileLimit(kind: "a record file", megabytes: 256,
                                             advice: "split the records across several files in a records folder")
    /// A workbook (XLSX, ODS) named under `records:`; what it unpacks to is limited apart (`WorkbookArchive`).
    public static let workbook = FileLimit(kind: "a workbook", megabytes: 64,
                                           advice: "split the records across several workbooks, or save the sheet as CSV")
    /// A Markdown section named under `sections:`.
    public static let section = FileLimit(kind: "a Markdown section", megabytes: 8,
                                          advice: "split the text into several sections")
    /// The local copy of a source named by `archive:`.
    public static let archive = FileLimit(kind: "an archive copy", megabytes: 64,
                                          advice: "keep only the text of the source in the copy")
    /// A PDF filed as an exhibit; it is drawn page by page, never read whole.
    public static let exhibit = FileLimit(kind: "an exhibit", megabytes: 1024,
                                          advice: "split the document into several exhibits")
    /// A layout file.
    public static let layout = FileLimit(kind: "a layout file", megabytes: 1,
                                         advice: "a layout holds settings only")
    /// The project file, dossier.yaml.
    public static let projectFile = FileLimit(kind: "the project file", megabytes: 1,
                                              advice: "dossier.yaml holds settings only; records go in record files")

    /// A size in words, in the unit that reads best: "812 bytes", "3.4 MB".
    public static func size(_ bytes: Int64) -> String {
        if bytes < 1 << 10 { return "\(bytes) bytes" }
        let units: [(Int64, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        let (scale, unit) = units.first { bytes >= $0.0 }!
        if bytes % scale == 0 { return "\(bytes / scale) \(unit)" }
        let tenths = (bytes * 10 + scale / 2) / scale
        return "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
