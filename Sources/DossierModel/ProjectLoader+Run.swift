// ProjectLoader+Run: one loading run's file handling: finding, reading and parsing the project's files.

import Foundation

extension ProjectLoader {
    /// One loading run: the project folder and the diagnostics found outside record decoding.
    struct Run {
        /// The project folder and the rules for reading its files.
        let folder: ProjectFolder
        /// Problems with files: missing, unreadable, unparsable, of an unknown kind, outside the project.
        var diagnostics: [Diagnostic] = []
        /// For CSV cells read into a field named unlike their column, the field's name → the column's.
        var csvColumns: [SourceLocation: [String: String]] = [:]
        /// Where each record file was named in dossier.yaml (directly or by its folder).
        var recordEntries: [String: SourceLocation] = [:]
        /// The record folders walked, as real paths, in the order met.
        var recordFolders: [String] = []
        /// Where `layout:` is written in dossier.yaml.
        var layoutLocation: SourceLocation?
        /// Cells of spreadsheets already reported, whose fields the decoder would only report again.
        var reportedCells: Set<SourceLocation> = []

        init(folder: ProjectFolder) { self.folder = folder }

        /// The project directory as given.
        var directory: String { folder.path }

        /// The absolute path of a project-relative path.
        func absolute(_ relative: String) -> String { folder.absolute(relative) }

        /// Whether a project-relative path is an existing file (of any kind: it is checked when read).
        func isFile(_ relative: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && !isDirectory.boolValue
        }

        /// Whether a project-relative path is an existing directory.
        func isDirectory(_ relative: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && isDirectory.boolValue
        }

        /// Reports a file the project may not read, where it is named (or, if nowhere, at the file).
        mutating func report(_ refusal: ProjectFolder.Refusal, path: String, location: SourceLocation?, field: String?) {
            let (message, expected) = folder.describe(refusal, path: path)
            diagnostics.append(Diagnostic(severity: .error, location: location, field: field,
                                          message: message, expected: expected))
        }

        /// Reads a project-relative file as UTF-8 text under the project's rules, reporting failure at
        /// `location` (or the file itself).
        mutating func readText(_ relative: String, limit: FileLimit, location: SourceLocation?, field: String?) -> String? {
            let data: Data
            switch folder.read(relative, limit: limit) {
            case .success(let read):
                data = read
            case .failure(.missing):
                diagnostics.append(Diagnostic(severity: .error, location: location, field: field,
                                              message: "cannot read \"\(relative)\""))
                return nil
            case .failure(let refusal):
                report(refusal, path: relative, location: location, field: field)
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(severity: .error, location: SourceLocation(file: relative, line: 1, column: 1),
                                              field: nil, message: "the file is not valid UTF-8 text",
                                              expected: "text saved as UTF-8"))
                return nil
            }
            return text
        }

        /// Reads and decodes `dossier.yaml`; `nil` if it is missing, unparsable or has no usable title.
        mutating func readProjectFile() -> DecodedProject? {
            let file = ProjectLoader.projectFileName
            guard folder.check(file, limit: nil) != .failure(.missing) else {
                diagnostics.append(Diagnostic(severity: .error, location: nil, field: nil,
                                              message: "no \(file) in \"\(directory)\"",
                                              expected: "a project directory holding \(file)"))
                return nil
            }
            guard let text = readText(file, limit: .projectFile, location: nil, field: nil) else { return nil }
            switch YAMLReader.read(text: text, file: file) {
            case .failed(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .parsed(nil):
                diagnostics.append(Diagnostic(severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                                              field: nil, message: "the project file is empty", expected: "at least a title"))
                return nil
            case .parsed(let root?):
                layoutLocation = root.entry("layout")?.value.location
                var decoder = RecordDecoder()
                let project = decoder.project(from: root)
                diagnostics += decoder.diagnostics
                return project
            }
        }

        /// The record files to read, project-relative, in a fixed order, each with how to read it when
        /// dossier.yaml maps it as a spreadsheet.
        mutating func recordFiles(_ project: DecodedProject?) -> [RecordFile] {
            var files: [RecordFile] = []
            var seen = Set<String>()
            let folder = self.folder
            func add(_ found: [String], mapping: SheetMapping? = nil) {
                // A file reached twice (named and in a folder, or through a link) is read once; two sheets
                // of one workbook are two sources.
                for file in found {
                    let key = (ProjectFolder.realPath(of: folder.absolute(file)) ?? file) + "\u{0}" + (mapping?.sheet ?? "")
                    if seen.insert(key).inserted { files.append(RecordFile(path: file, mapping: mapping)) }
                }
            }
            if let project, !project.spec.records.isEmpty {
                let mappings = project.recordMappings.count == project.spec.records.count
                    ? project.recordMappings : Array(repeating: nil, count: project.spec.records.count)
                for ((entry, location), mapping) in zip(zip(project.spec.records, project.recordLocations), mappings) {
                    let path = entry.hasSuffix("/") && entry.count > 1 ? String(entry.dropLast()) : entry
                    let field = mapping.map { "\($0.field).file" } ?? "records"
                    let limit = WorkbookReader.isWorkbook(path) ? FileLimit.workbook : FileLimit.recordFile
                    switch folder.check(path, limit: limit) {
                    case .success:
                        add([path], mapping: mapping)
                        if let location, recordEntries[path] == nil { recordEntries[path] = location }
                    case .failure(.folder) where mapping == nil:
                        add(recordFiles(under: path, location: location))
                    case .failure(.folder):
                        diagnostics.append(Diagnostic(severity: .error, location: location, field: field,
                                                      message: "\"\(entry)\" is a folder",
                                                      expected: "a spreadsheet file (.csv, .tsv, .xlsx or .ods); a folder is named as a plain path"))
                    case .failure(.missing):
                        diagnostics.append(Diagnostic(severity: .error, location: location, field: field,
                                                      message: mapping == nil ? "no such file or folder \"\(entry)\"" : "no such file \"\(entry)\"",
                                                      expected: "a path relative to the project directory"))
                    case .failure(let refusal):
                        report(refusal, path: entry, location: location, field: field)
                    }
                }
                return files
            }
            if isDirectory("records") { add(recordFiles(under: "records", location: nil)) }
            if files.isEmpty {
                for kind in RecordKind.allCases {
                    for file in ["yaml", "yml", "json", "csv"].map({ "\(kind.rawValue).\($0)" }) where isFile(file) {
                        switch folder.check(file, limit: .recordFile) {
                        case .success: add([file])
                        case .failure(let refusal): report(refusal, path: file, location: nil, field: nil)
                        }
                    }
                }
            }
            if files.isEmpty, project != nil {
                diagnostics.append(Diagnostic(severity: .warning, location: SourceLocation(file: ProjectLoader.projectFileName, line: 1, column: 1),
                                              field: "records", message: "no record files found",
                                              expected: "a records/ folder, or incidents.yaml, quotations.yaml and sources.yaml"))
            }
            return files
        }

        /// Every record file under a folder, recursively, sorted by path; hidden files and folders are
        /// skipped. Links are followed only where they stay inside the project (or anywhere with
        /// `--allow-outside-project`), never into system folders, and each real folder is walked once, so a
        /// link back up the tree does not loop.
        mutating func recordFiles(under top: String, location: SourceLocation?) -> [String] {
            var found: [String] = []
            var visited = Set<String>(recordFolders)
            var pending = [top]
            while let relative = pending.popLast() {
                guard let real = ProjectFolder.realPath(of: absolute(relative)) else { continue }
                if let system = ProjectFolder.systemFolders.first(where: { ProjectFolder.isInside(real, $0) }) {
                    report(.special(kind: "a system folder under \(system)"), path: relative, location: location, field: "records")
                    continue
                }
                guard folder.allowsOutside || folder.contains(real) else {
                    report(.outside(resolved: real), path: relative, location: location, field: "records")
                    continue
                }
                guard visited.insert(real).inserted else { continue }
                recordFolders.append(real)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? []
                for name in names where !name.hasPrefix(".") {
                    let path = "\(relative)/\(name)"
                    if isDirectory(path) {
                        pending.append(path)
                        continue
                    }
                    guard ProjectLoader.recordExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                    switch folder.check(path, limit: .recordFile) {
                    case .success:
                        found.append(path)
                        if let location, recordEntries[path] == nil { recordEntries[path] = location }
                    case .failure(.missing):
                        continue // a link to nothing, as before: not a record file
                    case .failure(let refusal):
                        report(refusal, path: path, location: location, field: location == nil ? nil : "records")
                    }
                }
            }
            return found.sorted()
        }

        /// The project's files once loaded: the record files and folders as real paths.
        func files(_ recordFiles: [RecordFile]) -> ProjectFiles {
            var paths: [String] = []
            for file in recordFiles {
                if let real = ProjectFolder.realPath(of: absolute(file.path)), !paths.contains(real) { paths.append(real) }
            }
            return ProjectFiles(folder: folder, records: paths, recordFolders: recordFolders, layoutLocation: layoutLocation)
        }

        /// Reads one record file into `records`; returns whether it could be parsed at all.
        mutating func readRecords(in recordFile: RecordFile, with decoder: inout RecordDecoder,
                                  into records: inout DecodedRecords) -> Bool {
            let file = recordFile.path
            let fileExtension = (file as NSString).pathExtension.lowercased()
            if recordFile.mapping != nil || SheetMapping.extensions.contains(fileExtension) {
                return readSheet(recordFile, with: &decoder, into: &records)
            }
            guard let text = readText(file, limit: .recordFile, location: recordEntries[file],
                                      field: recordEntries[file] == nil ? nil : "records") else { return false }
            let root: RecordValue
            switch YAMLReader.read(text: text, file: file) {
            case .failed(let diagnostic):
                diagnostics.append(diagnostic)
                return false
            case .parsed(nil):
                diagnostics.append(Diagnostic(severity: .warning, location: SourceLocation(file: file, line: 1, column: 1),
                                              field: nil, message: "the file holds no records"))
                return true
            case .parsed(let value?):
                root = value
            }
            let kind = RecordKind.named(byPath: file)
            switch root.content {
            case .list:
                if let kind {
                    decoder.records(of: kind, in: root, field: kind.rawValue, into: &records)
                } else {
                    diagnostics.append(Diagnostic(
                        severity: .error, location: root.location, field: nil,
                        message: "cannot tell whether this list holds incidents, quotations or sources",
                        expected: "a file named incidents…, quotations… or sources…, or a mapping with keys incidents, quotations, sources"))
                }
            case .mapping(let entries):
                if let kind, root.entry("id") != nil {
                    diagnostics.append(Diagnostic(
                        severity: .error, location: root.location, field: nil,
                        message: "this file holds a single \(kind.singular), not a list of them",
                        expected: "a list: put \"- \" before the record's first field"))
                    return true
                }
                let keys = RecordKind.allCases.map(\.rawValue)
                for entry in entries {
                    guard let kind = RecordKind(rawValue: entry.key) else {
                        var message = "unknown field \"\(entry.key)\""
                        if let guess = Suggestion.closest(to: entry.key, among: keys) { message += " (did you mean \"\(guess)\"?)" }
                        diagnostics.append(Diagnostic(severity: .error, location: entry.keyLocation, field: entry.key,
                                                      message: message, expected: "one of \(keys.joined(separator: ", "))"))
                        continue
                    }
                    decoder.records(of: kind, in: entry.value, field: kind.rawValue, into: &records)
                }
            case .scalar, .null:
                diagnostics.append(Diagnostic(
                    severity: .error, location: root.location, field: nil, message: "found \(root.shapeName)",
                    expected: "a list of records, or a mapping with keys incidents, quotations, sources"))
            }
            return true
        }

        /// Adds the CSV column to a diagnostic about a field read from a column named otherwise (a UCDP
        /// column such as date_start read into `date`).
        func namingColumn(_ diagnostic: Diagnostic) -> Diagnostic {
            guard let location = diagnostic.location, let origins = csvColumns[location] else { return diagnostic }
            var field = diagnostic.field ?? ""
            while field.hasSuffix("]"), let open = field.lastIndex(of: "[") { field = String(field[..<open]) }
            let key = field.split(separator: ".").last.map(String.init) ?? field
            guard let column = origins[key], column != key else { return diagnostic }
            var named = diagnostic
            named.message += " (column \"\(column)\")"
            return named
        }

        /// Checks each quotation against the archive copies of the sources it cites, reading each copy once.
        mutating func checkQuotations(_ quoted: [ArchiveCheck.Quoted], sources: [Source]) -> [Diagnostic] {
            var archivePaths: [String: String] = [:]
            for source in sources where archivePaths[source.id] == nil {
                if let archive = source.archive { archivePaths[source.id] = archive }
            }
            var texts: [String: String?] = [:]
            var found: [Diagnostic] = []
            for quotation in quoted {
                var archives: [ArchiveCheck.Archive] = []
                for id in quotation.sources {
                    // A missing copy is reported where `archive:` names it; here it is just skipped.
                    guard let path = archivePaths[id], case .success = folder.check(path, limit: .archive),
                          !archives.contains(where: { $0.path == path }) else { continue }
                    if texts[path] == nil { texts[path] = readText(path, limit: .archive, location: nil, field: nil) }
                    if let text = texts[path] ?? nil { archives.append(ArchiveCheck.Archive(source: id, path: path, text: text)) }
                }
                if let diagnostic = ArchiveCheck.diagnostic(for: quotation, in: archives) { found.append(diagnostic) }
            }
            return found
        }

        /// Reads the Markdown sections the project names, in order.
        mutating func readSections(_ project: DecodedProject?) -> [(file: String, markdown: String)] {
            guard let project else { return [] }
            var sections: [(file: String, markdown: String)] = []
            for (file, location) in zip(project.spec.sections, project.sectionLocations) {
                switch folder.check(file, limit: .section) {
                case .success:
                    if let text = readText(file, limit: .section, location: location, field: "sections") {
                        sections.append((file, text))
                    }
                case .failure(.missing):
                    diagnostics.append(Diagnostic(severity: .error, location: location, field: "sections",
                                                  message: "no such file \"\(file)\"",
                                                  expected: "a Markdown file relative to the project directory"))
                case .failure(let refusal):
                    report(refusal, path: file, location: location, field: "sections")
                }
            }
            return sections
        }
    }
}
