// LocaleFormatTests: dates, numbers, ordinals and digits as each shipped language writes them.

import DossierCalendar
import DossierLocale
import Testing

@Suite struct LocaleFormatTests {
    let day = Day(year: 2011, month: 4, day: 8)

    @Test func daysInEachLanguage() {
        #expect(LocaleFormat(language: "en").day(day) == "8 April 2011")
        #expect(LocaleFormat(language: "fr").day(day) == "8 avril 2011")
        #expect(LocaleFormat(language: "de").day(day) == "8. April 2011")
        #expect(LocaleFormat(language: "es").day(day) == "8 de abril de 2011")
        #expect(LocaleFormat(language: "fa").day(day) == "۸ آوریل ۲۰۱۱")
        #expect(LocaleFormat(language: "fa", numbers: "latn").day(day) == "8 آوریل 2011")
    }

    @Test func spansOfDays() {
        let de = LocaleFormat(language: "de")
        #expect(de.days(Day(year: 2009, month: 7, day: 28), Day(year: 2009, month: 7, day: 29)) == "28.–29. Juli 2009")
        #expect(LocaleFormat(language: "fr").days(Day(year: 2010, month: 6, day: 30), Day(year: 2010, month: 7, day: 2))
                == "30 juin – 2 juillet 2010")
    }

    @Test func numbersAndOrdinals() {
        #expect(LocaleFormat(language: "en").count(12_345) == "12,345")
        #expect(LocaleFormat(language: "de").count(12_345) == "12.345")
        #expect(LocaleFormat(language: "fa").count(1_234) == "۱٬۲۳۴")
        #expect(LocaleFormat(language: "en").ordinal(13) == "13th")
        #expect(LocaleFormat(language: "fr").ordinal(13) == "13e")
        #expect(LocaleFormat(language: "de").ordinal(13) == "13.")
        #expect(LocaleFormat(language: "fa").year(2013) == "۲۰۱۳")
        #expect(LocaleFormat(language: "fa").digits("Page 12") == "Page ۱۲")
        #expect(LocaleFormat(language: "ar", numbers: "arab").digits("12") == "١٢")
        #expect(LocaleFormat(language: "en").digits("12") == "12")
    }
}
