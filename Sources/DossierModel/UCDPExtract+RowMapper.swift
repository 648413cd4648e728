// UCDPExtract+RowMapper: one UCDP GED row mapped onto an incident and the sources it cites.

extension UCDPExtract {
    /// Maps one row.
    struct RowMapper {
        let row: [CSVTable.Cell]
        let position: [String: Int]
        let version: String?
        var diagnostics: [Diagnostic] = []
        /// The sources this row adds: its GED event, and outlets not cited before.
        var sources: [RecordValue] = []
        /// The column of each cell read.
        var cellColumns: [SourceLocation: String] = [:]
        /// For each cell, the fields made from it and the column each came from.
        var origins: [SourceLocation: [String: String]] = [:]
        /// How diagnostics name the row's record: its id when it has one, as the decoder does.
        var recordPath = ""

        init(row: [CSVTable.Cell], position: [String: Int], version: String?) {
            self.row = row; self.position = position; self.version = version
        }

        /// The dotted path of a column of this row, for diagnostics.
        func field(_ column: String) -> String { recordPath.isEmpty ? column : "\(recordPath).\(column)" }

        /// Whether the extract has a column.
        func has(_ column: String) -> Bool { position[column] != nil }

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

        /// A field whose value is text made up here, placed at `location`.
        func entry(_ key: String, text: String, at location: SourceLocation?) -> RecordValue.Entry {
            RecordValue.Entry(key: key, keyLocation: location, value: RecordValue(content: .scalar(text), location: location))
        }

        /// A field whose value is a list or mapping starting at `location`.
        func entry(_ key: String, _ content: RecordValue.Content, at location: SourceLocation?) -> RecordValue.Entry {
            RecordValue.Entry(key: key, keyLocation: location, value: RecordValue(content: content, location: location))
        }

        /// The row's incident; its sources are left in `sources`.
        mutating func map(outlets: inout OutletSources) -> RecordValue? {
            let rowStart = row.first?.location
            var incident: [RecordValue.Entry] = []
            let idCell = cell("id")
            let id = idCell.map { "ucdp-\($0.text)" }
            if let id, RecordDecoder.isIdentifier(id) { recordPath = id }
            let place = location()
            let kind = cell("type_of_violence").flatMap { violence[$0.text] }
            if let idCell, let id {
                incident.append(entry("id", text: id, at: idCell.location))
                incident.append(entry("title", text: title(kind: kind, place: place?.words), at: idCell.location))
            } else if let index = position["id"], index < row.count {
                // Let the decoder report the empty id where it is; the title names the row so that the
                // missing id is the only problem reported.
                incident.append(entry("id", .null, at: row[index].location))
                incident.append(entry("title", text: "UCDP GED event on line \(row[index].location.line)", at: row[index].location))
            }
            incident += date()
            if let place { incident.append(place.entry) }
            let sides = ["side_a", "side_b"].map { cell($0) }
            let perpetrators = sides.compactMap { $0 }
                .filter { $0.text.lowercased() != "civilians" }
                .map { side in
                    RecordValue(content: .mapping([entry("name", side),
                                                   entry("attribution", text: Attribution.alleged.rawValue, at: side.location)]),
                                location: side.location)
                }
            if !perpetrators.isEmpty { incident.append(entry("perpetrators", .list(perpetrators), at: perpetrators[0].location)) }
            var cited: [String] = []
            if let idCell, let id {
                let eventSource = "ucdp-ged-\(idCell.text)"
                if RecordDecoder.isIdentifier(eventSource), RecordDecoder.isIdentifier(id) {
                    sources.append(gedSource(id: eventSource, event: idCell))
                    cited.append(eventSource)
                }
            }
            let casualties = deaths(kind: kind, sides: sides.map { $0?.text }, citing: cited)
            if !casualties.figures.isEmpty {
                incident.append(entry("casualties", .mapping(casualties.figures), at: casualties.figures[0].keyLocation))
            }
            if let article = cell("source_article"), !cited.isEmpty {
                for piece in Self.articles(in: article.text) {
                    let (outlet, date, headline) = Self.parts(of: piece)
                    let (sourceID, isNew) = outlets.id(for: piece, outlet: outlet, date: date)
                    if isNew {
                        var fields = [entry("id", text: sourceID, at: article.location),
                                      entry("title", text: Self.oneLine(headline ?? "Report by \(outlet)"), at: article.location),
                                      entry("publisher", text: Self.oneLine(outlet), at: article.location),
                                      entry("kind", text: "article", at: article.location)]
                        if let date { fields.append(entry("date", text: date, at: article.location)) }
                        sources.append(RecordValue(content: .mapping(fields), location: article.location))
                    }
                    if !cited.contains(sourceID) { cited.append(sourceID) }
                }
            }
            if !cited.isEmpty, let at = idCell?.location {
                incident.append(entry("sources", .list(cited.map { RecordValue(content: .scalar($0), location: at) }), at: at))
            }
            if let summary = casualties.summary, let at = idCell?.location {
                incident.append(entry("summary", text: summary, at: at))
            }
            return RecordValue(content: .mapping(incident), location: rowStart)
        }

        /// "One-sided violence in Camp Ashraf, near Khalis, Diyala province".
        func title(kind: String?, place: String?) -> String {
            let what = kind ?? "Violent event"
            guard let place else { return "\(what) (UCDP GED)" }
            let shortened = place.count > 300 ? String(place.prefix(299)) + "…" : place
            return "\(what) in \(shortened)"
        }

        /// The source for the row's GED event: the dataset, its version and the event's id.
        mutating func gedSource(id: String, event: CSVTable.Cell) -> RecordValue {
            let dataset = "UCDP Georeferenced Event Dataset (GED)" + (version.map { " Global version \($0)" } ?? "")
            var fields = [entry("id", text: id, at: event.location),
                          entry("title", text: "\(dataset), event \(event.text)", at: event.location),
                          entry("publisher", text: "Uppsala Conflict Data Program (UCDP), Uppsala University", at: event.location),
                          entry("kind", text: "dataset", at: event.location),
                          entry("url", text: "https://ucdp.uu.se/downloads/", at: event.location)]
            if version == nil {
                fields.append(entry("note", text: "The version of the dataset is not known.", at: event.location))
            }
            return RecordValue(content: .mapping(fields), location: event.location)
        }

        /// The figures: each deaths column as its own category, and a summary saying how they add up.
        mutating func deaths(kind: String?, sides: [String?], citing cited: [String]) -> (figures: [RecordValue.Entry], summary: String?) {
            let estimate = ["low", "best", "high"].compactMap { key in cell(key).map { (key, $0) } }
            let bestCell = estimate.first { $0.0 == "best" }?.1
            let best = bestCell.flatMap { Int($0.text) }
            let present = deathColumns.filter { has($0.column) }
            var figures: [RecordValue.Entry] = []
            var parts: [String] = []
            var counted = 0
            var read = 0
            for death in present {
                guard let cell = cell(death.column) else { continue }
                guard let count = Int(cell.text), count >= 0 else {
                    diagnostics.append(Diagnostic(severity: .error, location: cell.location, field: field(death.column),
                                                  message: "\"\(cell.text)\" is not a whole number", expected: "a whole number, 0 or more"))
                    continue
                }
                read += 1
                counted += count
                // Civilian deaths are stated even when there are none; the other sides only when there are some.
                guard count > 0 || death.column == "deaths_civilians" else { continue }
                var words = "\(count) \(death.words)"
                var fields = [entry("best", cell)]
                if death.column == "deaths_a" || death.column == "deaths_b" {
                    let side = death.column == "deaths_a" ? sides[0] : sides[1]
                    if let side {
                        words += " (\(side))"
                        fields.append(entry("note", text: Self.oneLine("side \(death.column == "deaths_a" ? "A" : "B"): \(side)"), at: cell.location))
                    }
                }
                parts.append(words)
                if !cited.isEmpty { fields.append(sourcesEntry(cited[0], at: cell.location)) }
                figures.append(entry(death.category, .mapping(fields), at: cell.location))
            }
            if read > 0 {
                if let best, let bestCell {
                    if present.count == deathColumns.count, counted != best {
                        diagnostics.append(Diagnostic(
                            severity: .warning, location: bestCell.location, field: field("best"),
                            message: "deaths_a, deaths_b, deaths_civilians and deaths_unknown add up to \(counted), but best is \(best)",
                            expected: "the deaths columns adding up to best, as UCDP publishes them"))
                    } else if best > counted {
                        // The extract leaves out some deaths columns: what best counts beyond them stays apart too.
                        let rest = best - counted
                        var fields = [entry("best", text: String(rest), at: bestCell.location),
                                      entry("note", text: "deaths UCDP counts that this extract does not divide by side", at: bestCell.location)]
                        if !cited.isEmpty { fields.append(sourcesEntry(cited[0], at: bestCell.location)) }
                        figures.append(entry("other_killed", .mapping(fields), at: bestCell.location))
                        parts.append("\(rest) not divided by side in this extract")
                    }
                }
            } else if let first = estimate.first {
                var fields = estimate.map { entry($0.0, $0.1) }
                fields.append(entry("note", text: "every death UCDP counts, combatants and civilians together", at: first.1.location))
                if !cited.isEmpty { fields.append(sourcesEntry(cited[0], at: first.1.location)) }
                figures.append(entry("killed", .mapping(fields), at: first.1.location))
            }
            guard let event = cell("id")?.text else { return (figures, nil) }
            var summary = "UCDP GED\(version.map { " \($0)" } ?? "") records event \(event)"
            if let kind { summary += " as \(kind.lowercased())" }
            let named = sides.compactMap { $0 }.filter { $0.lowercased() != "civilians" }
            if !named.isEmpty {
                summary += kind == "One-sided violence" || named.count == 1 ? " by \(named[0])" : " between \(named.joined(separator: " and "))"
            }
            summary += "."
            if let best {
                let range = ["low", "high"].compactMap { key in estimate.first { $0.0 == key }.map { "\(key) \($0.1.text)" } }
                summary += " Its best estimate is \(best) death\(best == 1 ? "" : "s") in all"
                summary += range.isEmpty ? "" : " (\(range.joined(separator: ", ")))"
                summary += parts.isEmpty ? ", combatants and civilians together." : ": \(Self.listed(parts))."
            } else if !parts.isEmpty {
                summary += " It counts \(Self.listed(parts)) killed."
            }
            return (figures, Self.escapedMarkdown(summary))
        }

        /// `sources: [id]` on a figure.
        func sourcesEntry(_ id: String, at location: SourceLocation) -> RecordValue.Entry {
            entry("sources", .list([RecordValue(content: .scalar(id), location: location)]), at: location)
        }

        /// `date` and `date_precision` from date_start, date_end and date_prec.
        mutating func date() -> [RecordValue.Entry] {
            var entries: [RecordValue.Entry] = []
            let start = cell("date_start").map(Self.dayOnly), end = cell("date_end").map(Self.dayOnly)
            let isRange = start != nil && end != nil && end!.text != start!.text
            if let start {
                if let end, isRange {
                    entries.append(entry("date", .mapping([entry("start", start), entry("end", end)]), at: start.location))
                } else {
                    entries.append(entry("date", start))
                }
            } else if let index = position["date_start"], index < row.count {
                entries.append(entry("date", .null, at: row[index].location))
            }
            if let precision = cell("date_prec") {
                if var value = UCDPExtract.precisions[precision.text] {
                    // Code 1 is an exact date; an event over several exactly known days is exact too.
                    if value == .day, isRange { value = .days }
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

        /// `location` from where_description, adm_1, adm_2, country, latitude and longitude, and the place in words.
        mutating func location() -> (entry: RecordValue.Entry, words: String)? {
            let parts = ["where_description", "adm_2", "adm_1", "country"].map { cell($0) }
            // GED sometimes leaves the description empty; the most precise place it does give names the spot.
            guard let name = parts.compactMap({ $0 }).first else { return nil }
            var fields = [entry("name", name)]
            if let admin1 = parts[2] { fields.append(entry("admin1", admin1)) }
            if let admin2 = parts[1] { fields.append(entry("admin2", admin2)) }
            if let country = parts[3] { fields.append(entry("country", country)) }
            if let latitude = cell("latitude") { fields.append(entry("lat", latitude)) }
            if let longitude = cell("longitude") { fields.append(entry("lon", longitude)) }
            var words = Self.oneLine(name.text)
            if let admin1 = parts[2]?.text, admin1 != name.text, !words.lowercased().contains(admin1.lowercased()) {
                words += ", " + Self.oneLine(admin1)
            }
            return (entry("location", .mapping(fields), at: name.location), words)
        }

        /// A GED date cell without the time some exports add ("2013-09-01 00:00:00.000").
        static func dayOnly(_ cell: CSVTable.Cell) -> CSVTable.Cell {
            var cell = cell
            if let cut = cell.text.firstIndex(where: { $0 == " " || $0 == "T" }) { cell.text = String(cell.text[..<cut]) }
            return cell
        }

        /// The articles of a `source_article` cell: pieces between semicolons outside double quotes.
        static func articles(in text: String) -> [String] {
            var pieces: [String] = [], current = "", quoted = false
            for character in text {
                if character == "\"" { quoted.toggle() }
                if character == ";", !quoted {
                    pieces.append(current); current = ""
                } else {
                    current.append(character)
                }
            }
            pieces.append(current)
            return pieces.map { oneLine($0) }.filter { !$0.isEmpty }
        }

        /// An article's outlet, date and headline: "Agence X, 2013-09-02, Headline" or just "Agence X".
        static func parts(of article: String) -> (outlet: String, date: String?, headline: String?) {
            var pieces: [String] = [], current = "", quoted = false
            for character in article {
                if character == "\"" { quoted.toggle(); continue }
                if character == ",", !quoted { pieces.append(current); current = ""; continue }
                current.append(character)
            }
            pieces.append(current)
            pieces = pieces.map(\.trimmingWhitespace).filter { !$0.isEmpty }
            guard let outlet = pieces.first else { return (article, nil, nil) }
            let dateIndex = pieces.indices.dropFirst().first { Day(iso: pieces[$0]) != nil }
            let rest = pieces.indices.dropFirst().filter { $0 != dateIndex }.map { pieces[$0] }
            return (outlet, dateIndex.map { pieces[$0] }, rest.isEmpty ? nil : rest.joined(separator: ", "))
        }

        /// Text on one line, runs of white space made one space, at most 400 characters.
        static func oneLine(_ text: String) -> String {
            let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return line.count > 400 ? String(line.prefix(399)) + "…" : line
        }

        /// "a, b and c".
        static func listed(_ items: [String]) -> String {
            items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
        }

        /// Text with the characters Markdown would read as marks escaped, since the summary is Markdown.
        static func escapedMarkdown(_ text: String) -> String {
            var out = ""
            for character in text {
                if "\\`*_[]<>#|".contains(character) { out.append("\\") }
                out.append(character)
            }
            return out
        }
    }
}
