// XMPPacket: the document's XMP metadata: title, author, dates, producer, and the PDF/A and PDF/UA identifications.

/// The XMP metadata stream of a finished PDF. Its values repeat the Info dictionary's (PDF/A
/// wants them equal) and its dates come from the document's creation date, never the clock,
/// so the same document gives the same bytes. Sendable: a value.
struct XMPPacket: Sendable {
    var title: String
    var author: String
    var subject: String
    var keywords: String
    var creatorTool: String
    var producer: String
    var language: String
    /// PDF dates ("D:20131231000000Z") of creation and modification, if any.
    var creationDate: String?
    var modificationDate: String?
    var standard: PDFStandard

    /// The packet as UTF-8 bytes.
    var bytes: [UInt8] { Array(text.utf8) }

    var text: String {
        var description = ""
        func add(_ line: String) { description += "   " + line + "\n" }
        add("<dc:format>application/pdf</dc:format>")
        add("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(title))</rdf:li></rdf:Alt></dc:title>")
        if !author.isEmpty { add("<dc:creator><rdf:Seq><rdf:li>\(Self.escaped(author))</rdf:li></rdf:Seq></dc:creator>") }
        if !subject.isEmpty {
            add("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if !language.isEmpty { add("<dc:language><rdf:Bag><rdf:li>\(Self.escaped(language))</rdf:li></rdf:Bag></dc:language>") }
        if !keywords.isEmpty { add("<pdf:Keywords>\(Self.escaped(keywords))</pdf:Keywords>") }
        add("<pdf:Producer>\(Self.escaped(producer))</pdf:Producer>")
        if !creatorTool.isEmpty { add("<xmp:CreatorTool>\(Self.escaped(creatorTool))</xmp:CreatorTool>") }
        if let date = creationDate.flatMap(Self.xmpDate) { add("<xmp:CreateDate>\(date)</xmp:CreateDate>") }
        if let date = (modificationDate ?? creationDate).flatMap(Self.xmpDate) {
            add("<xmp:ModifyDate>\(date)</xmp:ModifyDate>")
            add("<xmp:MetadataDate>\(date)</xmp:MetadataDate>")
        }
        if standard.declaresA2a {
            add("<pdfaid:part>2</pdfaid:part>")
            add("<pdfaid:conformance>A</pdfaid:conformance>")
        }
        if standard.declaresUA {
            add("<pdfuaid:part>1</pdfuaid:part>")
            // PDF/A accepts only schemas it knows or that the file describes: describe PDF/UA's.
            if standard.declaresA2a { description += Self.uaSchemaDescription }
        }
        var namespaces = ""
        if standard.declaresA2a {
            namespaces += "\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
            if standard.declaresUA {
                namespaces += "\n    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                    + "\n    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                    + "\n    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
            }
        }
        if standard.declaresUA { namespaces += "\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"" }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"\(namespaces)>
            \(description)  </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """
    }

    private static let uaSchemaDescription = """
           <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
             <pdfaProperty:name>part</pdfaProperty:name>
             <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
             <pdfaProperty:category>internal</pdfaProperty:category>
             <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
           </rdf:li></rdf:Bag></pdfaExtension:schemas>

        """

    /// Escapes the characters XML gives a meaning.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Converts a PDF date ("D:20131231000000Z", "D:20131231000000+01'00'") to XMP's ISO form
    /// ("2013-12-31T00:00:00Z"); nil when it is not one.
    static func xmpDate(_ pdfDate: String) -> String? {
        var chars = Array(pdfDate.hasPrefix("D:") ? pdfDate.dropFirst(2) : pdfDate[...])
        guard chars.count >= 14, chars[..<14].allSatisfy(\.isNumber) else { return nil }
        let digits = String(chars[..<14])
        func part(_ from: Int, _ count: Int) -> String {
            String(digits[digits.index(digits.startIndex, offsetBy: from)..<digits.index(digits.startIndex, offsetBy: from + count)])
        }
        var out = "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))"
        chars.removeFirst(14)
        if chars.first == "Z" || chars.isEmpty { return out + "Z" }
        guard chars.first == "+" || chars.first == "-" else { return nil }
        let zone = chars.dropFirst().filter(\.isNumber)
        guard zone.count == 4 else { return nil }
        out += "\(chars[0])\(String(zone.prefix(2))):\(String(zone.suffix(2)))"
        return out
    }
}
