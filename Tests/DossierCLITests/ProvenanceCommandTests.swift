// End to end: provenance a scheduled build can enforce (--strict on build and anniversary), the JSON a
// script reads on success and failure, and a dossier built from a workbook as an NGO keeps it.

import Foundation
import Testing

@Suite(.serialized) struct ProvenanceCommandTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path
    static let sheets = Tool.root.appendingPathComponent("Tests/DossierModelTests/Fixtures/sheets")

    /// A copy of the sample project.
    static func sampleCopy() throws -> URL {
        let project = try Tool.temporaryDirectory().appendingPathComponent("ashraf")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: sample), to: project)
        return project
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func strictBuildWritesNothingAndSaysWhyInJSON() throws {
        let project = try Self.sampleCopy()
        let pdf = project.deletingLastPathComponent().appendingPathComponent("strict.pdf").path
        // The sample carries one provenance warning (sources that disagree): a plain build goes through.
        let plain = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf, "--json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let built = try json(plain.stdout)
        #expect(built["status"] as? String == "built" && (built["warnings"] as? [String])?.count == 1)
        let before = try Data(contentsOf: URL(fileURLWithPath: pdf))

        let strict = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf, "--strict", "--json"])
        #expect(strict.status == 1)
        let failure = try json(strict.stdout)
        #expect(failure["status"] as? String == "failed" && failure["exit_code"] as? Int == 1)
        #expect(failure["error"] as? String == "1 error in the records; nothing was written")
        let errors = try #require(failure["errors"] as? [[String: Any]])
        #expect(errors.first?["file"] as? String == "records/incidents.yaml" && errors.first?["line"] as? Int == 16)
        #expect((failure["warnings"] as? [String]) == [])
        #expect(strict.stderr.contains("records/incidents.yaml:16:11: error:"))
        // The last good PDF is untouched.
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == before)
    }

    @Test func aMisspeltSourceStopsTheBuildAtItsLine() throws {
        let project = try Self.sampleCopy()
        let file = project.appendingPathComponent("records/incidents.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "sources: [article-2020-07-28, amnesty-2010]", with: "sources: [article-2020-07-28, amnesty-2011]")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", project.appendingPathComponent("x.pdf").path, "--json"])
        #expect(result.status == 1)
        let errors = try #require(try json(result.stdout)["errors"] as? [[String: Any]])
        #expect((errors.first?["text"] as? String)?.contains("no source has the id \"amnesty-2011\" (did you mean \"amnesty-2010\"?)") == true)
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("x.pdf").path))
    }

    @Test func strictAnniversaryBuildsNoBriefAndPlainOneListsWarnings() throws {
        let out = try Tool.temporaryDirectory().path
        let plain = try Tool.run(Tool.dossier, ["anniversary", Self.sample, "--on", "2026-09-01", "-o", out, "--json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect((try json(plain.stdout)["warnings"] as? [String])?.count == 1)
        let strictOut = try Tool.temporaryDirectory().path
        let strict = try Tool.run(Tool.dossier, ["anniversary", Self.sample, "--on", "2026-09-01", "-o", strictOut, "--strict", "--json"])
        #expect(strict.status == 1)
        #expect(try json(strict.stdout)["status"] as? String == "failed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: strictOut).isEmpty)
    }

    @Test func aWorkbookAsKeptBuildsAndSaysNotQuantified() throws {
        let project = try Tool.temporaryDirectory().appendingPathComponent("ngo")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sheets.appendingPathComponent("ngo/data/casualties-libreoffice.xlsx"),
                                         to: project.appendingPathComponent("data/casualties.xlsx"))
        try FileManager.default.copyItem(at: Self.sheets.appendingPathComponent("ngo/sources.yaml"), to: project.appendingPathComponent("sources.yaml"))
        try """
            title: Casualty log
            data_as_of: 2026-01-01
            categories: {medical_staff_killed: Medical staff killed}
            records:
              - sources.yaml
              - file: data/casualties.xlsx
                sheet: Incidents
                header_row: 3
                columns: {Town: location.name, Governorate: location.admin1, Killed: casualties.killed,
                          Injured: casualties.injured.note, Source: sources, Notes: summary}
                ignore: [Entered by]
                dates: DD/MM/YYYY
                defaults: {location.country: IQ}
            """.write(to: project.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        let pdf = project.appendingPathComponent("log.pdf").path
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Tool.text(pdf)
        // Injured is given only in words ("1,200" read as a note): the total is not quantified, never "at least 0".
        #expect(text.contains("not quantified"))
        #expect(!text.contains("at least 0"))
        #expect(text.contains("Incident in Testville, North Test"))
    }
}
