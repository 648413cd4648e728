// RecordSchema+Paths: what a dotted field path (a CSV column such as casualties.killed.best) leads to.

extension RecordSchema {
    /// What a dotted path names.
    enum PathLookup {
        /// A field, with its shape; whether the mapping it belongs to requires it, and whether every
        /// mapping on the way requires the next (`location.name`: yes; `casualties.killed.best`: no).
        case found(Shape, required: Bool, requiredAllTheWay: Bool)
        /// The component at `index` names nothing; `candidates` are the names that would fit there.
        case unknown(index: Int, candidates: [String])
    }

    /// Follows a path of field names (and list positions, `perpetrators.0.name`) from a record's top.
    static func lookup(_ path: [String], in object: Object) -> PathLookup {
        descend(path, 0, .object(object), required: true, allTheWay: true)
    }

    private static func descend(_ path: [String], _ index: Int, _ shape: Shape, required: Bool, allTheWay: Bool) -> PathLookup {
        guard index < path.count else { return .found(shape, required: required, requiredAllTheWay: allTheWay && required) }
        let component = path[index]
        switch shape {
        case .object(let object):
            guard let field = object.field(component) else { return .unknown(index: index, candidates: object.fieldNames) }
            return descend(path, index + 1, field.shape, required: field.required, allTheWay: allTheWay && field.required)
        case .either(let shapes):
            for case .object(let object) in shapes { return descend(path, index, .object(object), required: required, allTheWay: allTheWay) }
            return .unknown(index: index, candidates: [])
        case .list(let item), .oneOrMore(let item):
            guard component.allSatisfy({ $0.isASCII && $0.isNumber }), !component.isEmpty else {
                return .unknown(index: index, candidates: [])
            }
            return descend(path, index + 1, item, required: false, allTheWay: false)
        case .categories(let value):
            guard RecordDecoder.isCategoryName(component) else {
                return .unknown(index: index, candidates: knownCategories.map(\.category.name))
            }
            return descend(path, index + 1, value, required: false, allTheWay: false)
        case .incidentDate:
            return descend(path, index, .object(dateRange), required: required, allTheWay: allTheWay)
        case .text, .markdown, .identifier, .reference, .day, .partialDate, .time, .count, .coordinate, .choice,
             .languageTag, .webAddress, .filePath, .countryCode, .dictionary:
            return .unknown(index: index, candidates: [])
        }
    }

    /// Whether a CSV cell for a field of this shape holds a list written "a; b; c".
    static func isListOfScalars(_ shape: Shape) -> Bool {
        switch shape {
        case .list(let item), .oneOrMore(let item): return acceptsScalar(item)
        default: return false
        }
    }

    /// Whether a shape can be written as one piece of text.
    private static func acceptsScalar(_ shape: Shape) -> Bool {
        switch shape {
        case .object, .list, .oneOrMore, .categories: return false
        case .either(let shapes): return shapes.contains(where: acceptsScalar)
        default: return true
        }
    }
}
