// IncidentDateTests: an incident's date written to the day, as a range, or only to the month or year.

import Testing
@testable import DossierModel

@Suite struct IncidentDateTests {
    /// Loads one incident whose `date` (and other date fields) are `fields`, in YAML flow style.
    func load(_ fields: String) throws -> LoadResult {
        try TemporaryProject([
            "dossier.yaml": "title: Test\n", "sources.yaml": "- {id: s1, title: One}\n",
            "incidents.yaml": "- {id: a, title: A, location: X, sources: [s1], \(fields)}\n",
        ]).load()
    }

    func date(_ fields: String) throws -> IncidentDate? { try load(fields).dossier?.incidents.first?.date }

    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) }

    @Test func readsCoarseDatesAsTheDaysTheyCover() throws {
        #expect(try date("date: 2009-07") == IncidentDate(start: day(2009, 7, 1), end: day(2009, 7, 31), precision: .month))
        #expect(try date("date: 2012-02") == IncidentDate(start: day(2012, 2, 1), end: day(2012, 2, 29), precision: .month))
        #expect(try date("date: 2009") == IncidentDate(start: day(2009, 1, 1), end: day(2009, 12, 31), precision: .year))
        #expect(try date("date: {start: 2009-07, end: 2009-09}")
                == IncidentDate(start: day(2009, 7, 1), end: day(2009, 9, 30), precision: .month))
        #expect(try date("date: {start: 2009-07-28, end: 2009-08}")
                == IncidentDate(start: day(2009, 7, 28), end: day(2009, 8, 31), precision: .month))
    }

    @Test func takesAStatedPrecisionThatIsNotFinerThanTheDate() throws {
        #expect(try date("date: 2009-07-28, date_precision: week")?.precision == .week)
        #expect(try date("date: 2009-07-28, date_precision: month")?.precision == .month)
        #expect(try date("date: {start: 2009-07-28, end: 2009-07-29}, date_precision: days")?.precision == .days)
        #expect(try date("date: 2009-07, date_precision: year")?.precision == .year)
    }

    @Test func rejectsAPrecisionFinerThanTheDate() throws {
        #expect(try load("date: 2009, date_precision: month").diagnostics.map(\.description) == [
            "incidents.yaml:1:77: error: a.date_precision: precision \"month\" does not fit a date given only to the year; expected year",
        ])
        #expect(try load("date: 2009-07, date_precision: days").diagnostics.map(\.description) == [
            "incidents.yaml:1:80: error: a.date_precision: precision \"days\" does not fit a date given only to the month; expected month or year",
        ])
    }

    @Test func explainsBadCoarseDates() throws {
        #expect(try load("date: 2009-13").diagnostics.map(\.description) == [
            "incidents.yaml:1:55: error: a.date: invalid date \"2009-13\": month 13 is not between 1 and 12; expected a date written YYYY-MM-DD, e.g. 2013-09-01",
        ])
        #expect(try load("date: July 2009").diagnostics.map(\.description) == [
            "incidents.yaml:1:55: error: a.date: invalid date \"July 2009\"; expected a date written YYYY-MM-DD, e.g. 2013-09-01, "
                + "or YYYY-MM or YYYY when only the month or year is known",
        ])
        #expect(try load("date: {start: 2009-08, end: 2009-07-31}").diagnostics.map(\.description) == [
            "incidents.yaml:1:77: error: a.date.end: end 2009-07-31 is before start 2009-08; expected an end on or after the start",
        ])
    }

    @Test func readsAYearWrittenAsAJSONNumber() throws {
        let result = try TemporaryProject([
            "dossier.yaml": "title: Test\n", "sources.yaml": "- {id: s1, title: One}\n",
            "incidents.json": "[{\"id\": \"a\", \"title\": \"A\", \"date\": 2009, \"location\": \"X\", \"sources\": [\"s1\"]}]\n",
        ]).load()
        #expect(result.dossier?.incidents.first?.date.precision == .year)
    }
}
