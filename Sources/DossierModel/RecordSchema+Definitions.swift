// RecordSchema+Definitions: the fields of the project file, incidents, quotations, sources and their parts.

extension RecordSchema {
    /// `dossier.yaml`.
    public static let project = Object(name: "project", description: "The project file, dossier.yaml.", fields: [
        Field("title", .text, required: true, "The dossier's title, printed on the cover and in the PDF's metadata."),
        Field("subtitle", .text, "A line printed under the title."),
        Field("organisation", .text, "Who publishes the dossier; the PDF's author."),
        Field("language", .languageTag, "The language of the dossier and the default language of quotations (BCP 47, e.g. en)."),
        Field("data_as_of", .day, "The day the records were last checked; also the PDF's creation date unless SOURCE_DATE_EPOCH is set."),
        Field("layout", .text, "The default layout: a name (dossier, briefing, …) or a path to a layout file."),
        Field("keywords", .oneOrMore(.text), "Keywords for the PDF's metadata."),
        Field("records", .oneOrMore(.either([.filePath, .object(recordSource)])), "Record files or folders (YAML, JSON, CSV, TSV, XLSX, ODS), relative to the project, or a spreadsheet in its own layout: {file, sheet, kind, header_row, columns, ignore, dates, defaults, delimiter, numbers}; default: records/, or incidents.yaml, quotations.yaml and sources.yaml."),
        Field("sections", .oneOrMore(.filePath), "Markdown files printed before the incidents, in order, relative to the project."),
        Field("categories", .categories(.text), "Printed labels of casualty categories, e.g. {medical_staff_killed: Medical staff killed}; by default a category prints as its name in words."),
        Field("exhibits", .oneOrMore(.object(exhibit)), "PDF documents filed after the dossier as one Bates-numbered bundle, each with a cover sheet and a line in the exhibit index: {file, title, label, source}."),
    ])

    /// A document filed with the dossier: an entry of the project's `exhibits`.
    public static let exhibit = Object(name: "exhibit", description: "A PDF filed after the dossier, with its own label and cover sheet.", fields: [
        Field("file", .filePath, required: true, "The PDF, relative to the project, e.g. exhibits/amnesty-2010.pdf."),
        Field("title", .text, required: true, "What the document is, as the index and cover sheet print it."),
        Field("label", .text, "Its label, e.g. Exhibit B; default: the labels after the dossier's own (A → B, C, …)."),
        Field("source", .reference("sources"), "The id of the source record the document reproduces."),
    ])

    /// A spreadsheet of records in its own layout: an entry of the project's `records`.
    public static let recordSource = Object(name: "record_source", description: "A spreadsheet (CSV, TSV, XLSX or ODS) whose own columns are mapped onto record fields.", fields: [
        Field("file", .filePath, required: true, "The file, relative to the project: .csv, .tsv, .xlsx or .ods."),
        Field("sheet", .text, "A workbook's sheet, by name; default: the first."),
        Field("kind", .choice(RecordKind.allCases.map(\.rawValue)), "What the rows are: incidents, quotations or sources; default: guessed from the columns."),
        Field("header_row", .count, "The row holding the column names, counted from 1 as the spreadsheet shows it; rows above it are left out. Default 1."),
        Field("columns", .dictionary(.text), "The file's column names mapped to record fields, e.g. {Date: date, Town: location.name, Killed: casualties.killed}. Columns named like the fields need no mapping."),
        Field("ignore", .oneOrMore(.text), "Columns left out on purpose, without a warning."),
        Field("dates", .oneOrMore(.text), "How text cells write dates, e.g. DD/MM/YYYY, MM/DD/YYYY or D MMMM YYYY; ISO dates (2011-04-08) and date cells are always read. Default: ISO and English month names."),
        Field("defaults", .dictionary(.either([.text, .list(.text)])), "Values for fields a row leaves empty, e.g. {location.country: IQ, sources: [ngo-log]}."),
        Field("delimiter", .choice(["comma", "semicolon", "tab", ",", ";"]), "The CSV delimiter: comma, semicolon or tab; default: detected from the header row."),
        Field("numbers", .choice(NumberStyle.all.map(\.example)), "How text cells write numbers: 1,234.5 or 1.234,5 or 1 234,5 …; default: as the project's language does."),
        Field("version", .text, "For a UCDP GED extract: the dataset's version, e.g. 24.1; default: read from the file's name (GEDEvent_v24_1.csv)."),
    ])

    /// One incident.
    public static let incident = Object(name: "incident", description: "One attack or event.", fields: [
        Field("id", .identifier, required: true, "A stable id, unique among incidents, e.g. ashraf-2013-09-01."),
        Field("title", .text, required: true, "A short title."),
        Field("date", .incidentDate, required: true, "When it happened: a day (2013-09-01), a range ({start: 2009-07-28, end: 2009-07-29}), a month (2009-07) or a year (2009)."),
        Field("date_precision", .choice(DatePrecision.allCases.map(\.rawValue)), "How exact the date is: day, days (a range), week, month or year; by default what the date is written to."),
        Field("time", .time, "Local time, 24-hour HH:MM, e.g. \"06:00\"."),
        Field("location", .either([.text, .object(location)]), required: true, "Where it happened: a place name, or {name, admin1, admin2, country, lat, lon}."),
        Field("perpetrators", .oneOrMore(.either([.text, .object(perpetrator)])), "Who is said to have carried it out: names, or {name, attribution}."),
        Field("casualties", .categories(.either([.count, .object(figure)])), "People harmed, by category (killed, injured, abducted, detained, missing, or the project's own, such as displaced): a number or {low, best, high, note, sources, claims}. Known categories print first in that order, then the others as written."),
        Field("verification", .choice(Verification.allCases.map(\.rawValue)), "How well the account is corroborated: confirmed, provisional or disputed."),
        Field("summary", .markdown, "What happened, in Markdown, in the project's own words."),
        Field("sources", .oneOrMore(.reference("sources")), "Ids of the sources the incident rests on."),
        Field("tags", .oneOrMore(.text), "Words to group incidents by."),
    ])

    /// An incident's place.
    public static let location = Object(name: "location", description: "Where an incident happened.", fields: [
        Field("name", .text, required: true, "The place's name, e.g. Camp Ashraf."),
        Field("admin1", .text, "The first-level administrative division (province, state), e.g. Diyala."),
        Field("admin2", .text, "The second-level administrative division (district)."),
        Field("country", .countryCode, "The country's two-letter ISO 3166-1 code, e.g. IQ."),
        Field("lat", .coordinate(-90...90), "Latitude in decimal degrees, north positive; give lon with it."),
        Field("lon", .coordinate(-180...180), "Longitude in decimal degrees, east positive; give lat with it."),
    ], together: [["lat", "lon"]])

    /// One perpetrator.
    public static let perpetrator = Object(name: "perpetrator", description: "Who is said to have carried out an incident.", fields: [
        Field("name", .text, required: true, "The person, force or group."),
        Field("attribution", .choice(Attribution.allCases.map(\.rawValue)), "How firmly the incident is attributed to them: alleged (the default), claimed (they said so) or established."),
    ])

    /// One casualty figure.
    public static let figure = Object(name: "figure", description: "A count of people as an estimate; low <= best <= high.", fields: [
        Field("low", .count, "The lowest credible count (\"at least …\")."),
        Field("best", .count, "The count used for charts and totals."),
        Field("high", .count, "The highest credible count (\"up to …\")."),
        Field("note", .text, "A remark printed with the figure, e.g. \"including eight women\"."),
        Field("sources", .oneOrMore(.reference("sources")), "Ids of the sources the figure rests on (default: the incident's)."),
        Field("claims", .list(.object(claim)), "What each source says, kept when sources disagree."),
    ])

    /// One source's claim.
    public static let claim = Object(name: "claim", description: "One source's own figure.", fields: [
        Field("source", .reference("sources"), required: true, "The id of the source making the claim."),
        Field("low", .count, "The source's lowest count."),
        Field("best", .count, "The source's count."),
        Field("high", .count, "The source's highest count."),
        Field("text", .text, "The source's own words, e.g. \"at least nine\"."),
        Field("date", .day, "When the source made the claim."),
    ])

    /// One quotation.
    public static let quotation = Object(name: "quotation", description: "Somebody's words, verbatim, with who said them and where they are recorded.", fields: [
        Field("id", .identifier, required: true, "A stable id, unique among quotations."),
        Field("text", .text, required: true, "The words, verbatim; checked against the source's archive copy when it has one. Mark omissions with … ."),
        Field("language", .languageTag, "The language of the words (BCP 47, e.g. en, fa, ar-IQ); default: the project's."),
        Field("translation", .object(translation), "A translation: {text, language, translator}."),
        Field("speaker", .text, required: true, "Who said or wrote the words."),
        Field("role", .text, "The speaker's position at the time."),
        Field("date", .day, "When the words were said or written."),
        Field("occasion", .text, "Where or in what the words were said: a speech, a report, an interview."),
        Field("source", .either([.reference("sources"), .object(citation)]), "A source id, or {id, locator, quoted_in}."),
        Field("incidents", .oneOrMore(.reference("incidents")), "Ids of the incidents the words are about."),
    ])

    /// A quotation's translation.
    public static let translation = Object(name: "translation", description: "A translation of a quotation.", fields: [
        Field("text", .text, required: true, "The translated words."),
        Field("language", .languageTag, required: true, "The translation's language (BCP 47)."),
        Field("translator", .text, "Who translated the words."),
    ])

    /// Where a quotation is recorded.
    public static let citation = Object(name: "citation", description: "A source, and where in it.", fields: [
        Field("id", .reference("sources"), required: true, "The id of the source."),
        Field("locator", .text, "Where in the source: a page (\"p. 12\"), a paragraph (\"para 3\"), a timestamp (\"00:14:05\")."),
        Field("quoted_in", .reference("sources"), "The id of the source the words were read in, when it is not the source itself."),
    ])

    /// One source.
    public static let source = Object(name: "source", description: "An article, report, book or statement the records cite.", fields: [
        Field("id", .identifier, required: true, "A stable id, unique among sources."),
        Field("title", .text, required: true, "The title."),
        Field("publisher", .text, "Who published it."),
        Field("author", .text, "Who wrote it."),
        Field("date", .day, "When it was published."),
        Field("url", .webAddress, "Its web address."),
        Field("accessed", .day, "When the web address was last read."),
        Field("archive", .filePath, "A local text copy, relative to the project; quotations citing the source are checked against it."),
        Field("kind", .text, "What it is: article, report, book, testimony, …"),
        Field("note", .text, "A remark on the source itself, e.g. how its date was inferred."),
    ])

    /// An incident's date range.
    static let dateRange = Object(name: "date_range", description: "A range of dates; end defaults to start.", fields: [
        Field("start", .partialDate, required: true, "The first day (or month, or year)."),
        Field("end", .partialDate, "The last day (or month, or year)."),
    ])
}
