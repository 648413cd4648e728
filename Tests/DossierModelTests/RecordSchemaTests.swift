// RecordSchemaTests: the JSON Schema comes from the same field lists as the decoder, and python's jsonschema
// accepts the sample's records with it and rejects broken ones.

import Foundation
import Testing
@testable import DossierModel

@Suite struct RecordSchemaTests {
    /// Whether python3 with jsonschema and PyYAML is there to validate with.
    static let hasValidator: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema, yaml"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs the validation script on files with the schema for `target`; one line per file.
    static func validate(_ files: [String], target: RecordSchema.Target) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try RecordSchema.jsonSchema(for: target).formatted.write(to: schema, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Paths.tests.appendingPathComponent("Fixtures/schema/validate.py").path, schema.path] + files
        let output = folder.appendingPathComponent("out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func definesEveryObjectTheDecoderReadsWithItsFields() throws {
        let schema = RecordSchema.jsonSchema(for: .records)
        let definitions = try #require(schema["$defs"])
        let objects: [RecordSchema.Object] = [
            RecordSchema.incident, RecordSchema.location, RecordSchema.perpetrator, RecordSchema.figure, RecordSchema.claim,
            RecordSchema.quotation, RecordSchema.translation, RecordSchema.citation, RecordSchema.source, RecordSchema.dateRange,
        ]
        for object in objects {
            let properties = try #require(definitions[object.name]?["properties"], "no definition of \(object.name)")
            guard case .object(let members) = properties else { Issue.record("\(object.name) has no properties"); continue }
            #expect(members.map { $0.key } == object.fieldNames)
            for member in members { #expect(member.value["description"] != nil, "\(object.name).\(member.key) has no description") }
        }
        #expect(RecordDecoder.incidentFields == RecordSchema.incident.fieldNames)
        #expect(RecordSchema.jsonSchema(for: .project)["$ref"] == .string("#/$defs/project"))
    }

    @Test func isValidJSONWrittenTheSameEveryTime() throws {
        for target in RecordSchema.Target.allCases {
            let text = RecordSchema.jsonSchema(for: target).formatted
            #expect(text == RecordSchema.jsonSchema(for: target).formatted)
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
    }

    @Test func listsEnumerationsFromTheRecordTypes() throws {
        let incident = try #require(RecordSchema.jsonSchema(for: .incidents)["$defs"]?["incident"]?["properties"])
        let verification: [JSONValue] = [.string("confirmed"), .string("provisional"), .string("disputed"), .null]
        #expect(incident["verification"]?["enum"] == .array(verification))
        #expect(incident["date_precision"]?["enum"] == .array([.string("day"), .string("days"), .string("week"), .string("month"),
                                                               .string("year"), .null]))
    }

    @Test(.enabled(if: hasValidator)) func acceptsTheSampleRecords() throws {
        let records = ["incidents", "quotations", "sources"].map { "\(Paths.sample)/records/\($0).yaml" }
        #expect(try Self.validate(records, target: .records) == records.map { "valid \($0)" })
        for kind in [RecordSchema.Target.incidents, .quotations, .sources] {
            let file = "\(Paths.sample)/records/\(kind.rawValue).yaml"
            #expect(try Self.validate([file], target: kind) == ["valid \(file)"])
        }
        let project = "\(Paths.sample)/dossier.yaml"
        #expect(try Self.validate([project], target: .project) == ["valid \(project)"])
    }

    @Test(.enabled(if: hasValidator)) func rejectsWhatTheDecoderRejects() throws {
        let broken = [
            "negative": "- {id: a, title: A, date: 2011-04-08, location: X, casualties: {killed: -3}}\n",
            "misspelt": "- {id: a, title: A, date: 2011-04-08, location: X, verfication: confirmed}\n",
            "month-13": "- {id: a, title: A, date: 2011-13, location: X, verification: certain}\n",
            "no-title": "- {id: a, date: 2011-04-08, location: X}\n",
            "lat-only": "- {id: a, title: A, date: 2011-04-08, location: {name: X, lat: 33.5}}\n",
            "bad-enum": "- {id: a, title: A, date: 2011-04-08, location: X, perpetrators: [{name: P, attribution: alledged}]}\n",
            "bad-url": "- {id: s, title: S, url: www.example.org}\n",
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (name, text) in broken.sorted(by: { $0.key < $1.key }) {
            let file = folder.appendingPathComponent("\(name).yaml").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let lines = try Self.validate(files, target: .records)
        #expect(lines.count == files.count)
        for (file, line) in zip(files, lines) { #expect(line.hasPrefix("invalid \(file)"), "\(line)") }
        // An empty optional value, as while typing, is allowed, as the decoder allows it.
        let typing = folder.appendingPathComponent("typing.yaml").path
        try "- id: a\n  title: A\n  date: 2011-04\n  location: {name: X, admin1: }\n  summary:\n  casualties: {killed: 3, displaced: {best: 10}}\n"
            .write(toFile: typing, atomically: true, encoding: .utf8)
        #expect(try Self.validate([typing], target: .incidents) == ["valid \(typing)"])
    }
}
