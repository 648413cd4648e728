// RecordDecoder+Quotation: decoding a quotation: the words, who said them, when, and where they are recorded.

extension RecordDecoder {
    /// Decodes one quotation; `position` is its 0-based place in its file's list.
    mutating func quotation(from value: RecordValue, position: Int) -> Quotation? {
        guard case let (id, fields)? = openRecord(value, kind: .quotations, position: position) else { return nil }
        let text = fields["text"].flatMap { nonBlankText($0, field: fields.path("text"), as: .paragraphs) }
        let language = fields["language"].flatMap { languageTag($0, field: fields.path("language")) }
        let translation = fields["translation"].flatMap { self.translation($0, field: fields.path("translation")) }
        let speaker = fields["speaker"].flatMap { nonBlankText($0, field: fields.path("speaker")) }
        let role = fields["role"].flatMap { self.text($0, field: fields.path("role")) }
        let date = fields["date"].flatMap { day($0, field: fields.path("date")) }
        let occasion = fields["occasion"].flatMap { self.text($0, field: fields.path("occasion")) }
        let source = fields["source"].flatMap { citation($0, field: fields.path("source")) }
        let incidents = fields["incidents"].map { references($0, field: fields.path("incidents"), to: .incidents) } ?? []
        if let id, let text {
            let sources = [source?.quotedIn, source?.source].compactMap { $0 }
            quotedTexts.append(ArchiveCheck.Quoted(id: id, text: text, sources: sources,
                                                   location: fields["text"]?.location, field: fields.path("text")))
        }
        guard let id, let text, let speaker else { return nil }
        return Quotation(id: id, text: text, language: language ?? projectLanguage, translation: translation,
                         speaker: speaker, role: role, date: date, occasion: occasion, source: source,
                         incidents: incidents, recordLocation: value.location)
    }

    /// Reads a BCP 47 language tag, loosely: a 2–3 letter language, then letter-or-digit subtags.
    mutating func languageTag(_ value: RecordValue, field: String) -> String? {
        guard let tag = text(value, field: field) else { return nil }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            error("\"\(tag)\" is not a language tag", at: value.location, field: field,
                  expected: "a BCP 47 tag such as en, fa or ar-IQ")
            return nil
        }
        return tag
    }

    /// Reads a translation: {text, language, translator}.
    private mutating func translation(_ value: RecordValue, field: String) -> Translation? {
        guard let fields = fields(of: value, path: field, object: RecordSchema.translation,
                                  expected: "{text, language, translator}")
        else { return nil }
        let text = fields["text"].flatMap { nonBlankText($0, field: fields.path("text"), as: .paragraphs) }
        let language = fields["language"].flatMap { languageTag($0, field: fields.path("language")) }
        let translator = fields["translator"].flatMap { self.text($0, field: fields.path("translator")) }
        guard let text, let language else { return nil }
        return Translation(text: text, language: language, translator: translator)
    }

    /// Reads a citation: a source id, or {id, locator, quoted_in}.
    private mutating func citation(_ value: RecordValue, field: String) -> Citation? {
        if case .scalar = value.content {
            guard let id = identifier(value, field: field) else { return nil }
            refer(to: .sources, id: id, at: value.location, field: field)
            return Citation(source: id)
        }
        guard let fields = fields(of: value, path: field, object: RecordSchema.citation,
                                  expected: "a source id or {id, locator, quoted_in}")
        else { return nil }
        let id = fields["id"].flatMap { identifier($0, field: fields.path("id")) }
        if let id { refer(to: .sources, id: id, at: fields["id"]?.location, field: fields.path("id")) }
        let locator = fields["locator"].flatMap { text($0, field: fields.path("locator")) }
        let quotedIn = fields["quoted_in"].flatMap { identifier($0, field: fields.path("quoted_in")) }
        if let quotedIn { refer(to: .sources, id: quotedIn, at: fields["quoted_in"]?.location, field: fields.path("quoted_in")) }
        guard let id else { return nil }
        return Citation(source: id, locator: locator, quotedIn: quotedIn)
    }
}
