// CasualtyFigure+Used: which number of a figure is the one used, and when a source's own figure
// disagrees with it. The document, the charts and the record checks all ask these questions here.

extension Claim {
    /// The number the source gives, read the way a figure's is: best, else low, else high.
    public var used: Int? { best ?? low ?? high }
}

extension CasualtyFigure {
    /// The number the dossier uses for this figure: best, else low, else high; nil when the figure
    /// gives none (only a note, or only claims).
    public var used: Int? { best ?? low ?? high }

    /// The number used for charts and totals: `used`, or 0 when there is none.
    public var value: Int { used ?? 0 }

    /// Whether a source's own figure differs from the one used: what † marks in tables.
    public var sourcesDisagree: Bool { claims.contains { $0.used != used } }

    /// The sources that give the number used: the figure's own, then the claims that agree with it.
    public var agreeingSources: [String] { sources + claims.filter { $0.used == used }.map(\.source) }

    /// The sources the number used rests on: those that give it; when none does, every claim's
    /// source; failing that, `fallback` (the incident's sources).
    public func sourcesOfUsed(fallback: [String]) -> [String] {
        let agreeing = agreeingSources
        if !agreeing.isEmpty { return agreeing }
        let claimed = claims.map(\.source)
        return claimed.isEmpty ? fallback : claimed
    }
}

extension Incident {
    /// Whether one of the incident's figures is contested: the incident is marked disputed, or a
    /// source's own figure differs from the one used.
    public func isDisputed(_ figure: CasualtyFigure) -> Bool {
        verification == .disputed || figure.sourcesDisagree
    }
}
