// PDFStandardTests: every shipped layout passes the PDF/UA checker's conformance rules, and the PDF identifies itself.

import Foundation
import Testing

/// The pinned PDF/UA checker (outloud), set up by `scripts/pdf-checker.sh` in a virtual environment.
enum PDFChecker {
    /// The folder of the checker's programs; nil when it could not be installed (PyPI unreachable).
    static let bin: String? = {
        let result = try? Tool.run("/bin/bash", [Tool.root.appendingPathComponent("scripts/pdf-checker.sh").path], timeout: 900)
        guard let result, result.status == 0 else { return nil }
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path + "/outloud") ? path : nil
    }()

    /// The conformance-layer findings for `pdf`, as "severity rule: message" lines.
    static func findings(_ pdf: String) throws -> [String] {
        let report = pdf + ".json"
        let run = try Tool.run(bin! + "/outloud", ["--layer", "conformance", "--fail-on", "never", "--json", report, pdf], timeout: 600)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        let results = json?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 1)
        return results.flatMap { ($0["findings"] as? [[String: Any]] ?? []) }.compactMap { finding in
            guard let severity = finding["severity"] as? String, severity == "error" || severity == "warning" else { return nil }
            return "\(severity) \(finding["rule"] ?? ""): \(finding["message"] ?? "")"
        }
    }
}

/// The objects of a PDF as qpdf's JSON shows them, with stream data decoded.
struct QPDFObjects {
    let objects: [String: Any]

    init(_ pdf: String) throws {
        let run = try Tool.run("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", pdf])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let qpdf = json?["qpdf"] as? [Any] ?? []
        objects = qpdf.count > 1 ? qpdf[1] as? [String: Any] ?? [:] : [:]
    }

    /// The value of an object ("trailer", "obj:1 0 R"), a stream's dictionary for a stream.
    func value(_ key: String) -> [String: Any] {
        let entry = objects[key] as? [String: Any]
        if let stream = entry?["stream"] as? [String: Any] { return stream["dict"] as? [String: Any] ?? [:] }
        return entry?["value"] as? [String: Any] ?? [:]
    }

    /// A stream's decoded data.
    func streamData(_ key: String) -> Data {
        let stream = (objects[key] as? [String: Any])?["stream"] as? [String: Any]
        return (stream?["data"] as? String).flatMap { Data(base64Encoded: $0) } ?? Data()
    }

    /// A stream's decoded data as text.
    func streamText(_ key: String) -> String { String(decoding: streamData(key), as: UTF8.self) }

    var trailer: [String: Any] { value("trailer") }
    var catalog: [String: Any] { value("obj:" + (trailer["/Root"] as? String ?? "")) }
}

@Suite(.serialized) struct PDFStandardTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path

    static func build(_ arguments: [String], name: String) throws -> String {
        let pdf = try Tool.temporaryDirectory().appendingPathComponent(name).path
        let result = try Tool.run(Tool.dossier, ["build", sample, "-o", pdf] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return pdf
    }

    @Test(.enabled(if: PDFChecker.bin != nil, "the PDF/UA checker could not be installed from PyPI (offline?): scripts/pdf-checker.sh"),
          arguments: [["--layout", "dossier"], ["--layout", "briefing"], ["--layout", "anniversary"],
                      ["--layout", "hearing", "--bates", "ASH", "--exhibit", "Exhibit A"]])
    func everyShippedLayoutPassesTheChecker(_ arguments: [String]) throws {
        let pdf = try Self.build(arguments, name: "\(arguments[1]).pdf")
        let findings = try PDFChecker.findings(pdf)
        #expect(findings.isEmpty, "\(arguments): \(findings.joined(separator: "\n"))")
    }

    @Test(.enabled(if: PDFChecker.bin != nil, "the PDF/UA checker could not be installed from PyPI (offline?): scripts/pdf-checker.sh"))
    func aHearingBundlePassesTheChecker() throws {
        // Imported exhibit pages, cover sheets, the index and blank versos: their furniture is artifacts too.
        let project = try BundleFixture.project()
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("bundle.pdf").path
        let result = try Tool.run(Tool.dossier, ["build", project.path, "--layout", "hearing", "--bates", "ASH", "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try PDFChecker.findings(pdf)
        #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
    }

    @Test(.enabled(if: PDFChecker.bin != nil, "the PDF/UA checker could not be installed from PyPI (offline?): scripts/pdf-checker.sh"))
    func anExportedChartPassesTheChecker() throws {
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("chart.pdf").path
        let result = try Tool.run(Tool.dossier, ["chart", Self.sample, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try PDFChecker.findings(pdf)
        #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")
    }

    @Test func theDefaultPDFIdentifiesItselfAsUAAndA2a() throws {
        let pdf = try Self.build([], name: "both.pdf")
        let objects = try QPDFObjects(pdf)
        let id = objects.trailer["/ID"] as? [String] ?? []
        #expect(id.count == 2 && id[0] == id[1] && id[0].count > 10, "\(id)")
        let catalog = objects.catalog
        #expect((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
        let intents = catalog["/OutputIntents"] as? [[String: Any]] ?? []
        #expect(intents.count == 1 && intents.first?["/S"] as? String == "/GTS_PDFA1")
        let profile = objects.streamData("obj:" + (intents.first?["/DestOutputProfile"] as? String ?? ""))
        let shipped = try Data(contentsOf: Tool.root.appendingPathComponent("color/sRGB.icc"))
        #expect(profile == shipped, "the shipped sRGB profile")
        let xmp = objects.streamText("obj:" + (catalog["/Metadata"] as? String ?? ""))
        for expected in ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                         "<pdfuaid:part>1</pdfuaid:part>", "Camp Ashraf: Attacks on Residents, 2009–2013</rdf:li>",
                         "<dc:creator><rdf:Seq><rdf:li>Ashraf Documentation Project</rdf:li>",
                         "<xmp:CreateDate>2026-11-20T00:00:00Z</xmp:CreateDate>"] {
            #expect(xmp.contains(expected), "XMP lacks \(expected)")
        }
        // Every page reads in structure order.
        let pages = objects.objects.keys.filter { (objects.value($0)["/Type"] as? String) == "/Page" }
        #expect(!pages.isEmpty && pages.allSatisfy { objects.value($0)["/Tabs"] as? String == "/S" })
        // Object streams: the structure tree is compressed, not written as plain objects.
        let raw = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(raw.range(of: Data("/Type /ObjStm".utf8)) != nil || raw.range(of: Data("/Type/ObjStm".utf8)) != nil)
        #expect(raw.range(of: Data("/StructElem".utf8)) == nil)
    }

    @Test func aChosenStandardLeavesTheOthersOut() throws {
        let none = try QPDFObjects(try Self.build(["--pdf-standard", "none"], name: "none.pdf"))
        #expect(none.catalog["/OutputIntents"] == nil)
        let noneXMP = none.streamText("obj:" + (none.catalog["/Metadata"] as? String ?? ""))
        #expect(noneXMP.contains("<dc:title>") && !noneXMP.contains("pdfaid:part") && !noneXMP.contains("<pdfuaid:part>"))

        let ua = try QPDFObjects(try Self.build(["--pdf-standard", "ua"], name: "ua.pdf"))
        #expect(ua.catalog["/OutputIntents"] == nil)
        let uaXMP = ua.streamText("obj:" + (ua.catalog["/Metadata"] as? String ?? ""))
        #expect(uaXMP.contains("<pdfuaid:part>1</pdfuaid:part>") && !uaXMP.contains("pdfaid:part"))

        let bad = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", "/tmp/never.pdf", "--pdf-standard", "pdfx"])
        #expect(bad.status != 0 && bad.stderr.contains("pdf-standard"), "\(bad.stderr)")
    }

    @Test func aMissingColourProfileIsAClearErrorAndLeavesTheLastPDF() throws {
        let dir = try Tool.temporaryDirectory()
        let pdf = dir.appendingPathComponent("kept.pdf").path
        #expect(try Tool.run(Tool.dossier, ["build", Self.sample, "-o", pdf]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let result = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", pdf], environment: ["DOSSIER_COLOR": dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("color/sRGB.icc") && result.stderr.contains("--pdf-standard ua"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == before)
        // Without PDF/A no profile is needed.
        let ua = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", pdf, "--pdf-standard", "ua"], environment: ["DOSSIER_COLOR": dir.path])
        #expect(ua.status == 0, "\(ua.stderr)")
    }

    @Test func screenReaderTextHasNoPageFurniture() throws {
        let pdf = try Self.build(["--layout", "hearing", "--bates", "ASH", "--exhibit", "Exhibit A"], name: "hearing.pdf")
        let tree = try Tool.run("pdfinfo", ["-struct-text", pdf]).stdout
        for furniture in ["ASH-0000", "Exhibit A", "Page 4 of"] {
            #expect(!tree.contains(furniture), "\(furniture) is read out")
        }
        #expect(tree.contains("\"Incidents at a glance\""))
        // A contents entry's title is read as the link; its page number, drawn once every number
        // is known, is not run into the title: the link's description names the page.
        #expect(tree.range(of: #"TOCI\n +Link \(inline\)\n +Object [0-9]+ 0\n +"Overview"\n"#,
                           options: .regularExpression) != nil, "\(tree.prefix(1500))")
        #expect(tree.range(of: #""(Introduction|Overview|Incidents|Sources) ?[0-9]+""#, options: .regularExpression) == nil)
        let expanded = pdf + ".qdf.pdf"
        _ = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let objects = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        #expect(objects.contains("/Contents (Link to page 7)"))
        // The page still prints it.
        #expect(try Tool.text(pdf, page: 4).contains("ASH-000004"))
    }
}
