// Anniversary: which incidents have an anniversary on a day or in a window, and how to name it.

import DossierDocument
import DossierLocale
import DossierModel

/// An incident's anniversary falling on a given day.
public struct Anniversary: Hashable, Sendable {
    /// The incident's id.
    public var incidentID: String
    /// The day the anniversary is observed.
    public var day: Day
    /// How many years have passed: 13 for the 13th anniversary.
    public var years: Int

    /// "13th".
    public var ordinal: String { Self.ordinal(years) }

    /// The output file name: "ashraf-2013-09-01-13th-anniversary.pdf".
    public var fileName: String { "\(incidentID)-\(ordinal)-anniversary.pdf" }

    /// English ordinals, for file names whatever the language: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th, 112th.
    public static func ordinal(_ n: Int) -> String { LocaleFormat.english.ordinal(n) }

    /// The day an incident that started on `start` is remembered in `year`: 29 February is
    /// remembered on 28 February in years that have none.
    public static func observed(_ start: Day, in year: Int) -> Day {
        if start.month == 2 && start.day == 29 && !Day.isLeap(year) { return Day(year: year, month: 2, day: 28) }
        return Day(year: year, month: start.month, day: start.day)
    }

    /// The anniversaries falling from `day` to `day + within` days, in date then id order.
    /// Incidents dated only to the month or year have no day to remember and are skipped;
    /// a range counts from its first day; an incident less than a year old has none yet.
    public static func due(_ incidents: [Incident], on day: Day, within: Int = 0) -> [Anniversary] {
        let last = day.adding(days: max(0, within))
        var out: [Anniversary] = []
        for incident in incidents where [.day, .days, .week].contains(incident.date.precision) {
            let start = incident.date.start
            let firstYear = Swift.max(start.year + 1, day.year)
            guard firstYear <= last.year else { continue }
            for year in firstYear...last.year {
                let observed = observed(start, in: year)
                if observed >= day && observed <= last {
                    out.append(Anniversary(incidentID: incident.id, day: observed, years: year - start.year))
                }
            }
        }
        return out.sorted { ($0.day, $0.incidentID) < ($1.day, $1.incidentID) }
    }
}
