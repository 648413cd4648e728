// End to end: `dossier build` on the sample, read back with poppler and qpdf.

import Foundation
import Testing

@Suite(.serialized) struct BuildCommandTests {
    static let sample = Tool.root.appendingPathComponent("examples/ashraf").path

    /// Builds the sample once into a temporary folder.
    static func buildSample(to name: String = "ashraf.pdf", environment: [String: String] = [:]) throws -> String {
        let dir = try Tool.temporaryDirectory()
        let pdf = dir.appendingPathComponent(name).path
        let result = try Tool.run(Tool.dossier, ["build", sample, "-o", pdf], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return pdf
    }

    @Test func sampleIsAValidTaggedPDFWithEmbeddedFonts() throws {
        let pdf = try Self.buildSample()
        let check = try Tool.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let info = try Tool.info(pdf)
        #expect(info["Title"] == "Camp Ashraf: Attacks on Residents, 2009–2013" || info["Title"]?.isEmpty == false)
        #expect(info["Tagged"] == "yes")
        #expect(Int(info["Pages"] ?? "0") ?? 0 >= 6)
        #expect(info["Author"]?.isEmpty == false)

        let fonts = try Tool.run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type [encoding…] emb sub uni object ID: "emb" is the 5th column from the end.
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(line)")
            #expect(line.contains("Noto"), "a font that is not bundled: \(line)")
        }
    }

    @Test func contentsGivesThePageOfEveryIncidentHeading() throws {
        let pdf = try Self.buildSample()
        let pages = Int(try Tool.info(pdf)["Pages"] ?? "0") ?? 0
        // Contents entries end with the page number; each title must stand as a line on that page.
        let contents = try Tool.text(pdf, page: 2, layout: true)
        var checked = 0
        for line in contents.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let last = words.last, let page = Int(last), words.count > 1, (1...pages).contains(page) else { continue }
            // An incident's entry ends with " · its date", which its heading does not carry.
            let title = String(words.dropLast().joined(separator: " ").split(separator: " · ").first ?? "")
            if title.hasPrefix("Page ") { continue }  // the footer
            let text = try Tool.text(pdf, page: page).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(text.contains(title), "“\(title)” is not on page \(page)")
            checked += 1
        }
        #expect(checked >= 6, "found only \(checked) incident entries in the contents:\n\(contents)")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = try Self.buildSample(to: "a.pdf")
        let b = try Self.buildSample(to: "b.pdf")
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let epoch = try Self.buildSample(to: "c.pdf", environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(try Tool.info(epoch)["CreationDate"]?.contains("2023") == true)
    }

    @Test func brokenRecordNamesFileAndLineAndKeepsThePreviousPDF() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("project")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.sample), to: project)
        let pdf = dir.appendingPathComponent("out.pdf").path
        #expect(try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: pdf))

        // Break a date in the first record file that has one.
        let files = try FileManager.default.subpathsOfDirectory(atPath: project.path).filter { $0.hasSuffix(".yaml") }
        guard let file = files.first(where: { (try? String(contentsOfFile: project.path + "/" + $0, encoding: .utf8))?.contains("2013-09-01") == true }) else {
            Issue.record("no record file with the 2013 date"); return
        }
        let path = project.path + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "2013-09-01", with: "2013-13-01").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf])
        #expect(result.status == 1)
        #expect(result.stderr.contains(URL(fileURLWithPath: file).lastPathComponent + ":"), "\(result.stderr)")
        #expect(result.stderr.range(of: #":\d+:\d+: error"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == before)
    }

    @Test func unwritableOutputExitsWithThree() throws {
        let result = try Tool.run(Tool.dossier, ["build", Self.sample, "-o", "/proc/dossier-test/out.pdf"])
        #expect(result.status == 3, "\(result.status) \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func helpVersionAndUsage() throws {
        let version = try Tool.run(Tool.dossier, ["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let help = try Tool.run(Tool.dossier, ["--help"])
        #expect(help.status == 0 && help.stdout.contains("build"))
        let usage = try Tool.run(Tool.dossier, ["build"])
        #expect(usage.status == 2)
        let missing = try Tool.run(Tool.dossier, ["build", "/nonexistent/project"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/project"))
    }
}

@Suite struct NewCommandTests {
    @Test func newProjectBuildsAsItIs() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p").path
        #expect(try Tool.run(Tool.dossier, ["new", project, "--title", "Test \"dossier\""]).status == 0)
        let build = try Tool.run(Tool.dossier, ["build", project, "-o", dir.appendingPathComponent("p.pdf").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Tool.info(dir.appendingPathComponent("p.pdf").path)["Title"] == "Test \"dossier\"")
        // A second `new` in the same place refuses rather than overwrite.
        #expect(try Tool.run(Tool.dossier, ["new", project]).status == 1)
    }
}

@Suite struct TaggedPDFTests {
    @Test func sampleHasAStructureTreeInReadingOrderWithLanguageAndAltText() throws {
        let pdf = try BuildCommandTests.buildSample()
        let tree = try Tool.run("pdfinfo", ["-struct-text", pdf]).stdout
        // An element with attributes prints as "TH:" followed by them.
        let roles = Set(tree.split(separator: "\n").compactMap { $0.split(separator: " ").first.map { $0.hasSuffix(":") ? String($0.dropLast()) : String($0) } })
        for role in ["Document", "H1", "H2", "H3", "P", "BlockQuote", "Table", "TR", "TH", "TD", "Figure", "Caption", "TOC", "TOCI", "Sect"] {
            #expect(roles.contains(role), "no \(role) element")
        }
        // Reading order: the contents before the overview, incidents in date order, sources last.
        let order = ["H1 \"Contents\"", "H1 \"Overview\"", "H2 \"Raid on Camp Ashraf by Iraqi forces\"",
                     "H2 \"Assault on Camp Ashraf by the Iraqi Army\"", "H2 \"Attack on Camp Ashraf\"", "H1 \"Sources\""]
        // As headings: the contents entries, now read as their titles alone, name them too.
        func heading(_ levelAndTitle: String) -> Range<String.Index>? {
            let level = levelAndTitle.prefix(2), title = levelAndTitle.dropFirst(3)
            return tree.range(of: level + #" \(block\)\n +"# + NSRegularExpression.escapedPattern(for: String(title)),
                              options: .regularExpression)
        }
        let positions = order.map { heading($0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(order.filter { heading($0) == nil })")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Catalog language and the chart's alt text, read from an uncompressed copy.
        let plain = pdf + ".qdf"
        #expect(try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf, plain]).status == 0)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self)
        #expect(raw.contains("/Lang (en)"))
        let alts = raw.components(separatedBy: "/Alt <").dropFirst().compactMap { $0.split(separator: ">").first }
            .map { Self.decodeUTF16Hex(String($0)) }
        #expect(alts.contains { $0.hasPrefix("Stacked bar chart of casualties for 3 events") }, "\(alts)")
    }

    static func decodeUTF16Hex(_ hex: String) -> String {
        var bytes: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex, let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex) {
            bytes.append(UInt8(hex[i..<j], radix: 16) ?? 0); i = j
        }
        if bytes.starts(with: [0xFE, 0xFF]) { bytes.removeFirst(2) }
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }
}

@Suite struct HearingLayoutTests {
    @Test func letterPagesWithBatesNumbersAndChaptersOnRightHandPages() throws {
        let dir = try Tool.temporaryDirectory()
        let pdf = dir.appendingPathComponent("h.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", BuildCommandTests.sample, "--layout", "hearing", "--bates", "ASH",
                                                "--exhibit", "Exhibit A", "-o", pdf])
        #expect(build.status == 0, "\(build.stderr)")
        let info = try Tool.info(pdf)
        #expect(info["Page size"]?.contains("612 x 792") == true)
        let pages = Int(info["Pages"] ?? "0") ?? 0
        for page in 1...pages {
            let text = try Tool.text(pdf, page: page)
            #expect(text.contains(String(format: "ASH-%06d", page)), "page \(page) has no Bates number")
            #expect(text.contains("Exhibit A"))
        }
        // The contents (on page 3, after the cover and a blank left-hand page) gives odd pages for chapters.
        #expect(try Tool.text(pdf, page: 2).split(separator: "\n").allSatisfy { $0.hasPrefix("ASH-") || $0.hasPrefix("Exhibit") || $0.trimmingCharacters(in: .whitespaces).isEmpty || $0 == "\u{0C}" })
        let contents = try Tool.text(pdf, page: 3, layout: true)
        var chapters = 0
        for line in contents.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let last = words.last, let n = Int(last), ["Introduction", "Overview", "Sources"].contains(String(words.first ?? "")) else { continue }
            #expect(n % 2 == 1, "\(words.first!) starts on page \(n), a left-hand page")
            chapters += 1
        }
        #expect(chapters == 3)
    }

    @Test(arguments: [
        (["--bates", "A B"], "--bates \"A B\": a Bates prefix may hold only letters, digits"),
        (["--bates", "ASH", "--bates-start=-1"], "--bates-start -1: expected 0 or more"),
        (["--bates", "ASH", "--bates-digits", "13"], "--bates-digits 13: expected a number from 1 to 12"),
    ])
    func stampOptionsOutOfRangeAreUsageErrorsAndWriteNothing(arguments: [String], message: String) throws {
        let dir = try Tool.temporaryDirectory()
        let pdf = dir.appendingPathComponent("h.pdf").path
        let build = try Tool.run(Tool.dossier, ["build", BuildCommandTests.sample, "-o", pdf] + arguments)
        #expect(build.status == 2)
        #expect(build.stderr.contains(message), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }
}
