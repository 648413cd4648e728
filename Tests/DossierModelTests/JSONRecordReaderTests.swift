// JSON read without the YAML parser must give the tree the YAML parser gives: values, lines,
// columns and text origins, so every message points where it did.

import Foundation
import Testing
@testable import DossierModel

@Suite struct JSONRecordReaderTests {
    /// Every value, location and origin of a tree, one per line.
    static func dump(_ value: RecordValue?, into out: inout [String], path: String = "") {
        guard let value else { out.append("\(path) none"); return }
        let at = value.location.map { "\($0.line):\($0.column)" } ?? "-"
        let origin = value.origin.map { "\($0.start.line):\($0.start.column) \($0.keepsLines) \($0.continuationColumn)" } ?? "-"
        switch value.content {
        case .null: out.append("\(path) null @\(at)")
        case .scalar(let text): out.append("\(path) \(text.debugDescription) @\(at) origin \(origin)")
        case .list(let items):
            out.append("\(path) list(\(items.count)) @\(at)")
            for (i, item) in items.enumerated() { dump(item, into: &out, path: path + "[\(i)]") }
        case .mapping(let entries):
            out.append("\(path) mapping(\(entries.count)) @\(at)")
            for entry in entries {
                let key = entry.keyLocation.map { "\($0.line):\($0.column)" } ?? "-"
                dump(entry.value, into: &out, path: path + ".\(entry.key)@\(key)")
            }
        }
    }

    static func yamlTree(_ text: String) -> [String]? {
        guard case .parsed(let root) = YAMLReader.readYAML(text: text, file: "f.json") else { return nil }
        var out: [String] = []
        dump(root, into: &out)
        return out
    }

    static func jsonTree(_ text: String) -> [String]? {
        guard let root = JSONRecordReader.read(text: text, file: "f.json") else { return nil }
        var out: [String] = []
        dump(root, into: &out)
        return out
    }

    static let cases: [String] = [
        #"[{"id": "a", "n": 12, "x": -1.5e3, "ok": true, "no": false, "none": null, "q": "null"}]"#,
        "{\n  \"title\": \"Camp Ashraf · 1 September 2013 — «Ашраф» 阿什拉夫\",\n  \"list\": [1, 2, [3, []], {}],\n  \"e\": \"\"\n}\n",
        "{\r\n  \"a\": \"b\",\r\n  \"c\": [\r\n    \"d\"\r\n  ]\r\n}",
        #"{"escapes": "quote \" slash \/ back \\ nl \n tab \t u \u00e9 \u20ac", "after": 1}"#,
        "[\n\"é\", \"ü\", {\"ключ\": \"значение\", \"next\": \"😀 emoji\"}, \"end\"]",
        "[1,2,3,{\"a\":{\"b\":{\"c\":[\"deep\"]}}}]",
        "  [ \"leading spaces\" ]  \n",
        "{\"multi\": \"line one\\nline two\", \"k\": 0}",
    ]

    @Test(arguments: cases) func readsAsTheYAMLParserDoes(_ text: String) throws {
        let json = try #require(Self.jsonTree(text), "the JSON reader refused \(text.debugDescription)")
        let yaml = try #require(Self.yamlTree(text))
        #expect(json == yaml)
    }

    @Test func theSampleAndGeneratedRecordsReadTheSame() throws {
        // A file of records as the benchmark converter writes them: one long line per record.
        var records: [String] = []
        for i in 0..<40 {
            records.append(#"{"id": "inc-\#(i)", "title": "Raid at camp \#(i) · «quoted»", "date": "2015-01-\#(10 + i % 18)", "#
                + #""casualties": {"killed": \#(i * 3), "injured": \#(i)}, "summary": "Line with ‘curly’ quotes, 12 km away.", "sources": ["s\#(i)"]}"#)
        }
        let text = "[\n" + records.joined(separator: ",\n") + "\n]\n"
        #expect(Self.jsonTree(text) == Self.yamlTree(text))
    }

    static let refused: [String] = [
        #"{"a": 1, "a": 2}"#,                 // a key twice: the YAML reader reports it
        #"{"a": 1,}"#,                         // a trailing comma
        "{\"a\":\t1}",                         // a tab
        "[\"raw\nbreak\"]",                    // a raw line break inside text
        #"["\ud83d\ude00"]"#,                 // a surrogate pair written as escapes
        "[\"line\u{2028}separator\"]",         // a character YAML breaks lines at
        #"[01]"#,                              // not a JSON number
        "# comment\n[1]",                      // YAML, not JSON
        "[1] [2]",
        "",
    ]

    @Test(arguments: refused) func leavesToTheYAMLReaderWhatItDoesNotTake(_ text: String) {
        #expect(JSONRecordReader.read(text: text, file: "f.json") == nil)
    }

    @Test func refusesNestingPastTheLimit() {
        let deep = String(repeating: "[", count: RecordLimits.yamlDepth + 1) + String(repeating: "]", count: RecordLimits.yamlDepth + 1)
        #expect(JSONRecordReader.read(text: deep, file: "f.json") == nil)
        let fine = String(repeating: "[", count: RecordLimits.yamlDepth) + String(repeating: "]", count: RecordLimits.yamlDepth)
        #expect(JSONRecordReader.read(text: fine, file: "f.json") != nil)
    }
}
