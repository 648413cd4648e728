// ImportedDocumentTests: PDFs opened by poppler-glib: page counts and sizes, their text, and each way a file is refused.
import CairoPango
import DossierDisplay
import Foundation
import Testing

@Suite struct ImportedDocumentTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/exhibits")

    static func scratch(_ name: String, _ bytes: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("imported-\(UUID().uuidString)-\(name)").path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func pagesKeepTheirSizeOrientationAndText() throws {
        let a4 = try ImportedDocument(path: Self.fixtures.appendingPathComponent("statement-a4.pdf").path)
        #expect(a4.pageCount == 3)
        let portrait = try a4.pageSize(0)
        #expect(abs(portrait.width.points - 595.28) < 0.1 && abs(portrait.height.points - 841.89) < 0.1)
        #expect(try a4.text(ofPage: 2).contains("Statement page 3, bottom line."))
        let letter = try ImportedDocument(path: Self.fixtures.appendingPathComponent("casualty-list-letter.pdf").path)
        #expect(letter.pageCount == 2)
        #expect(try letter.pageSize(1) == Size(width: .pt(792), height: .pt(612)))
        #expect(throws: ImportError.self) { try letter.pageSize(2) }
    }

    @Test func missingTextDamagedAndEncryptedFilesAreRefusedByName() throws {
        #expect(throws: ImportError.missing(path: "/nonexistent/x.pdf")) { try ImportedDocument(path: "/nonexistent/x.pdf") }
        let text = try Self.scratch("notes.pdf", Data("plain text\n".utf8))
        #expect(throws: ImportError.notPDF(path: text)) { try ImportedDocument(path: text) }
        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("statement-a4.pdf"))
        let cut = try Self.scratch("cut.pdf", whole.prefix(1500))
        #expect { try ImportedDocument(path: cut) } throws: { error in
            if case ImportError.damaged(let path, _) = error { path == cut } else { false }
        }
        // A password to open it, or none but printing forbidden: both are refused.
        for (name, options) in [("locked", ["user", "owner", "256"]), ("no-print", ["", "owner", "256", "--print=none"])] {
            let locked = FileManager.default.temporaryDirectory.appendingPathComponent("imported-\(UUID().uuidString)-\(name).pdf").path
            let qpdf = Process()
            qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            qpdf.arguments = ["qpdf", "--encrypt"] + options + ["--", Self.fixtures.appendingPathComponent("statement-a4.pdf").path, locked]
            try qpdf.run()
            qpdf.waitUntilExit()
            #expect(qpdf.terminationStatus == 0)
            #expect(throws: ImportError.encrypted(path: locked)) { try ImportedDocument(path: locked) }
            #expect(ImportError.encrypted(path: locked).description.hasPrefix(locked + ": "))
        }
    }
}
