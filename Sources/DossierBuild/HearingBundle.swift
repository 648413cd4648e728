// HearingBundle: a dossier's exhibits, opened and checked before anything is written, and the steps
// that turn a dossier's pages into the first part of one Bates-numbered bundle.

import CairoPango
import DossierDisplay
import DossierLayout
import DossierModel
import Foundation

/// The exhibits a build files after the dossier, each opened once to count its pages and hashed.
public struct HearingBundle: Sendable {
    /// The exhibits, in filing order, labelled.
    public var exhibits: [BundleExhibit]

    /// Opens and hashes every exhibit `dossier` names, labelling those without a label after
    /// `dossierLabel`. Throws `BuildFailure.invalidRecords` naming the file for one that is missing,
    /// not a PDF, encrypted or damaged, before anything is written.
    public init(dossier: Dossier, dossierLabel: String?) throws {
        let entries = dossier.spec.exhibits
        let defaults = ExhibitLabels.following(dossierLabel, count: entries.count)
        var exhibits: [BundleExhibit] = []
        var failures: [Diagnostic] = []
        for (i, entry) in entries.enumerated() {
            let path = dossier.files?.folder.absolute(entry.file) ?? (dossier.directory as NSString).appendingPathComponent(entry.file)
            do {
                let document = try ImportedDocument(path: path)
                let source = entry.source.flatMap { id in dossier.sources.first { $0.id == id } }
                exhibits.append(BundleExhibit(label: entry.label ?? defaults[i], title: entry.title, source: source.map(Self.describe),
                                              file: entry.file, path: path, sha256: try Self.sha256(of: path), pageCount: document.pageCount))
            } catch {
                let reason = (error as? ImportError).map { "\($0)" } ?? "\(entry.file): cannot be read: \(error)"
                failures.append(Diagnostic(severity: .error, location: entry.fileLocation ?? entry.location, field: "exhibits[\(i)].file",
                                           message: reason.replacingOccurrences(of: path, with: entry.file),
                                           expected: "a readable PDF without a password"))
            }
        }
        guard failures.isEmpty else { throw BuildFailure.invalidRecords(failures) }
        self.exhibits = exhibits
    }

    /// Throws `BuildFailure.output` if `output` is one of the exhibits: the bundle would replace a
    /// document it reproduces.
    public func checkOutput(_ output: String) throws {
        let destination = ProjectFolder.destination(of: output)
        for exhibit in exhibits where [ProjectFolder.realPath(of: exhibit.path), ProjectFolder.destination(of: exhibit.path)].contains(destination) {
            throw BuildFailure.output("\(output) is the exhibit \(exhibit.file); dossier never writes over an exhibit, so nothing was written")
        }
    }

    /// A source as a cover sheet cites it: "Amnesty International, Annual report 2010 (amnesty-2010)".
    static func describe(_ source: Source) -> String {
        ([source.publisher, source.title].compactMap { $0 }.joined(separator: ", ")) + " (\(source.id))"
    }

    /// The SHA-256 of a file, read a megabyte at a time.
    static func sha256(of path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.missing(path: path) }
        defer { try? handle.close() }
        var digest = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { digest.update(chunk) }
        return digest.hexDigest()
    }

    /// A dossier page as the first part of a bundle: its outline entries one level down, under an
    /// entry for the dossier on its first page, and the document element left open for the exhibits.
    static func dossierPage(_ page: Page, outlineTitle: String) -> Page {
        var page = page
        func deepen(_ items: [FrameItem]) -> [FrameItem] {
            items.map { item in
                switch item {
                case .destination(var d):
                    d.outline?.level += 1
                    return .destination(d)
                case .group(var g):
                    g.items = deepen(g.items)
                    return .group(g)
                default: return item
                }
            }
        }
        page.items = deepen(page.items)
        if page.number == 1, !page.overlays {
            let entry = DestinationItem(name: BundlePages.dossierDestination, point: .zero, outline: OutlineEntry(title: outlineTitle, level: 1, open: true))
            let start = page.items.firstIndex { if case .structure(.begin(.document, _)) = $0 { true } else { false } }.map { $0 + 1 } ?? 0
            page.items.insert(.destination(entry), at: start)
        }
        if case .structure(.end(.document))? = page.items.last { page.items.removeLast() }
        return page
    }
}
