// FontLibraryTests: registering the bundled fonts, the errors for a missing folder or file, no system fonts.
@testable import CairoPango
import Foundation
import Testing

@Suite struct FontLibraryTests {
    @Test func registersTheBundledFamilies() {
        let families = TestFonts.library.families
        #expect(families.contains("Noto Serif"))
        #expect(families.contains("Noto Sans"))
        #expect(families.contains("Noto Naskh Arabic"))
        #expect(!families.contains("DejaVu Sans"))
    }

    @Test func bundledFamiliesResolveToThemselves() {
        #expect(TestFonts.library.resolvedFamily(for: "Noto Serif", bold: true, italic: true) == "Noto Serif")
        #expect(TestFonts.library.resolvedFamily(for: "Noto Sans", bold: true) == "Noto Sans")
        #expect(TestFonts.library.resolvedFamily(for: "Noto Naskh Arabic") == "Noto Naskh Arabic")
    }

    /// DejaVu Sans and Noto Kufi Arabic are installed on the build machine but not bundled:
    /// they must not be found.
    @Test(arguments: ["DejaVu Sans", "Noto Kufi Arabic", "Liberation Serif"])
    func systemFontsAreNotUsed(family: String) {
        let resolved = TestFonts.library.resolvedFamily(for: family)
        #expect(resolved != family)
        #expect(TestFonts.library.families.contains(resolved), "\(family) resolved to \(resolved)")
    }

    @Test func missingFolderIsNamed() {
        #expect(throws: FontError.missingDirectory("/nonexistent/fonts")) {
            try FontLibrary(directory: "/nonexistent/fonts")
        }
        let message = FontError.missingDirectory("/nonexistent/fonts").description
        #expect(message.contains("/nonexistent/fonts"))
        #expect(message.contains("NotoSerif-Regular.ttf"))
    }

    @Test func missingFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fonts-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in FontLibrary.requiredFiles where file != "NotoSans-Bold.ttf" {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(file).path,
                                                       withDestinationPath: TestFonts.directory + "/" + file)
        }
        let error = FontError.missingFile(directory: folder.path, file: "NotoSans-Bold.ttf")
        #expect(throws: error) { try FontLibrary(directory: folder.path) }
        #expect(error.description == "font folder \(folder.path) lacks the required font file NotoSans-Bold.ttf")
    }

    @Test func aFileThatIsNotAFontIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fonts-bad-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in FontLibrary.requiredFiles {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(file).path,
                                                       withDestinationPath: TestFonts.directory + "/" + file)
        }
        let bogus = folder.appendingPathComponent("Broken.ttf").path
        try Data("not a font".utf8).write(to: URL(fileURLWithPath: bogus))
        #expect(throws: FontError.unreadableFont(path: bogus)) { try FontLibrary(directory: folder.path) }
    }
}
