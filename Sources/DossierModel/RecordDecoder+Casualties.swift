// RecordDecoder+Casualties: decoding casualty figures (a number or a low/best/high estimate) and per-source claims.

extension RecordDecoder {
    /// Reads `casualties`: category → figure, known categories first in their fixed order, then the
    /// project's own in the order written.
    mutating func casualties(_ value: RecordValue, field: String, incidentHasSources: Bool) -> [CategoryFigure] {
        guard case .mapping(let entries) = value.content else {
            wrongShape(value, field: field, expected: "a mapping of category (killed, injured, …) to a number or {low, best, high}")
            return []
        }
        guard entries.count <= RecordLimits.categoriesPerIncident else {
            error("gives \(entries.count) casualty categories", at: value.location, field: field,
                  expected: "at most \(RecordLimits.categoriesPerIncident) categories for one incident (its table and chart "
                      + "show each); put finer distinctions in a figure's note")
            return []
        }
        var result: [CategoryFigure] = []
        for entry in entries {
            let entryField = "\(field).\(Self.shortened(entry.key))"
            guard Self.isCategoryName(entry.key), entry.key.count <= RecordLimits.identifierCharacters else {
                error("\"\(Self.shortened(entry.key))\" is not a usable category name", at: entry.keyLocation, field: entryField,
                      expected: "lower-case letters, digits and \"_\" (at most \(RecordLimits.identifierCharacters)), e.g. killed or detained_later")
                continue
            }
            let category = CasualtyCategory(entry.key)
            guard !result.contains(where: { $0.category == category }) else {
                error("category \"\(entry.key)\" is given twice", at: entry.keyLocation, field: entryField, expected: "each category once")
                continue
            }
            let knownNames = CasualtyCategory.known.map(\.name)
            if !knownNames.contains(entry.key), let guess = Suggestion.closest(to: entry.key, among: knownNames) {
                warning("\"\(entry.key)\" is not a known category and is kept as a category of its own (did you mean \"\(guess)\"?)",
                        at: entry.keyLocation, field: entryField)
            }
            if projectCategories.insert(entry.key).inserted, projectCategories.count == RecordLimits.categoriesPerProject + 1 {
                error("\"\(entry.key)\" is the \(projectCategories.count)th different casualty category in the project",
                      at: entry.keyLocation, field: entryField,
                      expected: "at most \(RecordLimits.categoriesPerProject) different categories in one project (the overview "
                          + "chart shows a legend entry for each); merge similar ones, or use a figure's note")
            }
            guard let figure = figure(entry.value, field: entryField) else { continue }
            if figure.sources.isEmpty, figure.claims.isEmpty, !incidentHasSources {
                warning("figure has no source: neither the figure, its claims nor the incident cite one",
                        at: entry.value.location, field: entryField, expected: "sources on the figure or on the incident")
            }
            result.append(CategoryFigure(category: category, figure: figure))
        }
        let order = { (figure: CategoryFigure) in CasualtyCategory.known.firstIndex(of: figure.category) ?? CasualtyCategory.known.count }
        // Stable: user-defined categories share one rank and keep the order written.
        return result.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(\.element)
    }

    /// Whether a text is usable as a category name.
    static func isCategoryName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLowercase else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
    }

    /// Reads one figure: a plain count, or {low, best, high, note, sources, claims}.
    private mutating func figure(_ value: RecordValue, field: String) -> CasualtyFigure? {
        if case .scalar = value.content {
            return count(value, field: field, isFigure: true).map { CasualtyFigure(best: $0, location: value.location) }
        }
        guard let fields = fields(of: value, path: field, object: RecordSchema.figure,
                                  expected: "a number or {low, best, high, note, sources, claims}")
        else { return nil }
        let (low, best, high) = estimate(fields)
        let note = fields["note"].flatMap { text($0, field: fields.path("note")) }
        let sources = fields["sources"].map { references($0, field: fields.path("sources"), to: .sources) } ?? []
        var claims: [Claim] = []
        var claimFields: [String] = []
        if let list = fields["claims"] {
            if case .list(let items) = list.content {
                for (index, item) in items.enumerated() {
                    let claimField = "\(fields.path("claims"))[\(index)]"
                    if let claim = claim(item, field: claimField) { claims.append(claim); claimFields.append(claimField) }
                }
            } else {
                wrongShape(list, field: fields.path("claims"), expected: "a list of {source, low, best, high, text, date}")
            }
        }
        if low == nil, best == nil, high == nil, note == nil, claims.isEmpty, fields["low"] == nil,
           fields["best"] == nil, fields["high"] == nil {
            error("figure gives no number", at: value.location, field: field,
                  expected: "best, low or high, or a note or claims saying why there is no number")
            return nil
        }
        let figure = CasualtyFigure(low: low, best: best, high: high, note: note, claims: claims, sources: sources,
                                    location: value.location)
        for (claim, claimField) in zip(claims, claimFields) { checkAgreement(of: claim, with: figure, field: claimField) }
        return figure
    }

    /// Warns when a source's number lies outside the figure used: the reader should know the sources
    /// disagree, and the figure can be widened (low, high) to cover them.
    private mutating func checkAgreement(of claim: Claim, with figure: CasualtyFigure, field: String) {
        guard figure.hasNumber, let said = claim.used else { return }
        // A figure out of order (low above high) is already an error; comparing with it would only add noise.
        let given = [figure.low, figure.best, figure.high].compactMap { $0 }
        guard given == given.sorted() else { return }
        let lower = figure.low ?? figure.best ?? 0
        let upper = figure.high ?? figure.best ?? Int.max
        guard said < lower || said > upper else { return }
        var widened = figure
        if said < lower { widened.low = said } else { widened.high = said }
        let fix = [("low", widened.low), ("best", widened.best), ("high", widened.high)]
            .compactMap { name, number in number.map { "\(name): \($0)" } }.joined(separator: ", ")
        let words = claim.text.map { " (\"\($0)\")" } ?? ""
        warning("sources disagree: \(claim.source) gives \(Self.spoken(low: claim.low, best: claim.best, high: claim.high))\(words), "
                + "but the figure used is \(Self.spoken(low: figure.low, best: figure.best, high: figure.high))",
                at: claim.location, field: field,
                expected: "a figure that covers every source, e.g. \(fix), or a claim that agrees with it")
    }

    /// A figure in words: "11", "at least 9", "up to 40", "9–11", "11 (9–15)".
    static func spoken(low: Int?, best: Int?, high: Int?) -> String {
        switch (low, best, high) {
        case (nil, let best?, nil): return "\(best)"
        case (let low?, nil, nil): return "at least \(low)"
        case (nil, nil, let high?): return "up to \(high)"
        case (let low?, nil, let high?): return "\(low)–\(high)"
        case (let low?, let best?, nil): return "\(best) (at least \(low))"
        case (nil, let best?, let high?): return "\(best) (up to \(high))"
        case (let low?, let best?, let high?): return "\(best) (\(low)–\(high))"
        case (nil, nil, nil): return "no number"
        }
    }

    /// Reads one source's claim: {source, low, best, high, text, date}.
    private mutating func claim(_ value: RecordValue, field: String) -> Claim? {
        guard let fields = fields(of: value, path: field, object: RecordSchema.claim,
                                  expected: "{source, low, best, high, text, date}")
        else { return nil }
        let source = fields["source"].flatMap { identifier($0, field: fields.path("source")) }
        if let source, let value = fields["source"] {
            refer(to: .sources, id: source, at: value.location, field: fields.path("source"))
        }
        let (low, best, high) = estimate(fields)
        let text = fields["text"].flatMap { self.text($0, field: fields.path("text")) }
        let date = fields["date"].flatMap { day($0, field: fields.path("date")) }
        if fields["low"] == nil, fields["best"] == nil, fields["high"] == nil, fields["text"] == nil {
            error("claim gives neither a number nor the source's words", at: value.location, field: field,
                  expected: "low, best, high or text")
        }
        guard let source else { return nil }
        return Claim(source: source, low: low, best: best, high: high, text: text, date: date, location: value.location)
    }

    /// Reads low, best and high, and checks that low ≤ best ≤ high.
    private mutating func estimate(_ fields: Fields) -> (low: Int?, best: Int?, high: Int?) {
        let low = fields["low"].flatMap { count($0, field: fields.path("low")) }
        let best = fields["best"].flatMap { count($0, field: fields.path("best")) }
        let high = fields["high"].flatMap { count($0, field: fields.path("high")) }
        let expected = "low <= best <= high"
        if let low, let best, low > best {
            error("low (\(low)) is greater than best (\(best))", at: fields["low"]?.location, field: fields.path("low"), expected: expected)
        }
        if let best, let high, best > high {
            error("best (\(best)) is greater than high (\(high))", at: fields["best"]?.location, field: fields.path("best"), expected: expected)
        }
        // With a best in between, one of the two messages above already says it.
        if let low, let high, low > high, best == nil {
            error("low (\(low)) is greater than high (\(high))", at: fields["low"]?.location, field: fields.path("low"), expected: expected)
        }
        return (low, best, high)
    }
}
