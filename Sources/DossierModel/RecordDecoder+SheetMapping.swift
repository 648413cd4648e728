// RecordDecoder+SheetMapping: decoding a spreadsheet entry of `records:` in dossier.yaml (file, sheet,
// kind, header_row, columns, ignore, dates, defaults, delimiter, numbers).

extension RecordDecoder {
    /// Decodes `{file, sheet, kind, header_row, columns, ignore, dates, defaults, delimiter, numbers}`.
    mutating func sheetMapping(_ value: RecordValue, field: String) -> SheetMapping? {
        guard let fields = fields(of: value, path: field, object: RecordSchema.recordSource,
                                  expected: "a path, or {file, sheet, kind, header_row, columns, ignore, dates, defaults, …}")
        else { return nil }
        guard let file = fields["file"].flatMap({ nonBlankText($0, field: fields.path("file"), as: .path) }) else { return nil }
        var mapping = SheetMapping(file: file, isMapped: true, field: field, location: value.location)
        let fileExtension = file.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if file.split(separator: ".").count < 2 || !SheetMapping.extensions.contains(fileExtension) {
            error("\"\(Self.shortened(file))\" is not a spreadsheet", at: fields["file"]?.location, field: fields.path("file"),
                  expected: "a .csv, .tsv, .xlsx or .ods file; YAML and JSON record files are named as plain paths")
        }
        if let value = fields["sheet"] {
            if !WorkbookReader.isWorkbook(file) {
                warning("a \(fileExtension.uppercased()) file has no sheets; sheet: is left aside", at: value.location,
                        field: fields.path("sheet"), expected: "sheet: only for .xlsx and .ods workbooks")
            }
            mapping.sheet = nonBlankText(value, field: fields.path("sheet"))
            mapping.sheetLocation = value.location
        }
        mapping.kind = fields["kind"].flatMap { choice($0, field: fields.path("kind"), as: RecordKind.self) }
        if let value = fields["header_row"], let row = count(value, field: fields.path("header_row")) {
            if (1...1_048_576).contains(row) {
                mapping.headerRow = row
                mapping.headerRowLocation = value.location
            } else {
                error("row \(row) is not a row of a sheet", at: value.location, field: fields.path("header_row"),
                      expected: "a row number from 1 to 1,048,576")
            }
        }
        if let value = fields["columns"] { mapping.columns = sheetColumns(value, field: fields.path("columns")) }
        if let value = fields["ignore"] {
            mapping.ignore = textList(value, field: fields.path("ignore")).map { ($0.text, $0.location) }
        }
        if let value = fields["dates"] {
            for entry in textList(value, field: fields.path("dates")) {
                switch DateFormat.parse(entry.text) {
                case .success(let format): mapping.dateFormats.append(format)
                case .failure(let problem):
                    error("\"\(Self.shortened(entry.text))\" is not a date pattern: \(problem.reason)", at: entry.location, field: entry.field,
                          expected: "a pattern such as DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY or D MMMM YYYY")
                }
            }
        }
        if let value = fields["defaults"] { mapping.defaults = sheetDefaults(value, field: fields.path("defaults")) }
        if let value = fields["delimiter"], let text = text(value, field: fields.path("delimiter")) {
            switch text {
            case "comma", ",": mapping.delimiter = ","
            case "semicolon", ";": mapping.delimiter = ";"
            case "tab", "\t": mapping.delimiter = "\t"
            default:
                error("unknown delimiter \"\(Self.shortened(text))\"", at: value.location, field: fields.path("delimiter"),
                      expected: "comma, semicolon or tab")
            }
        }
        if let value = fields["numbers"], let text = text(value, field: fields.path("numbers")) {
            if let style = NumberStyle.named(text) {
                mapping.numbers = style
            } else {
                error("\"\(Self.shortened(text))\" is not a way of writing numbers", at: value.location, field: fields.path("numbers"),
                      expected: "one of " + NumberStyle.all.map { "\"\($0.example)\"" }.joined(separator: ", "))
            }
        }
        mapping.version = fields["version"].flatMap { nonBlankText($0, field: fields.path("version")) }
        return mapping
    }

    /// Reads `columns:`: header → dotted field path. The paths are checked against the schema once the
    /// kind of the rows is known.
    private mutating func sheetColumns(_ value: RecordValue, field: String) -> [SheetMapping.Column] {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: field, expected: "a mapping of the file's column names to fields, e.g. {Date: date, Town: location.name}")
            return []
        }
        var columns: [SheetMapping.Column] = []
        for entry in entries {
            let entryField = "\(field).\(Self.shortened(entry.key))"
            guard let target = nonBlankText(entry.value, field: entryField) else { continue }
            if let earlier = columns.first(where: { SheetMapping.normalised($0.header) == SheetMapping.normalised(entry.key) }) {
                error("column \"\(Self.shortened(entry.key))\" is mapped twice\(earlier.location.map { ", first at \($0)" } ?? "")",
                      at: entry.keyLocation, field: entryField, expected: "each column once")
                continue
            }
            let path = target.trimmingWhitespace.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            columns.append(SheetMapping.Column(header: entry.key, path: path, location: entry.keyLocation, pathLocation: entry.value.location))
        }
        return columns
    }

    /// Reads `defaults:`: dotted field path → a value (text, or a list of texts).
    private mutating func sheetDefaults(_ value: RecordValue, field: String) -> [SheetMapping.Default] {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: field, expected: "a mapping of fields to values, e.g. {location.country: IQ}")
            return []
        }
        var defaults: [SheetMapping.Default] = []
        for entry in entries {
            let entryField = "\(field).\(Self.shortened(entry.key))"
            switch entry.value.content {
            case .mapping:
                wrongShape(entry.value, field: entryField, expected: "a value or a list of values")
                continue
            case .null:
                continue
            case .scalar, .list:
                break
            }
            let path = entry.key.trimmingWhitespace.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            defaults.append(SheetMapping.Default(path: path, value: entry.value, location: entry.keyLocation))
        }
        return defaults
    }
}
