// The typed records of a dossier project: incidents, casualty figures, claims, quotations, sources.

// Records are dated in `Day`s, so whoever reads them gets the calendar with them.
@_exported import DossierCalendar
import Foundation

/// How exact an incident's date is (UCDP GED's date precision).
public enum DatePrecision: String, Hashable, Sendable, CaseIterable {
    case day, days, week, month, year
}

/// When an incident happened: one day or a range of days, with a precision.
public struct IncidentDate: Hashable, Sendable {
    public var start: Day
    /// The last day; equal to `start` for a single day.
    public var end: Day
    public var precision: DatePrecision
    public init(start: Day, end: Day? = nil, precision: DatePrecision = .day) {
        self.start = start; self.end = end ?? start; self.precision = precision
    }
}

/// Where an incident happened.
public struct Location: Hashable, Sendable {
    public var name: String
    public var admin1: String?
    public var admin2: String?
    /// ISO 3166-1 alpha-2 code; for a record read from a UCDP GED extract, the country's name when
    /// it has no code the tool knows.
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public init(name: String, admin1: String? = nil, admin2: String? = nil, country: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil) {
        self.name = name; self.admin1 = admin1; self.admin2 = admin2; self.country = country
        self.latitude = latitude; self.longitude = longitude
    }
}

/// How firmly an incident is attributed to a perpetrator.
public enum Attribution: String, Hashable, Sendable, CaseIterable { case alleged, claimed, established }

/// Who is said to have carried out an incident.
public struct Perpetrator: Hashable, Sendable {
    public var name: String
    public var attribution: Attribution
    public init(name: String, attribution: Attribution = .alleged) { self.name = name; self.attribution = attribution }
}

/// How well an incident's account is corroborated.
public enum Verification: String, Hashable, Sendable, CaseIterable { case confirmed, provisional, disputed }

/// Where in the project a value was written, for diagnostics: a line and column of a text file, or a
/// cell of a workbook's sheet.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the project directory where possible.
    public var file: String
    /// 1-based line; in a workbook, the row.
    public var line: Int
    /// 1-based column; in a workbook, the column (1 is A).
    public var column: Int
    /// In a workbook, the sheet's name; `nil` in a text file.
    public var sheet: String?
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    /// A cell of a workbook: `row` and `column` are 1-based (column 3 is C).
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file; self.line = row; self.column = column; self.sheet = sheet
    }
    /// "incidents.yaml:3:9", or for a workbook's cell "casualties.xlsx:Incidents!C7".
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(Self.quotedSheet(sheet))!\(Self.columnLetters(column))\(line)"
    }
    /// The cell's name as a spreadsheet shows it, "C7"; `nil` outside a workbook.
    public var cell: String? { sheet == nil ? nil : "\(Self.columnLetters(column))\(line)" }
    /// A column's letters: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(1, column), letters = ""
        while n > 0 {
            let digit = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: letters.startIndex)
            n = (n - 1) / 26
        }
        return letters
    }
    /// A sheet's name as spreadsheet formulas write it: quoted when it holds anything but letters, digits and "_".
    static func quotedSheet(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// One source's own figure for a casualty category.
public struct Claim: Hashable, Sendable {
    /// The id of the source making the claim.
    public var source: String
    public var low: Int?
    public var best: Int?
    public var high: Int?
    /// The source's own words, e.g. "at least nine".
    public var text: String?
    /// When the source made the claim.
    public var date: Day?
    public var location: SourceLocation?
    public init(source: String, low: Int? = nil, best: Int? = nil, high: Int? = nil, text: String? = nil,
                date: Day? = nil, location: SourceLocation? = nil) {
        self.source = source; self.low = low; self.best = best; self.high = high; self.text = text
        self.date = date; self.location = location
    }
}

/// A count of people in one casualty category: a plain number or a low/best/high estimate.
public struct CasualtyFigure: Hashable, Sendable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var note: String?
    /// Per-source figures, kept where sources disagree.
    public var claims: [Claim]
    /// Source ids the figure itself rests on (defaults to the incident's sources).
    public var sources: [String]
    public var location: SourceLocation?
    public init(low: Int? = nil, best: Int? = nil, high: Int? = nil, note: String? = nil,
                claims: [Claim] = [], sources: [String] = [], location: SourceLocation? = nil) {
        self.low = low; self.best = best; self.high = high; self.note = note
        self.claims = claims; self.sources = sources; self.location = location
    }
    /// A plain number.
    public static func exactly(_ n: Int) -> CasualtyFigure { CasualtyFigure(best: n) }
    /// Whether the figure gives any number; a figure may carry only a note ("dozens") or claims.
    public var hasNumber: Bool { low != nil || best != nil || high != nil }
}

/// A casualty category. The known ones print in a fixed order; user-defined ones follow them,
/// in the order they first appear.
public struct CasualtyCategory: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public init(_ name: String) { self.name = name }
    public static let killed = CasualtyCategory("killed")
    public static let injured = CasualtyCategory("injured")
    public static let abducted = CasualtyCategory("abducted")
    public static let detained = CasualtyCategory("detained")
    public static let missing = CasualtyCategory("missing")
    /// The known categories, in print order.
    public static let known: [CasualtyCategory] = [.killed, .injured, .abducted, .detained, .missing]
    /// The category's name in words: "Killed", "Medical staff killed".
    public var label: String {
        Self.builtInLabels[name] ?? (name.prefix(1).uppercased() + name.dropFirst()).split(separator: "_").joined(separator: " ")
    }
    /// Labels of the categories the tool makes itself (from a UCDP GED extract), where the words
    /// of the name do not read well.
    static let builtInLabels = ["side_a_killed": "Killed on side A", "side_b_killed": "Killed on side B",
                                "unknown_status_killed": "Killed, status unknown", "other_killed": "Other deaths"]
    public var description: String { name }
}

/// One attack or event.
public struct Incident: Hashable, Sendable {
    public var id: String
    public var title: String
    public var date: IncidentDate
    /// Local time, "06:00".
    public var time: String?
    public var location: Location
    public var perpetrators: [Perpetrator]
    /// Casualties by category, in print order.
    public var casualties: [CategoryFigure]
    public var verification: Verification?
    /// Markdown, in the project's own words.
    public var summary: String
    public var sources: [String]
    public var tags: [String]
    /// Where the record starts, for diagnostics.
    public var recordLocation: SourceLocation?
    /// Where the summary's text was written, so that a remark on its Markdown names the file's line.
    public var summaryOrigin: TextOrigin?

    public init(id: String, title: String, date: IncidentDate, time: String? = nil, location: Location,
                perpetrators: [Perpetrator] = [], casualties: [CategoryFigure] = [],
                verification: Verification? = nil, summary: String = "", sources: [String] = [],
                tags: [String] = [], recordLocation: SourceLocation? = nil, summaryOrigin: TextOrigin? = nil) {
        self.id = id; self.title = title; self.date = date; self.time = time; self.location = location
        self.perpetrators = perpetrators; self.casualties = casualties; self.verification = verification
        self.summary = summary; self.sources = sources; self.tags = tags; self.recordLocation = recordLocation
        self.summaryOrigin = summaryOrigin
    }

    /// The figure for a category, if the incident has one.
    public func figure(_ category: CasualtyCategory) -> CasualtyFigure? {
        casualties.first { $0.category == category }?.figure
    }
}

/// A casualty category with its figure.
public struct CategoryFigure: Hashable, Sendable {
    public var category: CasualtyCategory
    public var figure: CasualtyFigure
    public init(category: CasualtyCategory, figure: CasualtyFigure) { self.category = category; self.figure = figure }
}

/// A translation of a quotation.
public struct Translation: Hashable, Sendable {
    public var text: String
    public var language: String
    public var translator: String?
    public init(text: String, language: String, translator: String? = nil) {
        self.text = text; self.language = language; self.translator = translator
    }
}

/// A pointer to a source, with where in it.
public struct Citation: Hashable, Sendable {
    public var source: String
    /// "p. 12", "para 3", "00:14:05".
    public var locator: String?
    /// The id of the source the words were read in, when that is not `source` itself
    /// (a report quoted in a news article).
    public var quotedIn: String?
    public init(source: String, locator: String? = nil, quotedIn: String? = nil) {
        self.source = source; self.locator = locator; self.quotedIn = quotedIn
    }
}

/// Somebody's words, verbatim, with who said them, when and where it is recorded.
public struct Quotation: Hashable, Sendable {
    public var id: String
    public var text: String
    public var language: String
    public var translation: Translation?
    public var speaker: String
    public var role: String?
    public var date: Day?
    public var occasion: String?
    public var source: Citation?
    public var incidents: [String]
    public var recordLocation: SourceLocation?
    public init(id: String, text: String, language: String = "en", translation: Translation? = nil,
                speaker: String, role: String? = nil, date: Day? = nil, occasion: String? = nil,
                source: Citation? = nil, incidents: [String] = [], recordLocation: SourceLocation? = nil) {
        self.id = id; self.text = text; self.language = language; self.translation = translation
        self.speaker = speaker; self.role = role; self.date = date; self.occasion = occasion
        self.source = source; self.incidents = incidents; self.recordLocation = recordLocation
    }
}

/// What a source is: an article, a report, a book…
public struct Source: Hashable, Sendable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var author: String?
    public var date: Day?
    public var url: String?
    public var accessed: Day?
    /// Path of a local text copy, relative to the project directory.
    public var archive: String?
    /// "article", "report", "book", "testimony"…
    public var kind: String?
    public var recordLocation: SourceLocation?
    /// A remark on the source itself, e.g. how its date was inferred.
    public var note: String?
    public init(id: String, title: String, publisher: String? = nil, author: String? = nil, date: Day? = nil,
                url: String? = nil, accessed: Day? = nil, archive: String? = nil, kind: String? = nil,
                recordLocation: SourceLocation? = nil, note: String? = nil) {
        self.id = id; self.title = title; self.publisher = publisher; self.author = author; self.date = date
        self.url = url; self.accessed = accessed; self.archive = archive; self.kind = kind
        self.recordLocation = recordLocation; self.note = note
    }
}

/// The project file, `dossier.yaml`.
public struct ProjectSpec: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var organisation: String?
    /// BCP 47, "en".
    public var language: String
    public var dataAsOf: Day?
    /// Layout name ("dossier") or path of a layout file.
    public var layout: String
    public var keywords: [String]
    /// Record files or folders, relative to the project.
    public var records: [String]
    /// Markdown sections, relative to the project, in print order.
    public var sections: [String]
    /// Printed labels of casualty categories by name (`medical_staff_killed: Medical staff killed`).
    public var categoryLabels: [String: String]
    /// Documents filed after the dossier in a hearing bundle, in order.
    public var exhibits: [Exhibit] = []
    public init(title: String, subtitle: String? = nil, organisation: String? = nil, language: String = "en",
                dataAsOf: Day? = nil, layout: String = "dossier", keywords: [String] = [],
                records: [String] = [], sections: [String] = [], categoryLabels: [String: String] = [:]) {
        self.title = title; self.subtitle = subtitle; self.organisation = organisation; self.language = language
        self.dataAsOf = dataAsOf; self.layout = layout; self.keywords = keywords; self.records = records
        self.sections = sections; self.categoryLabels = categoryLabels
    }

    /// A category's printed label: the project's own (`categories:`), else its name in words ("Medical staff killed").
    public func label(_ category: CasualtyCategory) -> String { categoryLabels[category.name] ?? category.label }
}

/// A whole project: its spec and its records, incidents sorted by date.
public struct Dossier: Sendable {
    /// The project directory.
    public var directory: String
    public var spec: ProjectSpec
    public var incidents: [Incident]
    public var quotations: [Quotation]
    public var sources: [Source]
    /// Markdown sections by file name, in print order.
    public var sections: [(file: String, markdown: String)]
    /// Where the project's files are; nil for a dossier not loaded from a folder.
    public var files: ProjectFiles?

    public init(directory: String, spec: ProjectSpec, incidents: [Incident] = [], quotations: [Quotation] = [],
                sources: [Source] = [], sections: [(file: String, markdown: String)] = []) {
        self.directory = directory; self.spec = spec; self.incidents = incidents; self.quotations = quotations
        self.sources = sources; self.sections = sections
    }

    /// The source with an id.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    /// The quotations linked to an incident, in date order.
    public func quotations(about incidentID: String) -> [Quotation] {
        quotations.filter { $0.incidents.contains(incidentID) }
    }
}

/// A dossier's sources by id and quotations by incident, found at once: what `Dossier.source` and
/// `Dossier.quotations(about:)` give, for a build that asks thousands of times (each of those
/// reads the records from the start). Made from the dossier as it is; it does not follow later
/// changes. Sendable: a value.
public struct RecordLookup: Sendable {
    private let sources: [Source]
    private let quotations: [Quotation]
    /// Positions in `sources` and `quotations`, not copies of the records.
    private let sourceByID: [String: Int]
    private let quotationsByIncident: [String: [Int32]]

    public init(_ dossier: Dossier) {
        sources = dossier.sources
        quotations = dossier.quotations
        // The first source of an id, as `Dossier.source` finds it.
        sourceByID = Dictionary(dossier.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var about: [String: [Int32]] = [:]
        for (k, quotation) in dossier.quotations.enumerated() {
            var seen = Set<String>()
            for id in quotation.incidents where seen.insert(id).inserted { about[id, default: []].append(Int32(k)) }
        }
        quotationsByIncident = about
    }

    /// The source with an id.
    public func source(_ id: String) -> Source? { sourceByID[id].map { sources[$0] } }
    /// The quotations linked to an incident, in the dossier's order.
    public func quotations(about incidentID: String) -> [Quotation] {
        (quotationsByIncident[incidentID] ?? []).map { quotations[Int($0)] }
    }
}
