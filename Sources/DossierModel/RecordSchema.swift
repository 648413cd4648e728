// RecordSchema: every field of every record file, with its shape and description; the decoder's field
// lists and the JSON Schema printed by `dossier schema` are both read from here, so they cannot drift.

/// The record schema (v1): which fields each kind of record has, what each may hold, and what it means.
public enum RecordSchema {
    /// What a field's value may be.
    public indirect enum Shape: Sendable {
        /// Any text.
        case text
        /// Text in Markdown.
        case markdown
        /// A record id: letters, digits, "-" and "_".
        case identifier
        /// The id of a record of another kind ("incidents", "sources").
        case reference(String)
        /// A calendar day, YYYY-MM-DD.
        case day
        /// An incident's date: a day, a month (YYYY-MM), a year (YYYY) or `{start, end}`.
        case incidentDate
        /// A day, a month (YYYY-MM) or a year (YYYY): one end of an incident's date range.
        case partialDate
        /// A 24-hour local time, HH:MM.
        case time
        /// A whole number of people, 0 or more.
        case count
        /// A decimal number within a range (degrees of latitude or longitude).
        case coordinate(ClosedRange<Double>)
        /// One of a fixed set of words.
        case choice([String])
        /// A BCP 47 language tag.
        case languageTag
        /// An http:// or https:// address.
        case webAddress
        /// A path relative to the project directory.
        case filePath
        /// A two-letter ISO 3166-1 country code.
        case countryCode
        /// A list of values.
        case list(Shape)
        /// One value, or a list of them.
        case oneOrMore(Shape)
        /// Any one of several shapes.
        case either([Shape])
        /// A mapping with named fields.
        case object(Object)
        /// A mapping from category names (killed, injured, … or the project's own) to values.
        case categories(Shape)
        /// A mapping from any names (a spreadsheet's headers, dotted field paths) to values.
        case dictionary(Shape)
    }

    /// One field of a mapping.
    public struct Field: Sendable {
        /// The field's name as written in YAML, JSON and CSV headers.
        public var name: String
        /// What the field may hold.
        public var shape: Shape
        /// Whether a record without the field is an error.
        public var required: Bool
        /// What the field means, for editors and `dossier schema`.
        public var description: String

        /// Creates a field.
        public init(_ name: String, _ shape: Shape, required: Bool = false, _ description: String) {
            self.name = name; self.shape = shape; self.required = required; self.description = description
        }
    }

    /// A mapping with named fields: a record, or a part of one such as a location.
    public struct Object: Sendable {
        /// The name of its definition in the JSON Schema (`incident`, `location`).
        public var name: String
        /// What the mapping is.
        public var description: String
        /// Its fields, in the order the schema lists them.
        public let fields: [Field]
        /// Groups of fields that must be given together or not at all (lat and lon).
        public var together: [[String]]

        /// Creates an object description.
        public init(name: String, description: String, fields: [Field], together: [[String]] = []) {
            self.name = name; self.description = description; self.fields = fields; self.together = together
            fieldNames = fields.map(\.name)
            requiredNames = fields.filter(\.required).map(\.name)
        }

        /// The names of the fields, in schema order (every record read looks them up).
        public let fieldNames: [String]
        /// The names of the required fields, in schema order.
        public let requiredNames: [String]
        /// The field with a name, if the mapping has one.
        public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
    }

    /// The descriptions of the casualty categories the tool knows, in print order.
    public static let knownCategories: [(category: CasualtyCategory, description: String)] = [
        (.killed, "People killed."),
        (.injured, "People injured."),
        (.abducted, "People taken by force and held (kidnapped, taken hostage)."),
        (.detained, "People arrested or held by authorities."),
        (.missing, "People whose fate and whereabouts are unknown."),
    ]

    /// The record kinds a record file may hold, with the definition of one record of each.
    static var recordObjects: [(kind: RecordKind, object: Object)] { RecordKind.allCases.map { ($0, object(for: $0)) } }

    /// The definition of one record of a kind.
    static func object(for kind: RecordKind) -> Object {
        switch kind {
        case .incidents: incident
        case .quotations: quotation
        case .sources: source
        }
    }
}
