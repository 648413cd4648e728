// RecordDecoder+Incident: decoding an incident: its date, time, place, perpetrators and sources.

extension RecordDecoder {
    /// The fields an incident may have, in the order the schema lists them.
    static var incidentFields: [String] { RecordSchema.incident.fieldNames }

    /// Decodes one incident; `position` is its 0-based place in its file's list.
    mutating func incident(from value: RecordValue, position: Int) -> Incident? {
        guard case let (id, fields)? = openRecord(value, kind: .incidents, position: position) else { return nil }
        let title = fields["title"].flatMap { nonBlankText($0, field: fields.path("title")) }
        let date = fields["date"].flatMap { incidentDate($0, precision: fields["date_precision"], fields: fields) }
        let time = fields["time"].flatMap { timeOfDay($0, field: fields.path("time")) }
        let location = fields["location"].flatMap { self.location($0, field: fields.path("location")) }
        let perpetrators = fields["perpetrators"].map { self.perpetrators($0, field: fields.path("perpetrators")) } ?? []
        let sources = fields["sources"].map { references($0, field: fields.path("sources"), to: .sources) } ?? []
        let casualties = fields["casualties"].map {
            self.casualties($0, field: fields.path("casualties"), incidentHasSources: !sources.isEmpty)
        } ?? []
        let verification = fields["verification"].flatMap { choice($0, field: fields.path("verification"), as: Verification.self) }
        let summary = fields["summary"].flatMap { text($0, field: fields.path("summary"), as: .paragraphs) } ?? ""
        let tags = fields["tags"].map { textList($0, field: fields.path("tags")).map(\.text) } ?? []
        guard let id, let title, let date, let location else { return nil }
        return Incident(id: id, title: title, date: date, time: time, location: location, perpetrators: perpetrators,
                        casualties: casualties, verification: verification, summary: summary, sources: sources,
                        tags: tags, recordLocation: value.location, summaryOrigin: Self.origin(of: fields["summary"]))
    }

    /// Where a text's first line was written; a value without a known origin starts where it is.
    static func origin(of value: RecordValue?) -> TextOrigin? {
        guard let value else { return nil }
        return value.origin ?? value.location.map { TextOrigin(start: $0, keepsLines: false) }
    }

    /// Reads `date` (a day, a month, a year or `{start, end}`) together with `date_precision`.
    private mutating func incidentDate(_ value: RecordValue, precision precisionValue: RecordValue?,
                                       fields: Fields) -> IncidentDate? {
        let field = fields.path("date")
        let precision = precisionValue.flatMap { choice($0, field: fields.path("date_precision"), as: DatePrecision.self) }
        let start: Day.Span?, end: Day.Span?
        switch value.content {
        case .mapping:
            guard let range = self.fields(of: value, path: field, object: RecordSchema.dateRange,
                                          expected: "a date or {start, end}") else { return nil }
            start = range["start"].flatMap { span($0, field: range.path("start")) }
            end = range["end"].flatMap { span($0, field: range.path("end")) } ?? start
            if let start, let end, end.last < start.first, let endValue = range["end"] {
                error("end \(Self.written(end)) is before start \(Self.written(start))", at: endValue.location,
                      field: range.path("end"), expected: "an end on or after the start")
                return nil
            }
        case .scalar:
            start = span(value, field: field)
            end = start
        case .list, .null:
            wrongShape(value, field: field, expected: "a date written YYYY-MM-DD, or {start, end}")
            return nil
        }
        guard let start, let end else { return nil }
        // What the date as written can say: the coarser of its two ends, and "days" for a range of days.
        var written = [start.precision, end.precision].max { Self.rank($0) < Self.rank($1) } ?? .day
        if written == .day, start.first != end.last { written = .days }
        if let precision, let precisionValue, Self.rank(precision) < Self.rank(written) {
            let coarser = DatePrecision.allCases.filter { Self.rank($0) >= Self.rank(written) }.map(\.rawValue)
            let allowed = coarser.dropLast().joined(separator: ", ") + (coarser.count > 1 ? " or " : "") + coarser.last!
            let what = written == .days ? "a range of days" : "a date given only to the \(written.rawValue)"
            error("precision \"\(precision.rawValue)\" does not fit \(what)", at: precisionValue.location,
                  field: fields.path("date_precision"), expected: allowed)
        }
        return IncidentDate(start: start.first, end: end.last, precision: precision ?? written)
    }

    /// Reads one end of an incident's date: YYYY-MM-DD, YYYY-MM or YYYY.
    private mutating func span(_ value: RecordValue, field: String) -> Day.Span? {
        guard let text = text(value, field: field) else { return nil }
        switch Day.parseSpan(text.trimmingWhitespace) {
        case .success(let span):
            return span
        case .failure(let problem):
            if let reason = problem.reason {
                error("invalid date \"\(text)\": \(reason)", at: value.location, field: field,
                      expected: "a date written YYYY-MM-DD, e.g. 2013-09-01")
            } else {
                error("invalid date \"\(text)\"", at: value.location, field: field,
                      expected: "a date written YYYY-MM-DD, e.g. 2013-09-01, or YYYY-MM or YYYY when only the month or year is known")
            }
            return nil
        }
    }

    /// How coarse a precision is: day 0 … year 4.
    private static func rank(_ precision: DatePrecision) -> Int { DatePrecision.allCases.firstIndex(of: precision) ?? 0 }

    /// A date end as the user wrote it: "2009-07-28", "2009-07" or "2009".
    private static func written(_ span: Day.Span) -> String {
        switch span.precision {
        case .year: return String(span.first.description.prefix(4))
        case .month: return String(span.first.description.prefix(7))
        default: return span.first.description
        }
    }

    /// Reads a local time, "6:00" or "06:00", and writes it back as "06:00".
    private mutating func timeOfDay(_ value: RecordValue, field: String) -> String? {
        guard let text = text(value, field: field) else { return nil }
        let parts = text.trimmingWhitespace.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
           parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) {
            return (hour < 10 ? "0" : "") + "\(hour):" + parts[1]
        }
        error("invalid time \"\(text)\"", at: value.location, field: field,
              expected: "a 24-hour time written HH:MM, e.g. \"06:00\"")
        return nil
    }

    /// Reads a place: a name, or a mapping with name, admin1, admin2, country, lat, lon.
    private mutating func location(_ value: RecordValue, field: String) -> Location? {
        if case .scalar = value.content { return nonBlankText(value, field: field).map { Location(name: $0) } }
        guard let fields = fields(of: value, path: field, object: RecordSchema.location,
                                  expected: "a place name, or {name, admin1, admin2, country, lat, lon}")
        else { return nil }
        let name = fields["name"].flatMap { nonBlankText($0, field: fields.path("name")) }
        let admin1 = fields["admin1"].flatMap { text($0, field: fields.path("admin1")) }
        let admin2 = fields["admin2"].flatMap { text($0, field: fields.path("admin2")) }
        var country: String?
        if let value = fields["country"], let code = text(value, field: fields.path("country")) {
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                country = code
            } else if acceptsCountryNames {
                country = CountryNames.code(for: code) ?? code
            } else {
                let known = CountryNames.code(for: code).map { " (did you mean \"\($0)\"?)" } ?? ""
                error("\"\(code)\" is not a country code\(known)", at: value.location, field: fields.path("country"),
                      expected: "a two-letter ISO 3166-1 code such as IQ")
            }
        }
        let latitude = fields["lat"].flatMap { number($0, field: fields.path("lat"), in: -90...90) }
        let longitude = fields["lon"].flatMap { number($0, field: fields.path("lon"), in: -180...180) }
        if (fields["lat"] == nil) != (fields["lon"] == nil) {
            error("lat and lon must be given together", at: fields.location, field: field, expected: "both lat and lon, or neither")
        }
        guard let name else { return nil }
        return Location(name: name, admin1: admin1, admin2: admin2, country: country, latitude: latitude, longitude: longitude)
    }

    /// Reads perpetrators: a list of names or of {name, attribution}.
    private mutating func perpetrators(_ value: RecordValue, field: String) -> [Perpetrator] {
        let items: [RecordValue]
        switch value.content {
        case .list(let list): items = list
        case .scalar: items = [value]
        case .mapping, .null:
            wrongShape(value, field: field, expected: "a list of names or of {name, attribution}")
            return []
        }
        var result: [Perpetrator] = []
        for (index, item) in items.enumerated() {
            let itemField = isList(value) ? "\(field)[\(index)]" : field
            if case .scalar = item.content {
                if let name = nonBlankText(item, field: itemField) { result.append(Perpetrator(name: name)) }
                continue
            }
            guard let fields = fields(of: item, path: itemField, object: RecordSchema.perpetrator,
                                      expected: "a name or {name, attribution}") else { continue }
            let name = fields["name"].flatMap { nonBlankText($0, field: fields.path("name")) }
            let attribution = fields["attribution"].flatMap { choice($0, field: fields.path("attribution"), as: Attribution.self) }
            if let name { result.append(Perpetrator(name: name, attribution: attribution ?? .alleged)) }
        }
        return result
    }

    /// Whether a value is a list.
    private func isList(_ value: RecordValue) -> Bool {
        if case .list = value.content { return true } else { return false }
    }
}
