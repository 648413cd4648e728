// BatesOptions: `--bates`, `--bates-start` and `--bates-digits`, checked as usage and laid over the layout's numbering.

import ArgumentParser
import DossierDocument

/// The Bates numbering asked for on the command line.
struct BatesOptions {
    var prefix: String?
    var start: Int?
    var digits: Int?

    /// Refuses a prefix with characters other than letters, digits, "-", "_" and ".", and numbers out of range.
    func validate() throws {
        if let prefix, !BatesNumbering.isValidPrefix(prefix) {
            throw ValidationError("--bates \"\(prefix)\": a Bates prefix may hold only letters, digits, \"-\", \"_\" and \".\", such as ASH or CASE-12")
        }
        if let start, start < 0 { throw ValidationError("--bates-start \(start): expected 0 or more") }
        if let digits, !(1...12).contains(digits) { throw ValidationError("--bates-digits \(digits): expected a number from 1 to 12") }
    }

    /// The layout's numbering with the command line's choices laid over it; numbering starts when a prefix is given.
    func applied(to layout: BatesNumbering?) -> BatesNumbering? {
        guard prefix != nil || layout != nil else { return nil }
        var numbering = layout ?? BatesNumbering(prefix: "")
        if let prefix { numbering.prefix = prefix }
        if let start { numbering.start = start }
        if let digits { numbering.digits = digits }
        return numbering
    }
}
