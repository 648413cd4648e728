// A generated 300-incident project: the contents' page numbers match where pdftotext finds each heading.

import Foundation
import Testing

@Suite struct LargeProjectTests {
    /// Writes a project of `count` incidents with varied summaries, two sources and a quotation each.
    static func generate(_ count: Int, into dir: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("records"), withIntermediateDirectories: true)
        try """
        title: Generated dossier
        organisation: Test organisation
        data_as_of: 2026-11-20
        records: [records]
        """.write(to: dir.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        let sentences = ["Witnesses described armed men arriving at dawn.", "The clinic treated the wounded for two days.",
                         "Local officials gave a lower figure than the residents.", "Roads to the village stayed closed for a week.",
                         "Families fled toward the district capital.", "A delegation visited the site and met the families."]
        var incidents = "", quotations = "", sources = ""
        for i in 1...count {
            let day = 1 + i % 28, month = 1 + i % 12, year = 2000 + i % 24
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            let summary = (0..<(2 + i % 7)).map { sentences[($0 + i) % sentences.count] }.joined(separator: " ")
            incidents += """
            - id: inc-\(i)
              title: Attack on village \(i)
              date: \(date)
              location: {name: Village \(i), country: IQ}
              casualties: {killed: \(i % 17), injured: \(i % 23)}
              summary: |
                \(summary)

                \(sentences[i % sentences.count]) \(sentences[(i + 2) % sentences.count])
              sources: [src-\(i)]

            """
            quotations += """
            - id: q-\(i)
              text: "We heard the first shots before sunrise in village \(i)."
              speaker: Resident \(i)
              date: \(date)
              source: {id: src-\(i)}
              incidents: [inc-\(i)]

            """
            sources += "- {id: src-\(i), title: Report on village \(i), publisher: Monitor, date: \(date)}\n"
        }
        try incidents.write(to: dir.appendingPathComponent("records/incidents.yaml"), atomically: true, encoding: .utf8)
        try quotations.write(to: dir.appendingPathComponent("records/quotations.yaml"), atomically: true, encoding: .utf8)
        try sources.write(to: dir.appendingPathComponent("records/sources.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func contentsMatchHeadingsInAThreeHundredIncidentProject() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("project")
        try Self.generate(300, into: project)
        let pdf = dir.appendingPathComponent("big.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let pages = Int(try Tool.info(pdf)["Pages"] ?? "0") ?? 0
        #expect(pages > 100)

        // Read every contents page: "title ..... page" lines until the "Sources" entry.
        var entries: [(String, Int)] = []
        var page = 2
        while page <= pages, !entries.contains(where: { $0.0 == "Sources" }) {
            for line in try Tool.text(pdf, page: page, layout: true).split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count > 1, let n = Int(words.last!), !line.contains("Page ") else { continue }
                let title = words.dropLast().joined(separator: " ").split(separator: " · ").first.map(String.init) ?? ""
                entries.append((title, n))
            }
            page += 1
        }
        let incidentEntries = entries.filter { $0.0.hasPrefix("Attack on village") }
        #expect(incidentEntries.count == 300)
        // Group by page so each page's text is read once.
        let byPage = Dictionary(grouping: entries, by: \.1)
        for (n, titles) in byPage {
            let lines = Set(try Tool.text(pdf, page: n).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
            for (title, _) in titles { #expect(lines.contains(title), "“\(title)” is not on page \(n)") }
        }
    }
}
