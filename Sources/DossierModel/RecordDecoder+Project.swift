// RecordDecoder+Project: decoding the project file, dossier.yaml.

extension RecordDecoder {
    /// Decodes the project file's root mapping; its fields are named plainly (`data_as_of`).
    mutating func project(from value: RecordValue) -> DecodedProject? {
        guard let fields = fields(of: value, path: "", object: RecordSchema.project,
                                  expected: "a mapping with title, subtitle, organisation, language, data_as_of, …")
        else { return nil }
        let title = fields["title"].flatMap { nonBlankText($0, field: "title") }
        let subtitle = fields["subtitle"].flatMap { text($0, field: "subtitle") }
        let organisation = fields["organisation"].flatMap { text($0, field: "organisation") }
        let language = fields["language"].flatMap { languageTag($0, field: "language") }
        let dataAsOf = fields["data_as_of"].flatMap { day($0, field: "data_as_of") }
        let layout = fields["layout"].flatMap { nonBlankText($0, field: "layout", as: .path) }
        let keywords = fields["keywords"].map { textList($0, field: "keywords").map(\.text) } ?? []
        let records = fields["records"].map { recordEntries($0) } ?? []
        let sections = fields["sections"].map { textList($0, field: "sections", as: .path) } ?? []
        let labels = fields["categories"].map { categoryLabels($0) } ?? []
        let exhibits = fields["exhibits"].map { exhibitEntries($0) } ?? []
        guard let title else { return nil }
        let spec = ProjectSpec(title: title, subtitle: subtitle, organisation: organisation, language: language ?? "en",
                               dataAsOf: dataAsOf, layout: layout ?? "dossier", keywords: keywords,
                               records: records.map(\.path), sections: sections.map(\.text),
                               categoryLabels: Dictionary(labels.map { ($0.name, $0.label) }) { first, _ in first })
        var project = spec
        project.exhibits = exhibits
        return DecodedProject(spec: project, recordLocations: records.map(\.location), recordMappings: records.map(\.mapping),
                              sectionLocations: sections.map(\.location),
                              categoryLocations: Dictionary(labels.map { ($0.name, $0.location) }) { first, _ in first })
    }

    /// Reads `records:`: paths, and spreadsheets in their own layout written as mappings.
    private mutating func recordEntries(_ value: RecordValue) -> [(path: String, location: SourceLocation?, mapping: SheetMapping?)] {
        let items: [RecordValue]
        switch value.content {
        case .list(let list): items = list
        case .null: return []
        default: items = [value]
        }
        var entries: [(String, SourceLocation?, SheetMapping?)] = []
        for (index, item) in items.enumerated() {
            let field = isListValue(value) ? "records[\(index)]" : "records"
            if case .mapping = item.content {
                if let mapping = sheetMapping(item, field: field) { entries.append((mapping.file, item.location, mapping)) }
            } else if let path = nonBlankText(item, field: field, as: .path) {
                entries.append((path, item.location, nil))
            }
        }
        return entries
    }

    /// Reads `exhibits:`: a list of {file, title, label, source}.
    private mutating func exhibitEntries(_ value: RecordValue) -> [Exhibit] {
        guard case .list(let items) = value.content else {
            wrongShape(value, field: "exhibits", expected: "a list of {file, title, label, source}")
            return []
        }
        var exhibits: [Exhibit] = []
        for (index, item) in items.enumerated() {
            let field = "exhibits[\(index)]"
            guard let fields = fields(of: item, path: field, object: RecordSchema.exhibit, expected: "{file, title, label, source}"),
                  let file = fields["file"].flatMap({ nonBlankText($0, field: fields.path("file"), as: .path) }),
                  let title = fields["title"].flatMap({ nonBlankText($0, field: fields.path("title")) })
            else { continue }
            let label = fields["label"].flatMap { nonBlankText($0, field: fields.path("label")) }
            let source = fields["source"].flatMap { identifier($0, field: fields.path("source")) }
            var exhibit = Exhibit(file: file, title: title, label: label, source: source, location: item.location)
            exhibit.fileLocation = fields["file"]?.location
            exhibit.sourceLocation = fields["source"]?.location
            exhibits.append(exhibit)
        }
        return exhibits
    }

    /// Reads `categories:`: category name → printed label.
    private mutating func categoryLabels(_ value: RecordValue) -> [(name: String, label: String, location: SourceLocation?)] {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: "categories", expected: "a mapping of category names to labels, e.g. {medical_staff_killed: Medical staff killed}")
            return []
        }
        var labels: [(String, String, SourceLocation?)] = []
        for entry in entries {
            let field = "categories.\(Self.shortened(entry.key))"
            guard Self.isCategoryName(entry.key) else {
                error("\"\(Self.shortened(entry.key))\" is not a usable category name", at: entry.keyLocation, field: field,
                      expected: "the name of a category as the records write it: lower-case letters, digits and \"_\"")
                continue
            }
            if let label = nonBlankText(entry.value, field: field) { labels.append((entry.key, label, entry.keyLocation)) }
        }
        return labels
    }

    /// Whether a value is a list.
    private func isListValue(_ value: RecordValue) -> Bool {
        if case .list = value.content { return true } else { return false }
    }
}
