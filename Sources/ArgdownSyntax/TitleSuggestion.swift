import ArgumentModel

/// "Did you mean ...?" for the reader's undefined references: the closest defined title, found with the
/// package's one edit distance (``EditDistance/nearest(to:among:count:budget:)`` in ArgumentModel).
enum TitleSuggestion {
    /// The candidate closest to `title` (case-insensitive) within max(2, length / 3) edits, ties broken by
    /// candidate order; nil when none is that close. `budget` caps the total work (scalar pairs compared) so a
    /// file with thousands of undefined titles stays fast.
    static func closest(to title: String, among candidates: [[Unicode.Scalar]], names: [String], budget: inout Int) -> String? {
        EditDistance.nearest(to: title, among: candidates, count: 1, budget: &budget).first.map { names[$0.index] }
    }

    /// Lower-cased scalars of a title, the form ``closest(to:among:names:budget:)`` compares.
    static func key(_ title: String) -> [Unicode.Scalar] { EditDistance.key(title) }
}
