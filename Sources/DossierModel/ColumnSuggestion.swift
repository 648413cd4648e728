// ColumnSuggestion: which field a spreadsheet's own header most likely means ("Town" → location.name,
// "Killed" → casualties.killed), so that the warning about an unmapped column can offer the mapping.

import Foundation

/// Guesses the field a header names, from the words people head casualty sheets with.
enum ColumnSuggestion {
    /// Header words (lower case) → field path, per kind of record.
    private static let incidentWords: [String: String] = [
        "date": "date", "day": "date", "date of incident": "date", "incident date": "date", "from": "date.start",
        "start": "date.start", "start date": "date.start", "to": "date.end", "end": "date.end", "end date": "date.end",
        "time": "time", "title": "title", "incident": "title", "event": "title", "headline": "title",
        "place": "location.name", "location": "location.name", "town": "location.name", "city": "location.name",
        "village": "location.name", "site": "location.name", "locality": "location.name", "camp": "location.name",
        "governorate": "location.admin1", "province": "location.admin1", "region": "location.admin1", "state": "location.admin1",
        "admin1": "location.admin1", "district": "location.admin2", "admin2": "location.admin2", "county": "location.admin2",
        "country": "location.country", "latitude": "location.lat", "lat": "location.lat", "longitude": "location.lon",
        "lon": "location.lon", "long": "location.lon", "lng": "location.lon",
        "killed": "casualties.killed", "dead": "casualties.killed", "deaths": "casualties.killed", "fatalities": "casualties.killed",
        "injured": "casualties.injured", "wounded": "casualties.injured", "injuries": "casualties.injured",
        "abducted": "casualties.abducted", "kidnapped": "casualties.abducted", "hostages": "casualties.abducted",
        "detained": "casualties.detained", "arrested": "casualties.detained", "missing": "casualties.missing",
        "disappeared": "casualties.missing",
        "perpetrator": "perpetrators", "perpetrators": "perpetrators", "attacker": "perpetrators", "attackers": "perpetrators",
        "actor": "perpetrators", "by": "perpetrators", "responsible": "perpetrators",
        "source": "sources", "sources": "sources", "reference": "sources", "references": "sources",
        "summary": "summary", "description": "summary", "details": "summary", "narrative": "summary", "notes": "summary",
        "verification": "verification", "status": "verification", "verified": "verification",
        "tags": "tags", "keywords": "tags", "type": "tags", "category": "tags",
    ]

    private static let sourceWords: [String: String] = [
        "title": "title", "headline": "title", "name": "title", "publisher": "publisher", "outlet": "publisher",
        "author": "author", "by": "author", "date": "date", "published": "date", "url": "url", "link": "url",
        "web address": "url", "accessed": "accessed", "retrieved": "accessed", "type": "kind", "kind": "kind", "notes": "note",
        "note": "note",
    ]

    private static let quotationWords: [String: String] = [
        "quote": "text", "quotation": "text", "words": "text", "text": "text", "speaker": "speaker", "who": "speaker",
        "said by": "speaker", "role": "role", "position": "role", "title": "role", "date": "date", "occasion": "occasion",
        "source": "source", "language": "language", "incident": "incidents", "incidents": "incidents",
    ]

    /// The field a header most likely means for records of `kind`, if any.
    static func field(for header: String, kind: RecordKind) -> String? {
        let key = SheetMapping.normalised(header).trimmingCharacters(in: .punctuationCharacters)
        let words: [String: String]
        switch kind {
        case .incidents: words = incidentWords
        case .sources: words = sourceWords
        case .quotations: words = quotationWords
        }
        if let field = words[key] { return field }
        // "Number killed", "No. of injured": a casualty word anywhere in the header.
        if kind == .incidents {
            for word in key.split(whereSeparator: { !$0.isLetter }) {
                if let field = words[String(word)], field.hasPrefix("casualties.") { return field }
            }
        }
        if let guess = Suggestion.closest(to: key, among: words.keys.sorted()) { return words[guess] }
        let fields = RecordSchema.object(for: kind).fieldNames
        return Suggestion.closest(to: key.replacingOccurrences(of: " ", with: "_"), among: fields)
    }
}
