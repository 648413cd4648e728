// ProductionLog: the record a court clerk asks for: each exhibit with its file, SHA-256, pages and Bates range, as CSV or JSON.

import DossierLayout
import DossierRender
import Foundation

/// One exhibit as produced in a bundle.
public struct ProductionEntry: Hashable, Sendable {
    public var label: String
    public var title: String
    /// The file as the project names it.
    public var file: String
    public var sha256: String
    /// The source record it reproduces, in words.
    public var source: String?
    /// Its pages in the bundle, cover sheet included.
    public var pages: ClosedRange<Int>
    /// The exhibit's own page count.
    public var pageCount: Int
    /// Its first and last Bates numbers, when the bundle is numbered.
    public var bates: (first: String, last: String)?

    init(exhibit: BundleExhibit, pages: ClosedRange<Int>, bates: (first: String, last: String)?) {
        label = exhibit.label; title = exhibit.title; file = exhibit.file; sha256 = exhibit.sha256; source = exhibit.source
        self.pages = pages; pageCount = exhibit.pageCount; self.bates = bates
    }

    public static func == (a: ProductionEntry, b: ProductionEntry) -> Bool {
        a.label == b.label && a.file == b.file && a.sha256 == b.sha256 && a.pages == b.pages
            && a.bates?.first == b.bates?.first && a.bates?.last == b.bates?.last
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(label); hasher.combine(sha256); hasher.combine(pages.lowerBound) }
}

/// Writes the production log beside a bundle: CSV for a spreadsheet, JSON for a system.
public enum ProductionLog {
    /// The first line of a CSV log.
    static let csvHeader = "label,title,file,sha256,source,first_page,last_page,exhibit_pages,bates_first,bates_last"
    /// How a JSON log begins.
    static let jsonStart = "{\n  \"production_log\""

    /// Refuses a log path that is neither .csv nor .json, or that would replace another kind of file.
    public static func checkPath(_ path: String) throws {
        let lower = path.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".json") else {
            throw BuildFailure.output("\(path): the production log must be a file ending in .csv or .json")
        }
        try OutputCheck.mayReplace(path, with: .productionLog)
    }

    /// Writes the log for `report` to `path` (CSV or JSON by its extension), atomically.
    public static func write(_ report: BuildReport, to path: String) throws {
        let text = path.lowercased().hasSuffix(".json") ? json(report) : csv(report.production)
        try TemporaryFiles.writeOutput(Data(text.utf8), to: path)
    }

    /// The log as CSV: a header line, then one line per exhibit.
    static func csv(_ entries: [ProductionEntry]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = [csvHeader]
        for e in entries {
            lines.append([e.label, e.title, e.file, e.sha256, e.source ?? "", String(e.pages.lowerBound), String(e.pages.upperBound),
                          String(e.pageCount), e.bates?.first ?? "", e.bates?.last ?? ""].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The log as JSON: the bundle's file and page count, then the exhibits, keys in snake_case.
    static func json(_ report: BuildReport) -> String {
        struct Exhibit: Encodable {
            var label, title, file, sha256: String
            var source: String?
            var first_page, last_page, exhibit_pages: Int
            var bates_first, bates_last: String?
        }
        struct Log: Encodable {
            var output: String
            var pages: Int
            var exhibits: [Exhibit]
        }
        let log = Log(output: report.output, pages: report.pages, exhibits: report.production.map {
            Exhibit(label: $0.label, title: $0.title, file: $0.file, sha256: $0.sha256, source: $0.source,
                    first_page: $0.pages.lowerBound, last_page: $0.pages.upperBound, exhibit_pages: $0.pageCount,
                    bates_first: $0.bates?.first, bates_last: $0.bates?.last)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(["production_log": log])).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return body + "\n"
    }
}
