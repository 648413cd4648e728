// RecordDecoder+Incident: decoding an incident: its date, time, place, perpetrators and sources.

extension RecordDecoder {
    /// The fields an incident may have, in the order the schema lists them.
    static let incidentFields = ["id", "title", "date", "date_precision", "time", "location", "perpetrators",
                                 "casualties", "verification", "summary", "sources", "tags"]

    /// Decodes one incident; `position` is its 0-based place in its file's list.
    mutating func incident(from value: RecordValue, position: Int) -> Incident? {
        let (path, id) = openRecord(value, kind: .incidents, position: position)
        guard let fields = fields(of: value, path: path, allowed: Self.incidentFields,
                                  required: ["id", "title", "date", "location"],
                                  expected: "an incident: a mapping with id, title, date, location, …")
        else { return nil }
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
        let summary = fields["summary"].flatMap { text($0, field: fields.path("summary")) } ?? ""
        let tags = fields["tags"].map { textList($0, field: fields.path("tags")).map(\.text) } ?? []
        guard let id, let title, let date, let location else { return nil }
        return Incident(id: id, title: title, date: date, time: time, location: location, perpetrators: perpetrators,
                        casualties: casualties, verification: verification, summary: summary, sources: sources,
                        tags: tags, recordLocation: value.location)
    }

    /// Reads `date` (a day or `{start, end}`) together with `date_precision`.
    private mutating func incidentDate(_ value: RecordValue, precision precisionValue: RecordValue?,
                                       fields: Fields) -> IncidentDate? {
        let field = fields.path("date")
        let precision = precisionValue.flatMap { choice($0, field: fields.path("date_precision"), as: DatePrecision.self) }
        let start: Day?, end: Day?
        switch value.content {
        case .mapping:
            guard let range = self.fields(of: value, path: field, allowed: ["start", "end"], required: ["start"],
                                          expected: "a date or {start, end}") else { return nil }
            start = range["start"].flatMap { day($0, field: range.path("start")) }
            end = range["end"].flatMap { day($0, field: range.path("end")) } ?? start
            if let start, let end, end < start, let endValue = range["end"] {
                error("end \(end) is before start \(start)", at: endValue.location, field: range.path("end"),
                      expected: "an end on or after the start")
                return nil
            }
        case .scalar:
            start = day(value, field: field)
            end = start
        case .list, .null:
            wrongShape(value, field: field, expected: "a date written YYYY-MM-DD, or {start, end}")
            return nil
        }
        guard let start, let end else { return nil }
        if start != end, precision == .day, let precisionValue {
            error("precision \"day\" does not fit a range of days", at: precisionValue.location,
                  field: fields.path("date_precision"), expected: "days, week, month or year")
        }
        return IncidentDate(start: start, end: end, precision: precision ?? (start == end ? .day : .days))
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
        guard let fields = fields(of: value, path: field, allowed: ["name", "admin1", "admin2", "country", "lat", "lon"],
                                  required: ["name"], expected: "a place name, or {name, admin1, admin2, country, lat, lon}")
        else { return nil }
        let name = fields["name"].flatMap { nonBlankText($0, field: fields.path("name")) }
        let admin1 = fields["admin1"].flatMap { text($0, field: fields.path("admin1")) }
        let admin2 = fields["admin2"].flatMap { text($0, field: fields.path("admin2")) }
        var country: String?
        if let value = fields["country"], let code = text(value, field: fields.path("country")) {
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                country = code
            } else {
                error("\"\(code)\" is not a country code", at: value.location, field: fields.path("country"),
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
            guard let fields = fields(of: item, path: itemField, allowed: ["name", "attribution"], required: ["name"],
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
