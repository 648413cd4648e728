// ArchiveCheck: a quotation's words are looked for in the local text copy of its source; when they are not
// there, the warning quotes the closest passage so the user sees what the source says.

import Foundation

/// Checks quotations against the archive copies (`archive:`) of the sources they cite.
enum ArchiveCheck {
    /// A quotation's words as the decoder read them.
    struct Quoted: Sendable {
        /// The quotation's id.
        var id: String
        /// The words.
        var text: String
        /// The sources to look in, in order: the one the words were read in (`quoted_in`), then the cited one.
        var sources: [String]
        /// Where the words were written.
        var location: SourceLocation?
        /// The dotted path of the words (`busztin-2013-09-02.text`).
        var field: String
    }

    /// An archive copy: its source, its path, and its text.
    struct Archive: Sendable {
        /// The source's id.
        var source: String
        /// The copy's path, relative to the project.
        var path: String
        /// The copy's text.
        var text: String
    }

    /// What the warning asks for.
    static let expected = "the words exactly as in the source; white space, quote marks, apostrophes, dashes and "
        + "letter case may differ, and … marks an omission"

    /// Above this many cells the closest passage is sought word by word rather than letter by letter.
    static let characterSearchLimit = 4_000_000

    /// A warning if the words are in none of the archives; `nil` if found, or if there is nothing to check.
    static func diagnostic(for quoted: Quoted, in archives: [Archive]) -> Diagnostic? {
        guard !archives.isEmpty else { return nil }
        let fragments = Self.fragments(of: quoted.text)
        guard !fragments.isEmpty else { return nil }
        var nearest: (archive: Archive, passage: String, ratio: Double)?
        for archive in archives {
            let normalised = NormalisedText(archive.text)
            guard let missing = firstMissing(fragments, in: normalised.text) else { return nil }
            guard let (passage, distance) = closest(to: missing, in: normalised) else { continue }
            let ratio = Double(distance) / Double(max(1, missing.count))
            if nearest == nil || ratio < nearest!.ratio { nearest = (archive, passage, ratio) }
        }
        let places = archives.map { "\"\($0.source)\" (\($0.path))" }
        let copies = archives.count == 1 ? "the archive copy of source \(places[0])"
                                         : "the archive copies of sources \(places.joined(separator: " and "))"
        var message = "quotation not found in \(copies)"
        // Past half the length in edits, a passage is no longer a near miss worth showing.
        if let nearest, nearest.ratio <= 0.5 {
            let whose = archives.count == 1 ? "" : " (in \(nearest.archive.path))"
            message += "; the closest passage\(whose) is \"\(nearest.passage)\""
        } else {
            message += ", nor anything close to it"
        }
        return Diagnostic(severity: .warning, location: quoted.location, field: quoted.field, message: message,
                          expected: expected)
    }

    /// The normalised pieces of a quotation between its omission marks ("…", "...", "[…]").
    static func fragments(of text: String) -> [String] {
        let normalised = NormalisedText(text).text.replacingOccurrences(of: "[...]", with: "...")
        return normalised.components(separatedBy: "...").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The first fragment not found after the ones before it, or `nil` when all are found in order.
    static func firstMissing(_ fragments: [String], in text: String) -> String? {
        var from = text.startIndex
        for fragment in fragments {
            guard let range = text.range(of: fragment, range: from..<text.endIndex) else { return fragment }
            from = range.upperBound
        }
        return nil
    }

    /// The passage of the archive nearest to a normalised fragment, as originally written, with its edit
    /// distance. The passage is widened to its sentence and, when long, cut to the stretch around the first
    /// difference, the cuts marked with "…".
    static func closest(to fragment: String, in archive: NormalisedText) -> (String, Int)? {
        let pattern = Array(fragment), text = archive.characters
        var start: Int, end: Int, distance: Int
        if pattern.count * text.count <= characterSearchLimit {
            guard let match = ClosestPassage.find(pattern, in: text) else { return nil }
            (start, end, distance) = (match.start, match.end, match.distance)
        } else {
            // Word by word: the distance counts words, so scale it to letters for the caller's ratio.
            let words = archive.words
            let patternWords = fragment.split(separator: " ").map(String.init)
            guard let match = ClosestPassage.find(patternWords, in: words.map(\.word)), match.start < match.end else { return nil }
            (start, end) = (words[match.start].start, words[match.end - 1].end)
            distance = match.distance * pattern.count / max(1, patternWords.count)
        }
        // Where the words first differ, to centre what is shown on it.
        var difference = start
        while difference < end, difference - start < pattern.count, text[difference] == pattern[difference - start] {
            difference += 1
        }
        let sentence = widened(start..<end, in: text, paragraphs: archive.paragraphStarts)
        let shown = window(around: difference, within: sentence, in: text)
        var passage = archive.originalText(from: shown.lowerBound, to: shown.upperBound)
        if shown.lowerBound > sentence.lowerBound { passage = "… " + passage }
        if shown.upperBound < sentence.upperBound { passage += " …" }
        return (passage, distance)
    }

    /// A range widened to whole words, then to its sentence when the sentence's ends are near; a
    /// paragraph break ends a sentence too.
    static func widened(_ range: Range<Int>, in text: [Character], paragraphs: Set<Int> = [], reach: Int = 120) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, text[start - 1] != " " { start -= 1 }
        while end < text.count, text[end] != " " { end += 1 }
        func endsSentence(_ index: Int) -> Bool { [".", "!", "?"].contains(text[index]) || paragraphs.contains(index + 2) }
        func startsSentence(_ index: Int) -> Bool {
            index == 0 || paragraphs.contains(index) || (index >= 2 && text[index - 1] == " " && endsSentence(index - 2))
        }
        var sentenceStart = start
        while !startsSentence(sentenceStart), start - sentenceStart < reach { sentenceStart -= 1 }
        if startsSentence(sentenceStart) { start = sentenceStart }
        var sentenceEnd = end
        while sentenceEnd < text.count, sentenceEnd - end < reach, !endsSentence(sentenceEnd - 1) { sentenceEnd += 1 }
        if sentenceEnd == text.count || endsSentence(sentenceEnd - 1) { end = sentenceEnd }
        return start..<end
    }

    /// At most `limit` characters of `range`, from a little before `point`, cut at spaces.
    static func window(around point: Int, within range: Range<Int>, in text: [Character], limit: Int = 100) -> Range<Int> {
        guard range.count > limit else { return range }
        var start = max(range.lowerBound, min(point - limit / 3, range.upperBound - limit))
        var end = min(range.upperBound, start + limit)
        while start > range.lowerBound, text[start - 1] != " " { start += 1; if start >= end { break } }
        while end < range.upperBound, text[end] != " ", end > start { end -= 1 }
        return start..<end
    }
}
