// SourceIndex: numbers sources in the order the document first cites them, so "[3]" means the
// same source everywhere and the Sources chapter lists them in that order.

import DossierModel

/// Citation numbers for a dossier's sources.
public struct SourceIndex: Sendable {
    /// Source ids in citation order.
    public private(set) var order: [String] = []
    private var numbers: [String: Int] = [:]

    /// Numbers the sources of a dossier: incidents (figures, claims, then the incident's list),
    /// then quotations, then sources never cited.
    public init(_ dossier: Dossier, lookup: RecordLookup? = nil) {
        let lookup = lookup ?? RecordLookup(dossier)
        for incident in dossier.incidents {
            for entry in incident.casualties {
                entry.figure.sources.forEach { add($0) }
                entry.figure.claims.forEach { add($0.source) }
            }
            incident.sources.forEach { add($0) }
            for q in lookup.quotations(about: incident.id) { if let s = q.source?.source { add(s) } }
        }
        for q in dossier.quotations { if let s = q.source?.source { add(s) } }
        for s in dossier.sources { add(s.id) }
    }

    private mutating func add(_ id: String) {
        guard numbers[id] == nil else { return }
        order.append(id)
        numbers[id] = order.count
    }

    /// The number of a source, from 1.
    public func number(_ id: String) -> Int? { numbers[id] }

    /// The destination name of a source's entry in the Sources chapter.
    public static func anchor(_ id: String) -> String { "source-" + id }
}
