// XLSXSheetReader: one sheet of an Office Open XML workbook (.xlsx, Excel and the programs that write its
// format): the workbook's list of sheets and date system, shared strings, which styles show dates, and
// the sheet's cells and merged ranges.

import Foundation

/// Reads a sheet of an XLSX workbook into a grid of cells.
enum XLSXSheetReader {
    /// Reads the sheet named `sheet` (the first when `nil`) of the workbook in `archive`.
    static func grid(_ archive: WorkbookArchive, file: String, sheet: String?) throws -> SheetGrid {
        let workbookPath = try officeDocument(in: archive)
        let workbook = try Workbook.read(try part(workbookPath, of: archive, file: file), file: file)
        let (name, target) = try WorkbookReader.choose(sheet, among: workbook.sheets.map { ($0.name, $0.relationship) }, file: file)
        let relationships = try Self.relationships(of: workbookPath, in: archive, file: file)
        guard let sheetPath = relationships[target] else {
            throw WorkbookProblem.damaged(file, "the sheet \"\(name)\" has no part in the workbook")
        }
        // Both parts are optional: a workbook of numbers only has no shared strings.
        var strings: [String] = []
        if let stringsPath = relationships.values.sorted().first(where: { $0.hasSuffix("sharedStrings.xml") }), archive.has(stringsPath) {
            strings = try sharedStrings(try part(stringsPath, of: archive, file: file), file: file)
        }
        var dateStyles = Set<Int>()
        if let stylesPath = relationships.values.sorted().first(where: { $0.hasSuffix("styles.xml") }), archive.has(stylesPath) {
            dateStyles = try Self.dateStyles(try part(stylesPath, of: archive, file: file), file: file)
        }
        var grid = SheetGrid(file: file, sheet: name)
        grid.uses1904Dates = workbook.uses1904Dates
        try cells(try part(sheetPath, of: archive, file: file), strings: strings, dateStyles: dateStyles, into: &grid)
        return grid
    }

    /// The name of an element without its namespace prefix: `x:c` → `c`.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// A part's bytes, as a problem naming the file when it cannot be had.
    static func part(_ path: String, of archive: WorkbookArchive, file: String) throws -> Data {
        do {
            return try archive.part(path)
        } catch .missing {
            throw WorkbookProblem.damaged(file, "the part \(path) is missing")
        } catch .tooLarge(let part, let limit) {
            throw WorkbookProblem.tooLarge(file, part: part, limit: limit)
        } catch .bomb(let part) {
            throw WorkbookProblem.bomb(file, part: part)
        } catch {
            throw WorkbookProblem.damaged(file, "the part \(path) cannot be unpacked")
        }
    }

    /// Parses a part, turning XML failures into problems naming the file.
    static func parse(_ data: Data, file: String, _ handle: @escaping (XMLEvents.Event) -> Bool) throws {
        switch XMLEvents.parse(data, handle) {
        case .success: return
        case .failure(.declaresEntities): throw WorkbookProblem.entities(file)
        case .failure(.malformed(let reason)): throw WorkbookProblem.damaged(file, "its XML is not well-formed (\(reason))")
        case .failure(.stopped): return // the handler stopped for a reason it reports itself
        }
    }

    /// The workbook part named by the package's relationships (`xl/workbook.xml` as a rule).
    private static func officeDocument(in archive: WorkbookArchive) throws -> String {
        if archive.has("_rels/.rels"), let data = try? archive.part("_rels/.rels") {
            var found: String?
            _ = XMLEvents.parse(data) { event in
                if case .start(let name, let attributes) = event, local(name) == "Relationship",
                   attributes["Type"]?.hasSuffix("/officeDocument") == true, let target = attributes["Target"] {
                    found = path(target, from: "")
                }
                return true
            }
            if let found, archive.has(found) { return found }
        }
        return "xl/workbook.xml"
    }

    /// The sheets a workbook lists and its date system.
    private struct Workbook {
        var sheets: [(name: String, relationship: String)] = []
        var uses1904Dates = false

        static func read(_ data: Data, file: String) throws -> Workbook {
            var workbook = Workbook()
            try XLSXSheetReader.parse(data, file: file) { event in
                guard case .start(let name, let attributes) = event else { return true }
                switch XLSXSheetReader.local(name) {
                case "workbookPr":
                    workbook.uses1904Dates = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
                case "sheet":
                    let id = attributes.first { XLSXSheetReader.local($0.key) == "id" && $0.key.contains(":") }?.value
                    if let sheetName = attributes["name"], let id { workbook.sheets.append((sheetName, id)) }
                default: break
                }
                return true
            }
            return workbook
        }
    }

    /// The targets of a part's relationships by id, as paths inside the container.
    private static func relationships(of partPath: String, in archive: WorkbookArchive, file: String) throws -> [String: String] {
        let folder = (partPath as NSString).deletingLastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (partPath as NSString).lastPathComponent + ".rels"
        guard archive.has(relsPath) else { throw WorkbookProblem.damaged(file, "the part \(relsPath) is missing") }
        var targets: [String: String] = [:]
        try parse(try part(relsPath, of: archive, file: file), file: file) { event in
            if case .start(let name, let attributes) = event, local(name) == "Relationship",
               let id = attributes["Id"], let target = attributes["Target"], attributes["TargetMode"] != "External" {
                targets[id] = path(target, from: partPath)
            }
            return true
        }
        return targets
    }

    /// A relationship's target as a path in the container: absolute ("/xl/worksheets/sheet1.xml") or
    /// relative to the part's folder ("worksheets/sheet1.xml", "../media/x.png").
    static func path(_ target: String, from partPath: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : (partPath as NSString).deletingLastPathComponent.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == "." || piece.isEmpty { continue }
            if piece == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings: each `si`'s text runs joined, phonetic guides (`rPh`) left out.
    private static func sharedStrings(_ data: Data, file: String) throws -> [String] {
        var strings: [String] = []
        var current = "", inItem = false, inText = false, phonetic = 0
        try parse(data, file: file) { event in
            switch event {
            case .start(let name, _):
                switch local(name) {
                case "si": inItem = true; current = ""
                case "t": inText = inItem && phonetic == 0
                case "rPh": phonetic += 1
                default: break
                }
            case .text(let text):
                if inText { current += text }
            case .end(let name):
                switch local(name) {
                case "si": strings.append(unescaped(current)); inItem = false
                case "t": inText = false
                case "rPh": phonetic -= 1
                default: break
                }
            }
            return true
        }
        return strings
    }

    /// The indexes of cell formats (`cellXfs`) that show numbers as dates.
    private static func dateStyles(_ data: Data, file: String) throws -> Set<Int> {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        try parse(data, file: file) { event in
            switch event {
            case .start(let name, let attributes):
                switch local(name) {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            case .end(let name):
                if local(name) == "cellXfs" { inCellFormats = false }
            case .text: break
            }
            return true
        }
        var dates = Set<Int>()
        for (index, id) in formats.enumerated() where isDateFormat(id: id, code: custom[id]) { dates.insert(index) }
        return dates
    }

    /// Whether a number format shows a date: one of Excel's built-in date formats, or a pattern with a
    /// day or year (or a month without hours), once quoted text, colours and escapes are taken out.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        guard let code else { return (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) }
        var plain = ""
        var quoted = false, bracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { plain.append(character) }
            }
        }
        let lowered = plain.lowercased()
        if lowered.contains("y") || lowered.contains("d") { return true }
        return lowered.contains("m") && !lowered.contains("h") && !lowered.contains("s")
    }

    /// Reads the sheet's cells and merged ranges into `grid`.
    private static func cells(_ data: Data, strings: [String], dateStyles: Set<Int>, into grid: inout SheetGrid) throws {
        var row = 0, column = 0
        var type = "n", style = 0
        var value: String?, formula: String?, inline = ""
        var capture: Substring = ""
        var problem: WorkbookProblem?
        var tooLarge = false
        var collected = grid
        defer { grid = collected }
        try parse(data, file: grid.file) { event in
            switch event {
            case .start(let name, let attributes):
                let element = local(name)
                switch element {
                case "row":
                    row = attributes["r"].flatMap(Int.init) ?? row + 1
                    column = 0
                case "c":
                    if let reference = attributes["r"], let (r, c) = cellReference(reference) {
                        row = r; column = c
                    } else {
                        column += 1
                    }
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap(Int.init) ?? 0
                    value = nil; formula = nil; inline = ""
                case "v", "f", "t":
                    capture = element
                    if element == "v" { value = value ?? "" }
                    if element == "f" { formula = formula ?? "" }
                case "mergeCell":
                    if let reference = attributes["ref"], let range = rangeReference(reference) { collected.merges.append(range) }
                default: break
                }
            case .text(let text):
                switch capture {
                // A damaged sheet may open a cell inside a value and reset it: text then starts it anew.
                case "v": value = (value ?? "") + text
                case "f": formula = (formula ?? "") + text
                case "t": inline += text
                default: break
                }
            case .end(let name):
                let element = local(name)
                if element == capture { capture = "" }
                guard element == "c", row >= 1, column >= 1 else { return true }
                let location = collected.location(row: row, column: column)
                var text = "", typed: CSVTable.Typed?
                let given = value.map { $0.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
                switch type {
                case "s":
                    guard let index = given.flatMap(Int.init), strings.indices.contains(index) else {
                        problem = .damaged(collected.file, "cell \(location) names a shared string that does not exist")
                        return false
                    }
                    text = strings[index]
                case "inlineStr":
                    text = unescaped(inline)
                case "str":
                    if value == nil, let formula { typed = .formulaWithoutValue(formula) } else { text = unescaped(value ?? "") }
                case "b":
                    if let given { typed = .boolean(given == "1" || given.lowercased() == "true"); text = given == "1" ? "TRUE" : "FALSE" }
                case "e":
                    if let given { typed = .error(given); text = given }
                case "d":
                    if let given, let day = Day(iso: String(given.prefix(10))) { typed = .date(day); text = day.description }
                    else if let given { text = given }
                default:
                    if let given, let number = Double(given), number.isFinite {
                        let isDate = dateStyles.contains(style)
                        typed = .number(number, isDate: isDate)
                        text = isDate ? (Day(serial: number, system1904: collected.uses1904Dates)?.description ?? given) : NumberStyle.plain(number)
                    } else if let formula, given == nil {
                        typed = .formulaWithoutValue(formula)
                    } else if let given {
                        text = given
                    }
                }
                guard !text.isEmpty || typed != nil else { return true }
                do { try collected.add(row: row, column: column, text: text, typed: typed) } catch { tooLarge = true; return false }
            }
            return true
        }
        if let problem { throw problem }
        if tooLarge { throw WorkbookProblem.tooManyCells(grid.file, sheet: grid.sheet) }
    }

    /// "C7" → (7, 3); `nil` for anything else.
    static func cellReference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for character in reference.replacingOccurrences(of: "$", with: "") {
            if character.isASCII, character.isLetter, digits.isEmpty {
                column = column * 26 + Int(character.uppercased().unicodeScalars.first!.value) - 64
                guard column <= 16_384 else { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column >= 1, let row = Int(digits), (1...1_048_576).contains(row) else { return nil }
        return (row, column)
    }

    /// "A1:B2" → the range's first and last rows and columns.
    static func rangeReference(_ reference: String) -> (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)? {
        let ends = reference.split(separator: ":")
        guard ends.count == 2, let first = cellReference(String(ends[0])), let last = cellReference(String(ends[1])) else { return nil }
        return (min(first.row, last.row), min(first.column, last.column), max(first.row, last.row), max(first.column, last.column))
    }

    /// Text with OOXML's escapes of characters XML cannot hold undone: `_x000D_` → a carriage return.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            if after.count >= 5, after[after.index(after.startIndex, offsetBy: 4)] == "_",
               let code = UInt32(after.prefix(4), radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}
