// YAMLLimitTests: alias bombs and deep nesting are refused quickly, before anything is expanded, with
// the line of the alias or value that passes the limit; modest aliases keep working.

import Foundation
import Testing
@testable import DossierModel

@Suite struct YAMLLimitTests {
    /// A "billion laughs": nine anchors, each a list of nine aliases to the one before (9^9 values).
    static func laughs(levels: Int = 9, asKey: Bool = false) -> String {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in "bcdefghijk".prefix(levels).map(String.init) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        // As a key, the whole expansion would be hashed by the parser's check for repeated keys.
        if asKey { text += "z: {*\(previous) : 1}\n" }
        return text
    }

    /// Reads YAML, timing it.
    func read(_ text: String) -> (outcome: YAMLReader.Outcome, seconds: Double) {
        let clock = ContinuousClock()
        var outcome: YAMLReader.Outcome?
        let elapsed = clock.measure { outcome = YAMLReader.read(text: text, file: "incidents.yaml") }
        return (outcome!, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    func failure(_ outcome: YAMLReader.Outcome) -> Diagnostic? {
        if case .failed(let diagnostic) = outcome { return diagnostic }
        return nil
    }

    @Test func billionLaughsIsRefusedBeforeItIsExpanded() throws {
        let text = Self.laughs()
        #expect(text.utf8.count < 500)
        let (outcome, seconds) = read(text)
        let diagnostic = try #require(failure(outcome))
        // *f is where the repeated values pass 1,000,000: 9^6 = 531,441 from *e, then 9^7.
        #expect(diagnostic.description.hasPrefix("incidents.yaml:7:8: error: with the alias *f here"))
        #expect(diagnostic.message.contains("1,000,000"))
        #expect(seconds < 5, "took \(seconds) s")
    }

    @Test func aliasBombAsAMappingKeyIsRefusedToo() throws {
        let (outcome, seconds) = read(Self.laughs(levels: 10, asKey: true))
        let diagnostic = try #require(failure(outcome))
        #expect(diagnostic.message.contains("aliases repeat more than 1,000,000 values"))
        #expect(seconds < 5, "took \(seconds) s")
    }

    @Test func aliasesWrittenAgainstWhatFollowsAreCountedToo() throws {
        // `{*e:x}` is a mapping keyed by the alias, which the marked text reads as one value "e:x";
        // `{"k":*e}` one whose value is the alias. Line 6 repeats 664,300 values, line 7 passes the limit.
        var text = Self.laughs(levels: 4)
        text += "y: [" + Array(repeating: "{*e:x}", count: 10).joined(separator: ", ") + "]\n"
        text += "z: [" + Array(repeating: "{\"k\":*e}", count: 10).joined(separator: ", ") + "]\n"
        let (outcome, seconds) = read(text)
        let diagnostic = try #require(failure(outcome))
        #expect(diagnostic.location == SourceLocation(file: "incidents.yaml", line: 7, column: 40))
        #expect(diagnostic.message.hasPrefix("with the alias *e here, the file's aliases repeat more than 1,000,000 values"))
        #expect(seconds < 5, "took \(seconds) s")
        let values = Self.laughs(levels: 4) + "z: [" + Array(repeating: "{\"k\":*e}", count: 20).joined(separator: ", ") + "]\n"
        #expect(failure(read(values).outcome)?.location?.line == 6)
    }

    @Test func aliasesUsedModestlyStillWork() throws {
        let text = """
        - {id: a, title: A, date: 2024-01-01, location: &camp {name: Camp Ashraf, country: IQ}, sources: &both [s, t]}
        - {id: b, title: B, date: 2024-01-02, location: *camp, sources: *both}
        - {id: c, title: C, date: 2024-01-03, location: *camp, sources: *both}
        """
        guard case .parsed(let root?) = YAMLReader.read(text: text, file: "incidents.yaml"), case .list(let items) = root.content
        else { Issue.record("not parsed"); return }
        #expect(items.count == 3)
        let place = try #require(items[2].entry("location")?.value.entry("name")?.value)
        if case .scalar(let name) = place.content { #expect(name == "Camp Ashraf") } else { Issue.record("no name") }
    }

    @Test func aliasesNearTheLimitAreAccepted() throws {
        // 9^6 = 531,441 values repeated by aliases: under the limit, and read in well under a few seconds.
        let (outcome, seconds) = read(Self.laughs(levels: 5))
        #expect(failure(outcome) == nil)
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        let text = "- " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        let diagnostic = try #require(failure(read(text).outcome))
        #expect(diagnostic.description.hasPrefix("incidents.yaml:1:66: error: values nested more than 64 levels deep"))
        #expect(diagnostic.expected == "records nested at most 64 levels deep")
    }

    @Test func nestingDeepThroughAliasesIsAnError() throws {
        var text = "a: &a " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        text += "b: &b " + String(repeating: "[", count: 40) + "*a" + String(repeating: "]", count: 40) + "\n"
        let diagnostic = try #require(failure(read(text).outcome))
        #expect(diagnostic.location == SourceLocation(file: "incidents.yaml", line: 2, column: 47))
        #expect(diagnostic.message == "values nested more than 64 levels deep once the alias *a is expanded")
    }

    @Test func libyamlsOwnNestingLimitSaysWhatToDo() throws {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (outcome, seconds) = read(text)
        let diagnostic = try #require(failure(outcome))
        #expect(diagnostic.message == "values nested too deep for the YAML parser (more than 1,000 levels)")
        #expect(seconds < 5)
    }

    @Test func aStarInTextIsNotAnAlias() throws {
        let text = "- {id: a, title: \"*a & *b\", summary: \"*emphasis* & more\"}\n- &x {id: b}\n"
        guard case .parsed(let root?) = YAMLReader.read(text: text, file: "incidents.yaml") else {
            Issue.record("not parsed"); return
        }
        if case .scalar(let title)? = root.listItems?.first?.entry("title")?.value.content { #expect(title == "*a & *b") }
    }
}

extension RecordValue {
    /// The items of a list value.
    var listItems: [RecordValue]? { if case .list(let items) = content { items } else { nil } }
}
