// BundlePlanTests: where the index, cover sheets, exhibits and blank versos fall in a bundle's one page sequence.

import DossierLayout
import Testing

@Suite struct BundlePlanTests {
    @Test func rectoLayoutsStartTheIndexEachCoverAndEachExhibitOnARightHandPage() {
        let plan = BundlePlan(dossierPages: 15, indexPages: 1, exhibitPages: [3, 2], recto: true)
        #expect(plan.dossier == 1...15)
        #expect(plan.index == 17...17)
        #expect(plan.parts.map(\.cover) == [19, 25])
        #expect(plan.parts.map(\.pages) == [21...23, 27...28])
        #expect(plan.parts.map(\.range) == [19...23, 25...28])
        #expect(plan.pageCount == 28)
        #expect(plan.contents == [.blank(exhibit: nil), .index(0), .blank(exhibit: nil), .cover(exhibit: 0), .blank(exhibit: 0),
                                  .exhibit(0, page: 0), .exhibit(0, page: 1), .exhibit(0, page: 2), .blank(exhibit: nil),
                                  .cover(exhibit: 1), .blank(exhibit: 1), .exhibit(1, page: 0), .exhibit(1, page: 1)])
    }

    @Test func otherLayoutsRunOnWithoutBlankPages() {
        let plan = BundlePlan(dossierPages: 6, indexPages: 2, exhibitPages: [1, 4], recto: false)
        #expect(plan.index == 7...8)
        #expect(plan.parts.map(\.range) == [9...10, 11...15])
        #expect(plan.pageCount == 15)
        #expect(!plan.contents.contains(.blank(exhibit: nil)))
    }
}
