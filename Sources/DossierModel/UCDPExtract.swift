// UCDPExtract: a UCDP Georeferenced Event Dataset (GED) extract, as UCDP publishes it, mapped onto the
// record schema: one incident and one source per row, taking only what the columns say.

/// Reads a UCDP GED CSV extract into incidents and sources.
///
/// The mapping: `id` → incident `ucdp-<id>` (titled "UCDP GED event <id>", as GED gives no title);
/// `date_start`/`date_end` → `date`; `date_prec` 1–5 → `date_precision` day, days, week, month, year;
/// `best`/`low`/`high` → `casualties.killed`, with `deaths_civilians` in its note; `where_description`,
/// `adm_1`, `adm_2`, `country` (a known name becomes its ISO code), `latitude`/`longitude` → `location`;
/// `side_a`/`side_b` → perpetrators, alleged (not the side "Civilians"); `source_article` → a source
/// `ucdp-<id>-source` that the incident cites. Other columns are not read.
enum UCDPExtract {
    /// The columns that tell a GED extract from a CSV written in the record schema.
    static let signature: Set<String> = ["id", "date_start", "date_end", "best", "where_description"]

    /// What `date_prec` codes mean.
    static let precisions: [String: DatePrecision] = ["1": .day, "2": .days, "3": .week, "4": .month, "5": .year]

    /// Whether a header is a GED extract's.
    static func matches(_ header: [CSVTable.Cell]) -> Bool {
        signature.isSubset(of: Set(header.map { $0.text.trimmingWhitespace.lowercased() }))
    }

    /// Maps every row of a GED extract.
    static func read(_ table: CSVTable) -> CSVRecords.Outcome {
        var outcome = CSVRecords.Outcome()
        var position: [String: Int] = [:]
        for (index, cell) in table.header.enumerated() {
            let name = cell.text.trimmingWhitespace.lowercased()
            if position[name] == nil { position[name] = index }
        }
        var incidents: [RecordValue] = [], sources: [RecordValue] = []
        for row in table.rows where !row.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            var mapper = RowMapper(row: row, position: position)
            if let (incident, source) = mapper.map() {
                incidents.append(incident)
                if let source { sources.append(source) }
            }
            outcome.diagnostics += mapper.diagnostics
            outcome.columns.merge(mapper.origins) { first, _ in first }
        }
        let start = table.header.first?.location
        outcome.root = RecordValue(content: .mapping([
            RecordValue.Entry(key: RecordKind.incidents.rawValue, keyLocation: start, value: RecordValue(content: .list(incidents), location: start)),
            RecordValue.Entry(key: RecordKind.sources.rawValue, keyLocation: start, value: RecordValue(content: .list(sources), location: start)),
        ]), location: start)
        return outcome
    }

    /// Maps one row.
    private struct RowMapper {
        let row: [CSVTable.Cell]
        let position: [String: Int]
        var diagnostics: [Diagnostic] = []
        /// The column of each cell read.
        var cellColumns: [SourceLocation: String] = [:]
        /// For each cell, the fields made from it and the column each came from.
        var origins: [SourceLocation: [String: String]] = [:]
        /// How diagnostics name the row's record: its id when it has one, as the decoder does.
        var recordPath = ""

        init(row: [CSVTable.Cell], position: [String: Int]) { self.row = row; self.position = position }

        /// The dotted path of a column of this row, for diagnostics.
        func field(_ column: String) -> String { recordPath.isEmpty ? column : "\(recordPath).\(column)" }

        /// The cell of a column, if the row has it and it is not blank; notes which column it is.
        mutating func cell(_ column: String) -> CSVTable.Cell? {
            guard let index = position[column], index < row.count else { return nil }
            var cell = row[index]
            cell.text = cell.text.trimmingWhitespace
            guard !cell.text.isEmpty else { return nil }
            cellColumns[cell.location] = column
            return cell
        }

        /// A field whose value is a cell's text; notes which column the field came from.
        mutating func entry(_ key: String, _ cell: CSVTable.Cell) -> RecordValue.Entry {
            if let column = cellColumns[cell.location] { origins[cell.location, default: [:]][key] = column }
            return RecordValue.Entry(key: key, keyLocation: cell.location, value: RecordValue(content: .scalar(cell.text), location: cell.location))
        }

        /// A field whose value is a list or mapping starting at `location`.
        func entry(_ key: String, _ content: RecordValue.Content, at location: SourceLocation?) -> RecordValue.Entry {
            RecordValue.Entry(key: key, keyLocation: location, value: RecordValue(content: content, location: location))
        }

        /// The row's incident, and its source when it names one.
        mutating func map() -> (RecordValue, RecordValue?)? {
            let rowStart = row.first?.location
            var incident: [RecordValue.Entry] = []
            let idCell = cell("id")
            let id = idCell.map { "ucdp-\($0.text)" }
            if let id, RecordDecoder.isIdentifier(id) { recordPath = id }
            if let idCell, let id {
                incident.append(entry("id", CSVTable.Cell(text: id, location: idCell.location)))
                incident.append(entry("title", CSVTable.Cell(text: "UCDP GED event \(idCell.text)", location: idCell.location)))
            } else if let index = position["id"], index < row.count {
                // Let the decoder report the empty id where it is; the title names the row so that the
                // missing id is the only problem reported.
                incident.append(entry("id", .null, at: row[index].location))
                incident.append(entry("title", CSVTable.Cell(text: "UCDP GED event on line \(row[index].location.line)",
                                                             location: row[index].location)))
            }
            incident += date()
            if let place = location() { incident.append(place) }
            let perpetrators = ["side_a", "side_b"].compactMap { cell($0) }
                .filter { $0.text.lowercased() != "civilians" }
                .map { side in
                    RecordValue(content: .mapping([entry("name", side),
                                                   entry("attribution", CSVTable.Cell(text: Attribution.alleged.rawValue, location: side.location))]),
                                location: side.location)
                }
            if !perpetrators.isEmpty { incident.append(entry("perpetrators", .list(perpetrators), at: perpetrators[0].location)) }
            if let killed = killed() {
                incident.append(entry("casualties", .mapping([killed]), at: killed.keyLocation))
            }
            var source: RecordValue?
            if var article = cell("source_article"), let id, let idCell {
                let sourceID = "\(id)-source"
                // A cell may hold line breaks; a title is one line.
                article.text = article.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                source = RecordValue(content: .mapping([
                    entry("id", CSVTable.Cell(text: sourceID, location: article.location)),
                    entry("title", article),
                ]), location: article.location)
                let reference = RecordValue(content: .scalar(sourceID), location: idCell.location)
                incident.append(RecordValue.Entry(key: "sources", keyLocation: article.location,
                                                  value: RecordValue(content: .list([reference]), location: article.location)))
            }
            return (RecordValue(content: .mapping(incident), location: rowStart), source)
        }

        /// `date` and `date_precision` from date_start, date_end and date_prec.
        mutating func date() -> [RecordValue.Entry] {
            var entries: [RecordValue.Entry] = []
            let start = cell("date_start").map(Self.dayOnly), end = cell("date_end").map(Self.dayOnly)
            if let start {
                if let end, end.text != start.text {
                    entries.append(entry("date", .mapping([entry("start", start), entry("end", end)]), at: start.location))
                } else {
                    entries.append(entry("date", start))
                }
            } else if let index = position["date_start"], index < row.count {
                entries.append(entry("date", .null, at: row[index].location))
            }
            if let precision = cell("date_prec") {
                if let value = UCDPExtract.precisions[precision.text] {
                    entries.append(entry("date_precision", CSVTable.Cell(text: value.rawValue, location: precision.location)))
                } else {
                    diagnostics.append(Diagnostic(
                        severity: .error, location: precision.location, field: field("date_prec"),
                        message: "\"\(precision.text)\" is not a UCDP date precision",
                        expected: "1 (exact day), 2 (2 to 6 days), 3 (week), 4 (month) or 5 (year)"))
                }
            }
            return entries
        }

        /// `location` from where_description, adm_1, adm_2, country, latitude and longitude.
        mutating func location() -> RecordValue.Entry? {
            let parts = ["where_description", "adm_2", "adm_1", "country"].map { cell($0) }
            // GED sometimes leaves the description empty; the most precise place it does give names the spot.
            guard let name = parts.compactMap({ $0 }).first else { return nil }
            var fields = [entry("name", name)]
            if let admin1 = parts[2] { fields.append(entry("admin1", admin1)) }
            if let admin2 = parts[1] { fields.append(entry("admin2", admin2)) }
            if let country = parts[3] { fields.append(entry("country", country)) }
            if let latitude = cell("latitude") { fields.append(entry("lat", latitude)) }
            if let longitude = cell("longitude") { fields.append(entry("lon", longitude)) }
            return entry("location", .mapping(fields), at: name.location)
        }

        /// `casualties.killed` from best, low, high and deaths_civilians.
        mutating func killed() -> RecordValue.Entry? {
            let estimate = ["low", "best", "high"].compactMap { key in cell(key).map { entry(key, $0) } }
            guard let first = estimate.first else { return nil }
            var fields = estimate
            if let civilians = cell("deaths_civilians") {
                if let count = Int(civilians.text), count >= 0 {
                    let words = count == 0 ? "none of them civilians" : "of whom \(count) civilian\(count == 1 ? "" : "s")"
                    fields.append(entry("note", CSVTable.Cell(text: "\(words) (UCDP deaths_civilians)", location: civilians.location)))
                } else {
                    diagnostics.append(Diagnostic(severity: .error, location: civilians.location, field: field("deaths_civilians"),
                                                  message: "\"\(civilians.text)\" is not a whole number",
                                                  expected: "a whole number, 0 or more"))
                }
            }
            return entry("killed", .mapping(fields), at: first.keyLocation)
        }

        /// A GED date cell without the time some exports add ("2013-09-01 00:00:00.000").
        static func dayOnly(_ cell: CSVTable.Cell) -> CSVTable.Cell {
            var cell = cell
            if let cut = cell.text.firstIndex(where: { $0 == " " || $0 == "T" }) { cell.text = String(cell.text[..<cut]) }
            return cell
        }
    }
}
