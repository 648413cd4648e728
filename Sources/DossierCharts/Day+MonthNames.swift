// Day+MonthNames: the English month names the charts print on date axes and in period labels.

extension Day {
    /// English month names, for labels.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    /// "Sep": the month's short name.
    var shortMonthName: String { String(Self.monthNames[month - 1].prefix(3)) }
    /// "September".
    var monthName: String { Self.monthNames[month - 1] }
}
