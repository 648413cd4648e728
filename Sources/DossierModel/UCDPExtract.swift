// UCDPExtract: a UCDP Georeferenced Event Dataset (GED) extract, as UCDP publishes it or cut down to its
// core columns, mapped onto the record schema: one incident per row, citing the dataset's event and each
// outlet it names, its deaths kept apart by side.

/// Reads a UCDP GED extract into incidents and sources.
///
/// The mapping: `id` → incident `ucdp-<id>`, titled from `type_of_violence` and the place ("One-sided
/// violence in Camp Ashraf, Diyala province"); `date_start`/`date_end` → `date`, `date_prec` 1–5 → day
/// (days when an exact date spans several), days, week, month, year; `where_description`, `adm_1`,
/// `adm_2`, `country` (a known name becomes its ISO code), `latitude`/`longitude` → `location`;
/// `side_a`/`side_b` → perpetrators, alleged (not the side "Civilians"). Deaths stay apart:
/// `deaths_civilians` → `civilians_killed`, `deaths_a` → `side_a_killed`, `deaths_b` → `side_b_killed`,
/// `deaths_unknown` → `unknown_status_killed`, and what `best` counts beyond the columns the extract has →
/// `other_killed`; an extract with none of them gives `best`/`low`/`high` as `killed`, noted as every death
/// together. Each incident cites a source for its GED event (`ucdp-ged-<id>`: dataset, version, event id)
/// and one per outlet of `source_article`. Other columns are not read.
enum UCDPExtract {
    /// The columns that tell a GED extract from a CSV written in the record schema: these, and `best` or
    /// one of the deaths columns.
    static let signature: Set<String> = ["id", "date_start"]
    /// The deaths columns, in print order, with the category each fills and how the summary names it.
    static let deathColumns: [(column: String, category: String, words: String)] = [
        ("deaths_civilians", "civilians_killed", "civilians"), ("deaths_a", "side_a_killed", "on side A"),
        ("deaths_b", "side_b_killed", "on side B"), ("deaths_unknown", "unknown_status_killed", "of unknown status"),
    ]

    /// What `date_prec` codes mean.
    static let precisions: [String: DatePrecision] = ["1": .day, "2": .days, "3": .week, "4": .month, "5": .year]
    /// What `type_of_violence` codes mean.
    static let violence: [String: String] = ["1": "State-based armed conflict", "2": "Non-state conflict", "3": "One-sided violence"]

    /// Whether a header is a GED extract's.
    static func matches(_ header: [CSVTable.Cell]) -> Bool {
        let names = Set(header.map { $0.text.trimmingWhitespace.lowercased() })
        return signature.isSubset(of: names) && (names.contains("best") || deathColumns.contains { names.contains($0.column) })
    }

    /// The GED version a file's name gives: "GEDEvent_v24_1.csv" → 24.1, "ged241.csv" → 24.1.
    static func version(fromFileName path: String) -> String? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        var index = stem.startIndex
        while let v = stem[index...].firstIndex(of: "v") {
            let rest = stem[stem.index(after: v)...]
            let run = rest.prefix { $0.isNumber || $0 == "_" || $0 == "." }
            let parts = run.split(whereSeparator: { $0 == "_" || $0 == "." })
            if parts.count >= 2, run.first?.isNumber == true { return parts.joined(separator: ".") }
            index = stem.index(after: v)
        }
        if stem.hasPrefix("ged") {
            let digits = stem.dropFirst(3).prefix { $0.isNumber }
            if digits.count == 3 { return "\(digits.prefix(2)).\(digits.suffix(1))" }
        }
        return nil
    }

    /// Maps every row of a GED extract; `version` is the dataset's, when known.
    static func read(_ table: CSVTable, version: String? = nil) -> CSVRecords.Outcome {
        var outcome = CSVRecords.Outcome()
        var position: [String: Int] = [:]
        for (index, cell) in table.header.enumerated() {
            let name = cell.text.trimmingWhitespace.lowercased()
            if position[name] == nil { position[name] = index }
        }
        let start = table.header.first?.location
        if version == nil, let start {
            outcome.diagnostics.append(Diagnostic(
                severity: .warning, location: start, field: nil,
                message: "the extract does not say which version of UCDP GED it comes from, so its citations cannot",
                expected: "version: 24.1 (the dataset's version) on this file's entry in dossier.yaml, or the file named as UCDP names it, "
                    + "e.g. GEDEvent_v24_1.csv"))
        }
        var incidents: [RecordValue] = [], sources: [RecordValue] = []
        var outlets = OutletSources()
        for row in table.rows where !row.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            var mapper = RowMapper(row: row, position: position, version: version)
            if let incident = mapper.map(outlets: &outlets) {
                incidents.append(incident)
                sources += mapper.sources
            }
            outcome.diagnostics += mapper.diagnostics
            outcome.columns.merge(mapper.origins) { first, _ in first }
        }
        outcome.root = RecordValue(content: .mapping([
            RecordValue.Entry(key: RecordKind.incidents.rawValue, keyLocation: start, value: RecordValue(content: .list(incidents), location: start)),
            RecordValue.Entry(key: RecordKind.sources.rawValue, keyLocation: start, value: RecordValue(content: .list(sources), location: start)),
        ]), location: start)
        return outcome
    }

    /// The outlets cited so far, so that an article several events cite is one source.
    struct OutletSources {
        /// The id of each article by its text as written.
        var ids: [String: String] = [:]
        /// Ids given out.
        var taken = Set<String>()

        /// The id for an article, and whether it is new.
        mutating func id(for article: String, outlet: String, date: String?) -> (id: String, isNew: Bool) {
            let key = article.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let id = ids[key] { return (id, false) }
            let base = "ucdp-src-" + (CSVRecords.slug(outlet, limit: 60) ?? "outlet") + "-" + (date ?? "undated")
            var id = base, count = 1
            while taken.contains(id) { count += 1; id = "\(base)-\(count)" }
            taken.insert(id)
            ids[key] = id
            return (id, true)
        }
    }

}
