// RecordDecoder+Source: decoding a source: an article, report, book or statement the records cite.

extension RecordDecoder {
    /// Decodes one source; `position` is its 0-based place in its file's list.
    mutating func source(from value: RecordValue, position: Int) -> Source? {
        guard case let (id, fields)? = openRecord(value, kind: .sources, position: position) else { return nil }
        let title = fields["title"].flatMap { nonBlankText($0, field: fields.path("title")) }
        let publisher = fields["publisher"].flatMap { text($0, field: fields.path("publisher")) }
        let author = fields["author"].flatMap { text($0, field: fields.path("author")) }
        let date = fields["date"].flatMap { day($0, field: fields.path("date")) }
        let url = fields["url"].flatMap { web($0, field: fields.path("url")) }
        let accessed = fields["accessed"].flatMap { day($0, field: fields.path("accessed")) }
        let archive = fields["archive"].flatMap { nonBlankText($0, field: fields.path("archive"), as: .path) }
        if let archive {
            fileReferences.append(FileReference(path: archive, location: fields["archive"]?.location, field: fields.path("archive")))
        }
        let kind = fields["kind"].flatMap { text($0, field: fields.path("kind")) }
        let note = fields["note"].flatMap { text($0, field: fields.path("note"), as: .paragraphs) }
        if let date, let accessed, accessed < date, let value = fields["accessed"] {
            error("accessed \(accessed) is before the source's date \(date)", at: value.location, field: fields.path("accessed"),
                  expected: "an access date on or after the source's date")
        }
        guard let id, let title else { return nil }
        return Source(id: id, title: title, publisher: publisher, author: author, date: date, url: url, accessed: accessed,
                      archive: archive, kind: kind, recordLocation: value.location, note: note)
    }

    /// Reads a web address: http or https, with a host.
    private mutating func web(_ value: RecordValue, field: String) -> String? {
        guard let url = text(value, field: field, as: .webAddress)?.trimmingWhitespace else { return nil }
        for scheme in ["https://", "http://"] where url.lowercased().hasPrefix(scheme) {
            let rest = url.dropFirst(scheme.count)
            // By scalar: a white-space scalar always begins a character of its own.
            if let first = rest.first, first != "/", !rest.unicodeScalars.contains(where: \.properties.isWhitespace) { return url }
        }
        error("\"\(Self.shortened(url))\" is not a web address", at: value.location, field: field, expected: "an http:// or https:// address")
        return nil
    }
}
