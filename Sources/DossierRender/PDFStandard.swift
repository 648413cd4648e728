// PDFStandard: which standards a written PDF declares it meets: PDF/UA-1 (accessible), PDF/A-2a (archival), both or neither.

/// The standards a PDF is identified as meeting. Every PDF gets the same tagging, artifacts and
/// metadata; the choice only decides which identifications the XMP metadata carries and whether
/// an output intent with its colour profile is embedded (PDF/A needs one, some printers reject
/// one). Sendable: a value.
public enum PDFStandard: String, CaseIterable, Sendable {
    case none
    /// PDF/UA-1: `pdfuaid:part 1`.
    case ua
    /// PDF/A-2a: `pdfaid:part 2`, `pdfaid:conformance A` and an sRGB output intent.
    case a2a
    /// Both (the default).
    case uaAndA2a = "ua+a2a"

    /// Whether the PDF is identified as PDF/UA-1.
    public var declaresUA: Bool { self == .ua || self == .uaAndA2a }
    /// Whether the PDF is identified as PDF/A-2a (and carries an output intent).
    public var declaresA2a: Bool { self == .a2a || self == .uaAndA2a }
}

/// How a PDF is completed after drawing. Sendable: a value.
public struct PDFOptions: Sendable {
    /// The standards the PDF declares.
    public var standard: PDFStandard
    /// The ICC profile of the page colours (sRGB), embedded as the output intent for PDF/A.
    public var colorProfile: [UInt8]?
    /// Whether finishing may use a second thread (for page contents); the file is the same either way.
    public var usesSecondThread: Bool

    public init(standard: PDFStandard = .none, colorProfile: [UInt8]? = nil, usesSecondThread: Bool = true) {
        self.standard = standard
        self.colorProfile = colorProfile
        self.usesSecondThread = usesSecondThread
    }
}
