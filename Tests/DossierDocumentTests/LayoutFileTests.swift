// Layout files: what they set lands in the spec; mistakes name the file and the key.

import DossierDisplay
import DossierDocument
import Foundation
import Testing

@Suite struct LayoutFileTests {
    func write(_ yaml: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func valuesApplyOnTheStandardLayout() throws {
        let spec = try LayoutSpec.load(file: write("""
        page: {size: Letter, margins: {top: 1in, inner: 30mm}, mirrored: true}
        widows: 3
        notes: endnotes
        bates: {prefix: ASH, digits: 5}
        styles: {body: {size: 11, leading: 15pt, align: start}}
        """))
        #expect(spec.page.size == .letter)
        #expect(spec.page.top == .inch(1) && spec.page.inner.approximatelyEquals(.mm(30)))
        #expect(spec.page.mirrored && spec.widows == 3 && spec.notes == .endnotes)
        #expect(spec.bates?.label(page: 12) == "ASH-00012")
        #expect(spec.style("body").font.size == .pt(11) && spec.style("body").alignment == .start)
        #expect(spec.style("h1").font.family == "Noto Sans")
    }

    @Test func hyphenationContentsLevelsAndTheCoverFooter() throws {
        let standard = try LayoutSpec.load(file: write("widows: 2"))
        #expect(standard.hyphenate && standard.contentsLevels == nil && !standard.footer.onCover)
        let spec = try LayoutSpec.load(file: write("""
        hyphenate: false
        contents_levels: [2]
        footer: {on_cover: true}
        """))
        #expect(!spec.hyphenate && spec.contentsLevels == [2] && spec.footer.onCover && !spec.header.onCover)
    }

    @Test(arguments: [
        ("page: {size: A5}", "page.size"),
        ("page: {margins: {top: 5cm, bottom: 5cm, inner: 10cm, outer: 10cm}}", "page.margins"),
        ("page: {margins: {top: ten}}", "page.margins.top"),
        ("styles: {body: {size: 0}}", "styles.body.size"),
        ("sections: [cover, apendix]", "sections"),
        ("chart: {mode: sepia}", "chart.mode"),
        ("accent: blue", "accent"),
        ("bates: {prefix: ASH, position: top-left}", "bates.position: “top-left” is not a place; expected one of bottom-right,"),
        ("sections: [cover, apendix]", "sections: “apendix” is not a section; expected one of cover, contents,"),
        ("chart: {mode: sepia}", "chart.mode: “sepia” is not a chart mode; expected color or print"),
        ("bates: {prefix: \"A B\"}", "bates: prefix"),
        ("contents_levels: []", "contents_levels"),
        ("contents_levels: [2, 9]", "contents_levels: [2, 9] lists no heading level"),
        ("footer: {on_covr: true}", "footer.on_covr"),
    ])
    func mistakesNameTheKey(yaml: String, key: String) throws {
        let path = try write(yaml)
        do {
            _ = try LayoutSpec.load(file: path)
            Issue.record("no error for \(yaml)")
        } catch let error as LayoutError {
            #expect(error.description.hasPrefix(path + ": error: " + key), "\(error)")
        }
    }
}

@Suite struct LayoutKeyTests {
    @Test(arguments: [
        ("heder: {left: x}", "did you mean header?"),
        ("footer: {center: \"Page {{pgae}}\"}", "did you mean {{page}}?"),
        ("styles: {body: {leadng: 14pt}}", "did you mean styles.body.leading?"),
        ("page: {margins: {toop: 1in}}", "did you mean page.margins.top?"),
    ])
    func misspeltKeysAreErrorsWithASuggestion(yaml: String, suggestion: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try LayoutSpec.load(file: path)
            Issue.record("no error for \(yaml)")
        } catch let error as LayoutError {
            #expect(error.description.contains(suggestion), "\(error)")
        }
    }

    @Test func everyKeyTheFileReadsIsAllowedAndListed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).yaml").path
        try """
        name: full
        page: {size: A4, margins: {top: 20mm, bottom: 20mm, left: 20mm, right: 20mm}, mirrored: false}
        fonts: {serif: Noto Serif, sans: Noto Sans, arabic: Noto Naskh Arabic}
        sections: [cover, overview]
        widows: 2
        orphans: 2
        recto_chapters: false
        accent: "#123456"
        chart: {mode: print, threshold: 12}
        header: {left: "{{title}}", center: "", right: "{{section}}", rule: true, baseline: 12mm}
        footer: {left: "{{bates}}", center: "{{page}} of {{pages}}", right: "{{exhibit}}", rule: false, baseline: 12mm}
        styles: {body: {font: serif, size: 10, leading: 14, bold: false, italic: false, color: "#000000", align: start,
                        space_before: 0, space_after: 4pt, indent: 0}}
        notes: footnotes
        bates: {prefix: X, start: 1, digits: 6, position: bottom-outer}
        exhibit: Exhibit A
        cover: title-block
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let spec = try LayoutSpec.load(file: path)
        #expect(spec.chartMode == .print && spec.chartThreshold == 12 && spec.exhibit == "Exhibit A" && !spec.coverPage)
        #expect(spec.bates?.position == .bottomOuter)
        try "page: {mirored: true}\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try LayoutSpec.load(file: path) } throws: { error in
            "\(error)".hasSuffix("Expected one of: size, margins, mirrored")
        }
    }

    @Test func britishSpellingAndSizesWithUnits() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).yaml").path
        try "chart: {mode: colour}\nstyles: {body: {size: 10pt}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let spec = try LayoutSpec.load(file: path)
        #expect(spec.chartMode == .color && spec.style("body").font.size == .pt(10))
    }
}
