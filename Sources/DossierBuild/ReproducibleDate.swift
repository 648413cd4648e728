// ReproducibleDate: the one instant stamped into a PDF, never the wall clock.

import Foundation
import DossierModel

/// Chooses and formats the creation date of a build.
public enum ReproducibleDate {
    /// `SOURCE_DATE_EPOCH` when set, else the day data is as of, else the latest date in the records.
    public static func creationDate(sourceDateEpoch: String?, dossier: Dossier) -> String? {
        if let raw = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), let seconds = Int64(raw) {
            return iso(epochSeconds: seconds)
        }
        if let day = dossier.spec.dataAsOf { return iso(day) }
        let days = dossier.incidents.map(\.date.end) + dossier.sources.compactMap(\.date)
        return days.max().map(iso)
    }

    /// "2026-11-20T00:00:00Z".
    public static func iso(_ day: Day) -> String { "\(day)T00:00:00Z" }

    /// Formats seconds since 1970-01-01 UTC as an ISO 8601 instant.
    public static func iso(epochSeconds: Int64) -> String {
        let days = Int(epochSeconds.floorDiv(86_400)), secs = Int(epochSeconds - Int64(days) * 86_400)
        let day = Day(dayNumber: days)
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(pad(secs / 3600)):\(pad(secs / 60 % 60)):\(pad(secs % 60))Z"
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
