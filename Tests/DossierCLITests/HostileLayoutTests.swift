// Hostile layouts and environments: an error with exit code 1 that names the key, never a crash or a hang.

import Foundation
import Testing

@Suite struct HostileLayoutTests {
    /// A copy of the sample project with one extra layout file, and a folder for output.
    private func project(layout: String) throws -> (project: URL, output: URL) {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("p")
        try FileManager.default.copyItem(at: Tool.root.appendingPathComponent("examples/ashraf"), to: project)
        try FileManager.default.createDirectory(at: project.appendingPathComponent("layouts"), withIntermediateDirectories: true)
        try layout.write(to: project.appendingPathComponent("layouts/hostile.yaml"), atomically: true, encoding: .utf8)
        return (project, dir.appendingPathComponent("out.pdf"))
    }

    static let layouts: [(name: String, yaml: String, key: String)] = [
        ("negative margin", "page:\n  margins: {top: -200mm}\n", "page.margins.top"),
        ("NaN margin", "page:\n  margins: {inner: .nan}\n", "page.margins.inner"),
        ("infinite margin", "page:\n  margins: {outer: .inf}\n", "page.margins.outer"),
        ("margin wider than the page", "page:\n  margins: {outer: 2000mm}\n", "page.margins.outer"),
        ("negative indent", "styles:\n  body: {indent: -30mm}\n", "styles.body.indent"),
        ("negative spacing", "styles:\n  quote: {space_before: -5pt}\n", "styles.quote.space_before"),
        ("NaN baseline", "footer:\n  baseline: .nan\n", "footer.baseline"),
        ("ten thousand placeholders", "header:\n  left: \"" + String(repeating: "{{pages}}", count: 10_000) + "\"\n", "header.left"),
        ("no sections", "sections: []\n", "sections"),
    ]

    @Test(arguments: layouts.map(\.name))
    func aHostileLayoutIsRefusedByName(name: String) throws {
        let hostile = Self.layouts.first { $0.name == name }!
        let (project, output) = try project(layout: hostile.yaml)
        let result = try Tool.run("timeout", ["120", Tool.dossier, "build", project.path, "--layout", "hostile", "-o", output.path])
        #expect(result.status == 1, "\(name): exited \(result.status)\n\(result.stderr.suffix(600))")
        #expect(result.stderr.contains("hostile.yaml") && result.stderr.contains(hostile.key), "\(name): \(result.stderr.suffix(600))")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aLayoutWithNothingToPrintForTheProjectIsAnInputError() throws {
        let (project, output) = try project(layout: "sections: [quotations]\n")
        try FileManager.default.removeItem(at: project.appendingPathComponent("records/quotations.yaml"))
        let result = try Tool.run("timeout", ["120", Tool.dossier, "build", project.path, "--layout", "hostile", "-o", output.path])
        #expect(result.status == 1, "exited \(result.status)\n\(result.stderr.suffix(600))")
        #expect(result.stderr.contains("nothing to print"))
    }

    @Test func placeholdersInTheTitleArePrintedAsText() throws {
        let (project, output) = try project(layout: "header:\n  left: \"{{title}}\"\n  right: \"{{section}}\"\n")
        let file = project.appendingPathComponent("dossier.yaml")
        let spec = try String(contentsOf: file, encoding: .utf8)
        let titled = spec.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("title:") ? "title: \"Brief {{section}} {{pages}}\"" : String(line)
        }.joined(separator: "\n")
        try titled.write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.run("timeout", ["120", Tool.dossier, "build", project.path, "--layout", "hostile", "-o", output.path])
        #expect(result.status == 0, "\(result.stderr.suffix(600))")
        let text = try Tool.run("pdftotext", ["-f", "2", "-l", "2", output.path, "-"]).stdout
        #expect(text.contains("Brief {{section}} {{pages}}"), "\(text.prefix(400))")
    }

    @Test func runningOutOfMemoryIsReportedNotCrashed() throws {
        let (project, output) = try project(layout: "name: plain\n")
        // Address-space limits at which fontconfig, GLib or pango fail an allocation somewhere.
        for megabytes in [100, 130, 160] {
            let result = try Tool.run("bash", ["-c", "ulimit -v \(megabytes * 1024); exec \"$0\" \"$@\"", Tool.dossier,
                                               "build", project.path, "-o", output.path, "--quiet"])
            // Below some limit the system cannot even load the program; that is not ours to report.
            if result.status == 127, result.stderr.contains("error while loading shared libraries") { continue }
            #expect(result.status == 0 || result.status == 1, "\(megabytes) MB: exited \(result.status)\n\(result.stderr.suffix(600))")
            if result.status == 1 {
                #expect(result.stderr.contains("out of memory"), "\(megabytes) MB: \(result.stderr.suffix(600))")
                #expect(!result.stderr.contains("Program crashed"), "\(megabytes) MB: \(result.stderr.suffix(600))")
            }
        }
    }
}
