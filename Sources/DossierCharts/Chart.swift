// Chart: what every overview chart offers besides its marks: a title, a source note and its data as a table.

import DossierDisplay

/// A chart drawn from data: it describes itself in words (alt text) and as a table as well as
/// in marks, so a reader who cannot see it loses nothing.
public protocol Chart: Drawing {
    /// A title drawn at the top left, if any.
    var title: String? { get set }
    /// How the chart looks.
    var style: ChartStyle { get set }
    /// Where the figures come from ("Figures as reported by …"): the document sets it under the
    /// chart, in the caption; a chart exported on its own prints it below.
    var sourceNote: String? { get set }
    /// The chart's data as rows of text, the header row first, for a table beside or after it.
    var dataTable: [[String]] { get }
}
