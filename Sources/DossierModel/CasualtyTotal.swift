// CasualtyTotal: a casualty category's figures added up over a dossier, and how exact the sum is.

/// The total of one casualty category over a dossier's incidents.
public struct CasualtyTotal: Hashable, Sendable {
    /// The category added up.
    public var category: CasualtyCategory
    /// The sum of the figures used (`CasualtyFigure.value`).
    public var total: Int
    /// The sum of the best estimates, taking the top of a range where a figure has no best
    /// estimate: above `total` when some figure is a range.
    public var upper: Int
    /// Whether the total is only a floor: some incident's figure is a lower bound or gives no number.
    public var isLowerBound: Bool
    /// Whether no figure in the category gives a number (only notes or sources' words): the total
    /// is not quantified, which is not the same as none.
    public var isUnquantified: Bool

    public init(category: CasualtyCategory, total: Int, upper: Int, isLowerBound: Bool, isUnquantified: Bool = false) {
        self.category = category; self.total = total; self.upper = upper; self.isLowerBound = isLowerBound
        self.isUnquantified = isUnquantified
    }
}

extension Dossier {
    /// The categories the incidents give figures for, the known ones first in their fixed order,
    /// then the project's own in the order they first appear, each with its total.
    public func casualtyTotals() -> [CasualtyTotal] {
        var order: [CasualtyCategory] = []
        var totals: [CasualtyCategory: Int] = [:]
        for incident in incidents {
            for entry in incident.casualties {
                if totals[entry.category] == nil { order.append(entry.category) }
                totals[entry.category, default: 0] += entry.figure.value
            }
        }
        let known = CasualtyCategory.known.filter { order.contains($0) }
        let others = order.filter { !CasualtyCategory.known.contains($0) }
        return (known + others).map { category in
            let figures = incidents.compactMap { $0.figure(category) }
            return CasualtyTotal(
                category: category, total: totals[category] ?? 0,
                upper: figures.reduce(0) { $0 + ($1.best ?? $1.high ?? $1.low ?? 0) },
                isLowerBound: figures.contains { !$0.hasNumber || ($0.best == nil && $0.high == nil) },
                isUnquantified: !figures.contains { $0.hasNumber })
        }
    }
}
