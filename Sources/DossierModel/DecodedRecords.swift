// DecodedRecords: the records read from all files so far, before sorting and cross-checks.

/// Records collected from a project's files, in reading order.
struct DecodedRecords: Sendable {
    var incidents: [Incident] = []
    var quotations: [Quotation] = []
    var sources: [Source] = []
}
