// ShippedFolder: finds a folder the tool ships with (fonts/, layouts/, locales/), wherever it was
// built or installed.

import Foundation

/// Finds the tool's own folders.
public enum ShippedFolder {
    /// `$variable` when set, else the nearest `name/` holding `marker` above the executable (a build
    /// in a checkout) or the current folder, else `share/dossier/name` beside an installed `bin/`.
    public static func find(_ name: String, marker: String, variable: String) -> String? {
        if let env = ProcessInfo.processInfo.environment[variable], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        starts.append(exe.deletingLastPathComponent())
        if let path = Bundle.main.executableURL?.resolvingSymlinksInPath() { starts.append(path.deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                for candidate in [dir.appendingPathComponent(name), dir.appendingPathComponent("share/dossier/\(name)")] {
                    if fm.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.path }
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
