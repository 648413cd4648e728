// XMLEvents: a workbook part's XML read as a stream of start, text and end events (Foundation's
// XMLParser, libxml2 underneath), refusing documents that declare entities before a byte is parsed.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams the elements of an XML document to a handler, without building a tree.
enum XMLEvents {
    /// One thing the parser met.
    enum Event {
        /// An element opens, with its qualified name (`table:table-cell`) and attributes.
        case start(String, [String: String])
        /// Text inside the current element.
        case text(String)
        /// An element closes.
        case end(String)
    }

    /// Why a document could not be read.
    enum Failure: Error, Equatable {
        /// The document declares a DTD or entities, which no spreadsheet program writes and which could
        /// expand into far more text than the file holds.
        case declaresEntities
        /// The text is not well-formed XML; the parser's words.
        case malformed(String)
        /// The handler stopped the parse with a reason of its own.
        case stopped
    }

    /// Parses `data`, handing each event to `handle`; returning `false` from it stops the parse.
    static func parse(_ data: Data, _ handle: @escaping (Event) -> Bool) -> Result<Void, Failure> {
        // OOXML and OpenDocument parts never carry a DTD: refusing one is the whole defence against
        // entity expansion ("billion laughs") and external entities.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            return .failure(.declaresEntities)
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handle: handle)
        parser.delegate = delegate
        if parser.parse() { return .success(()) }
        if delegate.stopped { return .failure(.stopped) }
        let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
        return .failure(.malformed(reason))
    }

    /// Forwards the parser's callbacks as events.
    private final class Delegate: NSObject, XMLParserDelegate {
        let handle: (Event) -> Bool
        var stopped = false

        init(handle: @escaping (Event) -> Bool) { self.handle = handle }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if !handle(.start(qName ?? elementName, attributeDict)) { stop(parser) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if !handle(.end(qName ?? elementName)) { stop(parser) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !handle(.text(string)) { stop(parser) }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !handle(.text(String(decoding: CDATABlock, as: UTF8.self))) { stop(parser) }
        }

        private func stop(_ parser: XMLParser) {
            stopped = true
            parser.abortParsing()
        }
    }
}
