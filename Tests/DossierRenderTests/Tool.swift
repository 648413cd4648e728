// Tool: runs the PDF tools (qpdf, poppler) the tests read output back with.
import Foundation

/// The result of running a command-line tool.
struct Tool {
    var status: Int32
    var output: String
    var errors: String

    /// Runs `name` (found on PATH) with `arguments` and waits for it.
    static func run(_ name: String, _ arguments: String...) throws -> Tool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the tool.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Tool(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                    errors: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh folder for one test's files, removed by `remove()`.
struct ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-render-\(getpid())-\(UInt64.random(in: 0...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// The names of the files in the folder, hidden ones included, sorted.
    var contents: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
