// DayParsingTests: dates are read strictly as YYYY-MM-DD, with the reason for each rejection.

import Testing
@testable import DossierModel

@Suite struct DayParsingTests {
    @Test func readsCalendarDays() {
        #expect(Day(iso: "2013-09-01") == Day(year: 2013, month: 9, day: 1))
        #expect(Day(iso: "2012-02-29") == Day(year: 2012, month: 2, day: 29))
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test(arguments: [
        ("2011-13-08", "month 13 is not between 1 and 12"),
        ("2011-00-08", "month 0 is not between 1 and 12"),
        ("2011-04-31", "day 31 is not between 1 and 30 in 2011-04"),
        ("1900-02-29", "day 29 is not between 1 and 28 in 1900-02"),
    ])
    func explainsImpossibleDays(_ text: String, _ reason: String) {
        guard case .failure(let error) = Day.parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(error.reason == reason)
    }

    @Test(arguments: ["2011/04/08", "8 April 2011", "2011-4-8", "2011-04-08T06:00", "", "２０１１-04-08"])
    func rejectsOtherShapes(_ text: String) {
        guard case .failure(let error) = Day.parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(error.reason == nil)
    }
}
