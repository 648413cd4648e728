// Anniversary date arithmetic: ordinals, leap days, ranges, year-end windows.

import DossierBuild
import DossierModel
import Testing

@Suite struct AnniversaryTests {
    func incident(_ id: String, _ start: String, _ end: String? = nil, precision: DatePrecision = .day) -> Incident {
        let s = Day(iso: start)!
        return Incident(id: id, title: "Attack", date: IncidentDate(start: s, end: end.flatMap(Day.init(iso:)), precision: precision),
                        location: Location(name: "Somewhere"))
    }

    @Test func ordinals() {
        let expected = [1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st",
                        22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th", 113: "113th", 1001: "1001st"]
        for (n, text) in expected { #expect(Anniversary.ordinal(n) == text) }
    }

    @Test func sampleDates() {
        let incidents = [incident("a-2009", "2009-07-28", "2009-07-29", precision: .days),
                         incident("a-2011", "2011-04-08"), incident("a-2013", "2013-09-01")]
        let sept = Anniversary.due(incidents, on: Day(iso: "2026-09-01")!)
        #expect(sept.map(\.fileName) == ["a-2013-13th-anniversary.pdf"])
        let april = Anniversary.due(incidents, on: Day(iso: "2026-04-08")!)
        #expect(april.map(\.years) == [15])
        // A range counts from its first day only.
        #expect(Anniversary.due(incidents, on: Day(iso: "2026-07-29")!).isEmpty)
        #expect(Anniversary.due(incidents, on: Day(iso: "2026-07-28")!).map(\.years) == [17])
        #expect(Anniversary.due(incidents, on: Day(iso: "2026-05-01")!).isEmpty)
    }

    @Test func leapDayIsRememberedOnTheTwentyEighth() {
        let leap = [incident("leap", "2012-02-29")]
        #expect(Anniversary.due(leap, on: Day(iso: "2013-02-28")!).map(\.years) == [1])
        #expect(Anniversary.due(leap, on: Day(iso: "2013-03-01")!).isEmpty)
        #expect(Anniversary.due(leap, on: Day(iso: "2016-02-29")!).map(\.years) == [4])
        #expect(Anniversary.due(leap, on: Day(iso: "2016-02-28")!).isEmpty)
    }

    @Test func windowCrossingTheYearEnd() {
        let incidents = [incident("dec", "2010-12-30"), incident("jan", "2011-01-02"), incident("feb", "2011-02-01")]
        let due = Anniversary.due(incidents, on: Day(iso: "2025-12-29")!, within: 7)
        #expect(due.map(\.incidentID) == ["dec", "jan"])
        #expect(due.map(\.years) == [15, 15])
        #expect(due.map(\.day.description) == ["2025-12-30", "2026-01-02"])
    }

    @Test func noAnniversaryInTheFirstYearOrForCoarseDates() {
        let incidents = [incident("recent", "2026-03-01"), incident("month", "2010-03-01", precision: .month),
                         incident("future", "2030-03-01")]
        #expect(Anniversary.due(incidents, on: Day(iso: "2026-03-01")!).isEmpty)
        #expect(Anniversary.due(incidents, on: Day(iso: "2027-03-01")!).map(\.incidentID) == ["recent"])
    }

    @Test func dayArithmetic() {
        #expect(Day(iso: "2011-13-08") == nil)
        #expect(Day(iso: "2013-02-29") == nil)
        #expect(Day(iso: "2024-02-29")!.adding(days: 1).description == "2024-03-01")
        #expect(Day(iso: "2025-12-31")!.adding(days: 1).description == "2026-01-01")
        #expect(Day(iso: "1970-01-01")!.dayNumber == 0)
        #expect(ReproducibleDate.iso(epochSeconds: 1_700_000_000) == "2023-11-14T22:13:20Z")
    }

    @Test func sha256KnownAnswers() {
        var empty = SHA256()
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256(); abc.update("abc")
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var long = SHA256(); long.update(String(repeating: "a", count: 1000))
        #expect(long.hexDigest() == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
