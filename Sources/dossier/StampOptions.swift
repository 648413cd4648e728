// StampOptions: `--bates`, `--bates-start`, `--bates-digits` and `--exhibit`, checked as usage and laid
// over the stamps the layout sets.

import ArgumentParser
import DossierDocument

/// What the command line stamps on every page: Bates numbers and an exhibit label.
struct StampOptions: ParsableArguments {
    @Option(name: .long, help: "Stamp Bates numbers PREFIX-000001, PREFIX-000002, … on every page (overrides the layout's prefix).")
    var bates: String?

    @Option(name: .long, help: "The first Bates number (default: the layout's, else 1).")
    var batesStart: Int?

    @Option(name: .long, help: "How many digits Bates numbers have, zero-padded, from 1 to 12 (default: the layout's, else 6).")
    var batesDigits: Int?

    @Option(name: .long, help: "Stamp an exhibit label such as \"Exhibit A\" at the head of every page.")
    var exhibit: String?

    /// Refuses a prefix with characters other than letters, digits, "-", "_" and ".", and numbers out of range.
    func validate() throws {
        if let bates, !BatesNumbering.isValidPrefix(bates) {
            throw ValidationError("--bates \"\(bates)\": a Bates prefix may hold only letters, digits, \"-\", \"_\" and \".\", such as ASH or CASE-12")
        }
        if let batesStart, batesStart < 0 { throw ValidationError("--bates-start \(batesStart): expected 0 or more") }
        if let batesDigits, !(1...12).contains(batesDigits) {
            throw ValidationError("--bates-digits \(batesDigits): expected a number from 1 to 12")
        }
    }

    /// The layout with these stamps laid over its own; Bates numbering starts when a prefix is given.
    func applied(to layout: LayoutSpec) -> LayoutSpec {
        var spec = layout
        if bates != nil || spec.bates != nil {
            var numbering = spec.bates ?? BatesNumbering(prefix: "")
            if let bates { numbering.prefix = bates }
            if let batesStart { numbering.start = batesStart }
            if let batesDigits { numbering.digits = batesDigits }
            spec.bates = numbering
        }
        if let exhibit { spec.exhibit = exhibit }
        return spec
    }
}
