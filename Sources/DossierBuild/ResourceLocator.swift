// ResourceLocator: finds the bundled fonts and layouts, wherever the tool was built or installed.

import DossierRender
import Foundation

/// Finds the folders the tool ships with: `fonts/`, `layouts/` and `color/`.
public enum ResourceLocator {
    /// The fonts folder: `$DOSSIER_FONTS`, else the nearest `fonts/` above the executable
    /// (a build in a checkout), else `share/dossier/fonts` beside an installed `bin/`.
    public static func fontsDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["DOSSIER_FONTS"], !env.isEmpty { return env }
        return shipped("fonts", marker: "NotoSerif-Regular.ttf")
    }

    /// The folder of the shipped layouts.
    public static func layoutsDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["DOSSIER_LAYOUTS"], !env.isEmpty { return env }
        return shipped("layouts", marker: "dossier.yaml")
    }

    /// The folder of the shipped colour profile (`color/sRGB.icc`).
    public static func colorDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["DOSSIER_COLOR"], !env.isEmpty { return env }
        return shipped("color", marker: "sRGB.icc")
    }

    /// The PDF options for `standard`, with the shipped sRGB profile when PDF/A needs it.
    public static func pdfOptions(_ standard: PDFStandard) throws -> PDFOptions {
        guard standard.declaresA2a else { return PDFOptions(standard: standard) }
        guard let folder = colorDirectory(),
              let profile = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("sRGB.icc")) else {
            throw BuildFailure.project("cannot find the shipped colour profile (color/sRGB.icc) that PDF/A needs; "
                                       + "set DOSSIER_COLOR to its folder, or build with --pdf-standard ua")
        }
        return PDFOptions(standard: standard, colorProfile: Array(profile))
    }

    private static func shipped(_ name: String, marker: String) -> String? {
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
