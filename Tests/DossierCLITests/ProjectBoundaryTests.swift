// Paths typed by users: nothing outside the project reaches a PDF, no special file is read, no
// output replaces a file the tool did not write, and a killed build leaves nothing behind for good.

import Foundation
import Testing

/// A small project in a temporary folder, with a folder beside it holding text that must never
/// reach a PDF unless `--allow-outside-project` is given.
struct ScratchProject {
    /// Words found only in the files outside the project.
    static let secret = "Zanzibar-outside-words"
    /// A time bound for one run: generous for a busy machine, short of hanging the suite.
    static let timeout: TimeInterval = 300

    let root: URL
    var project: URL { root.appendingPathComponent("p") }
    var outside: URL { root.appendingPathComponent("outside") }
    var pdf: String { root.appendingPathComponent("out.pdf").path }

    init(dossier extra: String = "", sources: String = "- {id: s1, title: Monitor report}\n") throws {
        root = try Tool.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: project.appendingPathComponent("records"), withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try write("title: Boundary test\ndata_as_of: 2026-11-20\nrecords: [records]\n" + extra, to: "dossier.yaml")
        try write("- {id: a1, title: Shelling of the market, date: 2024-03-01, location: Town, casualties: {killed: 4}, sources: [s1]}\n",
                  to: "records/incidents.yaml")
        try write(sources, to: "records/sources.yaml")
        try write("# Introduction\n\nWords of our own.\n", to: "intro.md")
        try "# Secret\n\n\(Self.secret)\n".write(to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try "- {id: x1, title: \(Self.secret), date: 2024-04-01, location: Elsewhere, sources: [s1]}\n"
            .write(to: outside.appendingPathComponent("incidents.yaml"), atomically: true, encoding: .utf8)
    }

    /// Writes a file in the project.
    func write(_ text: String, to relative: String) throws {
        try text.write(to: project.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    /// A path in the project.
    func path(_ relative: String) -> String { project.appendingPathComponent(relative).path }

    /// Runs `dossier` with a time bound.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try Tool.run(Tool.dossier, arguments, environment: environment, timeout: Self.timeout)
    }

    /// Makes a file of `size` bytes without writing them (a sparse file), to test limits cheaply.
    func sparseFile(_ relative: String, size: UInt64) throws {
        let path = self.path(relative)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }
}

@Suite struct ProjectBoundaryTests {
    /// Sections that lead out of the project.
    enum OutsideSection: String, CaseIterable, Sendable {
        case systemFile, parentFolder, absolutePath, linkOut, processEnvironment

        /// The path written under `sections:`, after setting up what it needs.
        func prepare(_ scratch: ScratchProject) throws -> String {
            switch self {
            case .systemFile: return "/etc/passwd"
            case .parentFolder: return "../outside/secret.md"
            case .absolutePath: return scratch.outside.appendingPathComponent("secret.md").path
            case .linkOut:
                try FileManager.default.createSymbolicLink(atPath: scratch.path("notes.md"),
                                                           withDestinationPath: "../outside/secret.md")
                return "notes.md"
            case .processEnvironment: return "/proc/self/environ"
            }
        }

        /// What the error says about the path.
        func complaint(_ written: String) -> String {
            switch self {
            case .systemFile, .parentFolder, .absolutePath: "\"\(written)\" is outside the project folder"
            case .linkOut: "\"notes.md\" is a link to"
            case .processEnvironment: "\"/proc/self/environ\" is a system file under /proc"
            }
        }
    }

    @Test(arguments: OutsideSection.allCases)
    func aSectionOutsideTheProjectIsRefusedAndNothingLeaks(_ kind: OutsideSection) throws {
        let scratch = try ScratchProject(dossier: "sections: [intro.md]\n")
        let good = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf])
        try #require(good.status == 0, "\(good.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.pdf))

        let section = try kind.prepare(scratch)
        try scratch.write("title: Boundary test\ndata_as_of: 2026-11-20\nrecords: [records]\nsections: [intro.md, \"\(section)\"]\n",
                          to: "dossier.yaml")
        let environment = ["DOSSIER_TEST_MARK": ScratchProject.secret]
        for command in [["build", scratch.project.path, "-o", scratch.pdf], ["check", scratch.project.path]] {
            let result = try scratch.run(command, environment: environment)
            #expect(!result.timedOut)
            #expect(result.status == 1, "\(command[0]): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("dossier.yaml:4:"), "\(result.stderr)")
            #expect(result.stderr.contains("error: sections: " + kind.complaint(section)), "\(result.stderr)")
        }
        // The last good PDF is untouched and holds none of the outside words.
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.pdf)) == before)
        let text = try Tool.text(scratch.pdf)
        #expect(!text.contains(ScratchProject.secret) && !text.contains("root:"))
    }

    @Test func allowOutsideProjectLetsAnOutsideSectionIn() throws {
        let scratch = try ScratchProject(dossier: "sections: [intro.md, ../outside/secret.md]\n")
        let refused = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf])
        #expect(refused.status == 1 && !FileManager.default.fileExists(atPath: scratch.pdf), "\(refused.stderr)")
        for command in ["check", "build"] {
            var arguments = [command, scratch.project.path, "--allow-outside-project"]
            if command == "build" { arguments += ["-o", scratch.pdf] }
            let allowed = try scratch.run(arguments)
            #expect(allowed.status == 0, "\(command): \(allowed.stderr)")
        }
        #expect(try Tool.text(scratch.pdf).contains(ScratchProject.secret))
    }

    @Test func aPipeIsNeverReadEvenWithTheFlag() throws {
        let scratch = try ScratchProject(dossier: "sections: [pipe.md]\n")
        try #require(try Tool.run("mkfifo", [scratch.path("pipe.md"), scratch.path("records/more.yaml")]).status == 0)
        for extra in [[], ["--allow-outside-project"]] {
            let result = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf] + extra)
            #expect(!result.timedOut, "the build waited on a pipe")
            #expect(result.status == 1, "\(result.status) \(result.stderr)")
            #expect(result.stderr.contains("dossier.yaml:4:12: error: sections: \"pipe.md\" is a named pipe (FIFO)"), "\(result.stderr)")
            #expect(result.stderr.contains("error: records: \"records/more.yaml\" is a named pipe (FIFO)"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.pdf))
    }

    @Test func recordsFromOutsideTheProjectAreRefused() throws {
        let scratch = try ScratchProject()
        try scratch.write("title: Boundary test\ndata_as_of: 2026-11-20\nrecords: [records, ../outside/incidents.yaml]\n",
                          to: "dossier.yaml")
        // A folder inside the records that is a link to an outside folder, found by walking.
        let elsewhere = scratch.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "- {id: x2, title: Elsewhere words, date: 2024-05-01, location: Far, sources: [s1]}\n"
            .write(to: elsewhere.appendingPathComponent("incidents.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("records/more"), withDestinationPath: elsewhere.path)
        let result = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("dossier.yaml:3:20: error: records: \"../outside/incidents.yaml\" is outside the project folder"),
                "\(result.stderr)")
        #expect(result.stderr.contains("dossier.yaml:3:11: error: records: \"records/more\" is a link to"), "\(result.stderr)")
        #expect(result.stderr.contains("--allow-outside-project"))
        #expect(!FileManager.default.fileExists(atPath: scratch.pdf))

        let allowed = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf, "--allow-outside-project"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let text = try Tool.text(scratch.pdf)
        #expect(text.contains(ScratchProject.secret) && text.contains("Elsewhere words"))
    }

    @Test func anArchiveCopyOutsideTheProjectIsRefused() throws {
        let scratch = try ScratchProject(sources: "- {id: s1, title: Monitor report, archive: ../outside/secret.md}\n")
        for command in [["build", scratch.project.path, "-o", scratch.pdf], ["check", scratch.project.path]] {
            let result = try scratch.run(command)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("records/sources.yaml:1:44: error: s1.archive: \"../outside/secret.md\" is outside the project folder"),
                    "\(result.stderr)")
        }
    }

    @Test func aLayoutNamedInTheProjectStaysInsideIt() throws {
        let scratch = try ScratchProject(dossier: "layout: ../outside/evil.yaml\n")
        try "page: {size: A4}\n".write(to: scratch.outside.appendingPathComponent("evil.yaml"), atomically: true, encoding: .utf8)
        for command in [["build", scratch.project.path, "-o", scratch.pdf], ["check", scratch.project.path]] {
            let result = try scratch.run(command)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("dossier.yaml:4:9: error: layout: \"../outside/evil.yaml\" is outside the project folder"),
                    "\(result.stderr)")
        }
        // A project layout that is a link out, named by name.
        try FileManager.default.createDirectory(atPath: scratch.path("layouts"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("layouts/evil.yaml"), withDestinationPath: "/etc/passwd")
        try scratch.write("title: Boundary test\ndata_as_of: 2026-11-20\nrecords: [records]\nlayout: evil\n", to: "dossier.yaml")
        let linked = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf])
        #expect(linked.status == 1 && linked.stderr.contains("layout: \"layouts/evil.yaml\" is a link to \"/etc/passwd\""), "\(linked.stderr)")
        // A path typed after --layout is the user's own choice.
        let typed = try scratch.run(["build", scratch.project.path, "-o", scratch.pdf, "--layout",
                                     scratch.outside.appendingPathComponent("evil.yaml").path])
        #expect(typed.status == 0, "\(typed.stderr)")
    }

    @Test func filesOverTheirLimitAreRefusedBeforeTheyAreRead() throws {
        let scratch = try ScratchProject(dossier: "sections: [big.md]\n",
                                         sources: "- {id: s1, title: Monitor report, archive: copy.txt}\n")
        try scratch.sparseFile("big.md", size: 9 << 20)
        try scratch.sparseFile("copy.txt", size: 65 << 20)
        try scratch.sparseFile("records/quotations.yaml", size: 257 << 20)
        let result = try scratch.run(["check", scratch.project.path])
        #expect(!result.timedOut)
        #expect(result.status == 1, "\(result.stderr)")
        for expected in ["sections: \"big.md\" is 9 MB, more than the 8 MB limit for a Markdown section",
                         "s1.archive: \"copy.txt\" is 65 MB, more than the 64 MB limit for an archive copy",
                         "records: \"records/quotations.yaml\" is 257 MB, more than the 256 MB limit for a record file"] {
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }

        let layout = try ScratchProject(dossier: "layout: big.yaml\n")
        try layout.sparseFile("big.yaml", size: 2 << 20)
        let build = try layout.run(["build", layout.project.path, "-o", layout.pdf])
        #expect(build.status == 1 && build.stderr.contains("dossier.yaml:4:9: error: layout: \"big.yaml\" is 2 MB, more than the 1 MB limit"),
                "\(build.stderr)")
    }

    @Test func schemaNeverReplacesARecordFileOrAFileItDidNotWrite() throws {
        let scratch = try ScratchProject()
        let record = scratch.path("records/incidents.yaml")
        let recordBefore = try Data(contentsOf: URL(fileURLWithPath: record))
        let onRecord = try scratch.run(["schema", "-o", record])
        #expect(onRecord.status == 3, "\(onRecord.stderr)")
        #expect(onRecord.stderr.contains("incidents.yaml") && onRecord.stderr.contains("among the project's records"), "\(onRecord.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: record)) == recordBefore)
        // A new file in a record folder would be read as records by the next build.
        let intoFolder = try scratch.run(["schema", "-o", scratch.path("records/schema.json")])
        #expect(intoFolder.status == 3 && !FileManager.default.fileExists(atPath: scratch.path("records/schema.json")))

        let notes = scratch.root.appendingPathComponent("notes.json").path
        try "{\"my\": \"notes\"}\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let onNotes = try scratch.run(["schema", "-o", notes])
        #expect(onNotes.status == 3, "\(onNotes.stderr)")
        #expect(onNotes.stderr.contains("notes.json exists and is not a JSON Schema written by dossier schema"), "\(onNotes.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "{\"my\": \"notes\"}\n")

        // Its own schema it replaces, atomically, leaving no temporary file.
        let schema = scratch.root.appendingPathComponent("schema/records.json").path
        #expect(try scratch.run(["schema", "-o", schema]).status == 0)
        let again = try scratch.run(["schema", "--for", "project", "-o", schema])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: schema, encoding: .utf8).contains("dossier project file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (schema as NSString).deletingLastPathComponent) == ["records.json"])
    }

    @Test func chartAndBuildReplaceOnlyFilesOfTheirOwnKind() throws {
        let scratch = try ScratchProject()
        let notes = scratch.root.appendingPathComponent("notes.pdf").path
        try "meeting notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        for command in ["chart", "build"] {
            let result = try scratch.run([command, scratch.project.path, "-o", notes])
            #expect(result.status == 3, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("notes.pdf exists and is not a PDF"), "\(command): \(result.stderr)")
            #expect(try String(contentsOfFile: notes, encoding: .utf8) == "meeting notes\n")
        }
        // A PNG is not replaced by an SVG of the same name.
        let png = scratch.root.appendingPathComponent("chart.png").path
        #expect(try scratch.run(["chart", scratch.project.path, "-o", png]).status == 0)
        let svg = scratch.root.appendingPathComponent("chart.svg").path
        try FileManager.default.copyItem(atPath: png, toPath: svg)
        let onPNG = try scratch.run(["chart", scratch.project.path, "-o", svg])
        #expect(onPNG.status == 3 && onPNG.stderr.contains("is not an SVG image"), "\(onPNG.stderr)")
        // Nor does either write among the records.
        for command in ["chart", "build"] {
            let result = try scratch.run([command, scratch.project.path, "-o", scratch.path("records/out.pdf")])
            #expect(result.status == 3 && result.stderr.contains("among the project's records"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("records/out.pdf")))
    }

    @Test func aKilledBuildLeavesNoTemporaryFileAfterTheNextRun() throws {
        let dir = try Tool.temporaryDirectory()
        let project = dir.appendingPathComponent("big")
        try LargeProjectTests.generate(600, into: project)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let pdf = out.appendingPathComponent("big.pdf").path
        func temporaries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains(".dossier-tmp.") }
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.dossier)
        process.arguments = ["build", project.path, "-o", pdf, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(ScratchProject.timeout)
        while process.isRunning, Date() < deadline, try temporaries().isEmpty { usleep(10_000) }
        let seen = try temporaries()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(!seen.isEmpty, "no temporary file appeared while the build ran")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try temporaries() == seen, "SIGKILL leaves the temporary file; the next run must clear it")

        // Temporary files of live processes are left alone: this test's own, and a running child's.
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["300"]
        sleeper.standardOutput = FileHandle.nullDevice
        sleeper.standardError = FileHandle.nullDevice
        try sleeper.run()
        defer {
            kill(sleeper.processIdentifier, SIGKILL)
            sleeper.waitUntilExit()
        }
        let live = [".big.pdf.dossier-tmp.\(ProcessInfo.processInfo.processIdentifier).1",
                    ".big.pdf.dossier-tmp.\(sleeper.processIdentifier).1"]
        for name in live { FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: Data()) }

        let again = try Tool.run(Tool.dossier, ["build", project.path, "-o", pdf, "--quiet"], timeout: ScratchProject.timeout)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try temporaries().sorted() == live.sorted())
        #expect(try Tool.run("qpdf", ["--check", pdf]).status == 0)
        #expect(try Tool.text(pdf, page: 1).contains("Generated dossier"))
    }
}
