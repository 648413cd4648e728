// RecordSchema+JSON: the record schema written as a JSON Schema (draft 2020-12), for editors that
// validate YAML while it is typed.

extension RecordSchema {
    /// Which file a JSON Schema describes.
    public enum Target: String, CaseIterable, Sendable {
        /// Any record file: a list of incidents, quotations or sources, or a mapping with those keys.
        case records
        /// A file holding a list of incidents.
        case incidents
        /// A file holding a list of quotations.
        case quotations
        /// A file holding a list of sources.
        case sources
        /// The project file, dossier.yaml.
        case project
    }

    /// The JSON Schema (draft 2020-12) of a kind of file.
    public static func jsonSchema(for target: Target) -> JSONValue {
        var writer = JSONSchemaWriter()
        var members: [JSONValue.Member] = [
            .init("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            .init("title", .string(target == .project ? "dossier project file (dossier.yaml), schema v1"
                                                      : "dossier \(target == .records ? "record" : String(target.rawValue.dropLast())) file, schema v1")),
        ]
        switch target {
        case .project:
            members.append(.init("description", .string(project.description)))
            members.append(.init("$ref", writer.reference(to: project)))
        case .incidents, .quotations, .sources:
            let kind: RecordKind = target == .incidents ? .incidents : target == .quotations ? .quotations : .sources
            members.append(.init("description", .string("A list of \(target.rawValue).")))
            members += writer.list(of: object(for: kind)).objectMembers
        case .records:
            members.append(.init("description", .string(
                "A record file: a list of incidents, of quotations or of sources (which one is told by the file's "
                + "name), or a mapping with the keys incidents, quotations and sources.")))
            var mapping: [JSONValue.Member] = []
            var choices: [JSONValue] = []
            for (kind, object) in recordObjects {
                let list = writer.list(of: object)
                choices.append(list)
                mapping.append(.init(kind.rawValue, .object(list.objectMembers
                                                            + [.init("description", .string("The \(kind.rawValue)."))])))
            }
            choices.append(.object([
                .init("type", .string("object")),
                .init("properties", .object(mapping)),
                .init("additionalProperties", .bool(false)),
            ]))
            members.append(.init("anyOf", .array(choices)))
        }
        members.append(.init("$defs", .object(writer.definitions)))
        return .object(members)
    }
}

/// Turns schema shapes into JSON Schema nodes, collecting each object's definition once.
private struct JSONSchemaWriter {
    /// The definitions written so far, in the order first referred to.
    var definitions: [JSONValue.Member] = []

    /// A `$ref` to an object's definition, writing the definition the first time.
    mutating func reference(to object: RecordSchema.Object) -> JSONValue {
        let pointer = JSONValue.string("#/$defs/\(object.name)")
        if definitions.contains(where: { $0.key == object.name }) { return pointer }
        // Reserve the slot first so an object that refers to itself cannot recurse forever.
        definitions.append(.init(object.name, .null))
        let written = definition(of: object)
        if let index = definitions.firstIndex(where: { $0.key == object.name }) { definitions[index].value = written }
        return pointer
    }

    /// An array of an object.
    mutating func list(of object: RecordSchema.Object) -> JSONValue {
        .object([.init("type", .string("array")), .init("items", .object([.init("$ref", reference(to: object))]))])
    }

    /// The definition of an object: its properties, required fields and fields given together.
    mutating func definition(of object: RecordSchema.Object) -> JSONValue {
        var properties: [JSONValue.Member] = []
        for field in object.fields {
            var node = self.node(field.shape)
            // The decoder treats an empty optional value (`admin1:` or `~`) as absent.
            if !field.required { node = Self.nullable(node) }
            properties.append(.init(field.name, .object([.init("description", .string(field.description))] + node.objectMembers)))
        }
        var members: [JSONValue.Member] = [
            .init("type", .string("object")),
            .init("description", .string(object.description)),
            .init("properties", .object(properties)),
        ]
        if !object.requiredNames.isEmpty { members.append(.init("required", .array(object.requiredNames.map(JSONValue.string)))) }
        if !object.together.isEmpty {
            var dependent: [JSONValue.Member] = []
            for group in object.together {
                for name in group { dependent.append(.init(name, .array(group.filter { $0 != name }.map(JSONValue.string)))) }
            }
            members.append(.init("dependentRequired", .object(dependent)))
        }
        members.append(.init("additionalProperties", .bool(false)))
        return .object(members)
    }

    /// The JSON Schema node of a shape.
    mutating func node(_ shape: RecordSchema.Shape) -> JSONValue {
        func string(_ pattern: String? = nil, format: String? = nil) -> JSONValue {
            var members: [JSONValue.Member] = [.init("type", .string("string"))]
            if let pattern { members.append(.init("pattern", .string(pattern))) }
            if let format { members.append(.init("format", .string(format))) }
            return .object(members)
        }
        // The decoder reads every scalar as the text written, so `title: 2013` is the text "2013"; the
        // types below accept what YAML would read such text as, and patterns constrain only strings.
        func scalar(_ types: [String], _ extra: [JSONValue.Member] = []) -> JSONValue {
            .object([.init("type", .array(types.map(JSONValue.string)))] + extra)
        }
        switch shape {
        case .text, .filePath:
            return scalar(["string", "number", "boolean"])
        case .markdown:
            return scalar(["string", "number", "boolean"], [.init("contentMediaType", .string("text/markdown"))])
        case .identifier, .reference:
            return scalar(["string", "integer"], [.init("pattern", .string(Self.identifierPattern))])
        case .day:
            return string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format: "date")
        case .partialDate:
            // A bare year is a number in YAML and JSON; the pattern applies to text, the bounds to numbers.
            return .object([
                .init("type", .array([.string("string"), .string("integer")])),
                .init("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")),
                .init("minimum", .integer(1)), .init("maximum", .integer(9999)),
            ])
        case .incidentDate:
            return .object([.init("anyOf", .array([node(.partialDate), .object([.init("$ref", reference(to: RecordSchema.dateRange))])]))])
        case .time:
            return string("^[0-9]{1,2}:[0-9]{2}$")
        case .count:
            return scalar(["integer", "string"], [.init("minimum", .integer(0)), .init("pattern", .string("^\\s*[0-9]+\\s*$"))])
        case .coordinate(let range):
            return scalar(["number", "string"], [.init("minimum", .number(range.lowerBound)), .init("maximum", .number(range.upperBound)),
                                                 .init("pattern", .string("^\\s*[-+]?[0-9]+(\\.[0-9]+)?\\s*$"))])
        case .choice(let values):
            return .object([.init("type", .string("string")), .init("enum", .array(values.map(JSONValue.string)))])
        case .languageTag:
            return string("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
        case .webAddress:
            return string("^[Hh][Tt][Tt][Pp][Ss]?://[^/\\s]\\S*$", format: "uri")
        case .countryCode:
            return string("^[A-Z]{2}$")
        case .list(let item):
            return .object([.init("type", .string("array")), .init("items", node(item))])
        case .oneOrMore(let item):
            let single = node(item)
            return .object([.init("anyOf", .array([single, .object([.init("type", .string("array")), .init("items", single)])]))])
        case .either(let shapes):
            return .object([.init("anyOf", .array(shapes.map { node($0) }))])
        case .object(let object):
            return .object([.init("$ref", reference(to: object))])
        case .dictionary(let value):
            return .object([.init("type", .string("object")), .init("additionalProperties", node(value))])
        case .categories(let value):
            let figure = node(value)
            let known = RecordSchema.knownCategories.map { entry in
                JSONValue.Member(entry.category.name, .object([.init("description", .string(entry.description))] + figure.objectMembers))
            }
            return .object([
                .init("type", .string("object")),
                .init("propertyNames", .object([.init("pattern", .string("^[a-z][a-z0-9_]*$"))])),
                .init("properties", .object(known)),
                .init("additionalProperties", figure),
            ])
        }
    }

    /// Letters, digits, "-" and "_", starting with a letter or digit; non-ASCII letters are let through.
    static let identifierPattern = "^[0-9A-Za-z\\u00C0-\\uFFFF][0-9A-Za-z\\u00C0-\\uFFFF_-]*$"

    /// The node, also accepting null.
    static func nullable(_ node: JSONValue) -> JSONValue {
        var members = node.objectMembers
        if let index = members.firstIndex(where: { $0.key == "anyOf" }), case .array(var choices) = members[index].value {
            choices.append(.object([.init("type", .string("null"))]))
            members[index].value = .array(choices)
            return .object(members)
        }
        guard let index = members.firstIndex(where: { $0.key == "type" }) else {
            return .object([.init("anyOf", .array([node, .object([.init("type", .string("null"))])]))])
        }
        switch members[index].value {
        case .string(let type): members[index].value = .array([.string(type), .string("null")])
        case .array(let types): members[index].value = .array(types + [.string("null")])
        default: break
        }
        if let index = members.firstIndex(where: { $0.key == "enum" }), case .array(let values) = members[index].value {
            members[index].value = .array(values + [.null])
        }
        return .object(members)
    }
}

extension JSONValue {
    /// The members of an object; nothing for any other value.
    var objectMembers: [Member] {
        if case .object(let members) = self { return members } else { return [] }
    }
}
