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
        let records = fields["records"].map { textList($0, field: "records", as: .path) } ?? []
        let sections = fields["sections"].map { textList($0, field: "sections", as: .path) } ?? []
        guard let title else { return nil }
        let spec = ProjectSpec(title: title, subtitle: subtitle, organisation: organisation, language: language ?? "en",
                               dataAsOf: dataAsOf, layout: layout ?? "dossier", keywords: keywords,
                               records: records.map(\.text), sections: sections.map(\.text))
        return DecodedProject(spec: spec, recordLocations: records.map(\.location),
                              sectionLocations: sections.map(\.location))
    }
}
