// PaletteTests: fixed colours for known categories and print fills that survive a photocopy.

import DossierCharts
import DossierDisplay
import Testing

@Suite struct PaletteTests {
    @Test func knownCategoriesKeepTheirColours() {
        let s = Palette.series(["Abducted", "killed", "Injured"])
        #expect(s.map(\.color) == [Palette.blue, Palette.vermillion, Palette.orange])
        #expect(s.map(\.name) == ["Abducted", "killed", "Injured"])
        let other = Palette.series(["Killed", "Displaced", "Detained"])
        #expect(other[0].color == Palette.vermillion)
        #expect(other[2].color == Palette.reddishPurple)
        #expect(other[1].color != other[0].color && other[1].color != other[2].color)
    }

    @Test func printNeighboursDifferInGreyOrHatch() {
        let names = ["killed", "injured", "abducted", "detained", "missing", "displaced", "tortured", "executed"]
        for n in 2...names.count {
            let s = Palette.series(Array(names.prefix(n)), mode: .print)
            for (a, b) in zip(s, s.dropFirst()) {
                let far = abs(a.printGrey.luminance - b.printGrey.luminance) >= 0.2
                #expect(far || a.hatch != b.hatch, "\(a.name) and \(b.name)")
            }
            #expect(s.allSatisfy { $0.color == $0.printGrey })
        }
        // The fixed print fills: distinct hatches, and list neighbours far apart in grey.
        #expect(Set(Palette.printFills.map(\.hatch)).count == Palette.printFills.count)
        for (a, b) in zip(Palette.printFills, Palette.printFills.dropFirst()) {
            #expect(abs(a.grey.luminance - b.grey.luminance) >= 0.2)
        }
    }

    @Test func printPaintIsGreyWithLegibleInk() {
        let style = ChartStyle(mode: .print)
        for s in Palette.series(["killed", "injured", "abducted", "detained"], mode: .print) {
            switch s.paint(in: style) {
            case .color(let c):
                #expect(s.hatch == .none)
                #expect(c.red == c.green && c.green == c.blue)
            case .hatched(let background, _, let ink, _):
                #expect(abs(background.luminance - ink.luminance) >= 0.5)
            }
            #expect(s.outline(in: style) != nil)
        }
    }
}
