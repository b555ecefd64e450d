/// The words of a worksheet as plain text for print layouts (a PDF page lays them out; the Markdown worksheet is
/// the same content with Markdown markup): a title, instructions, and a lettered or numbered list (the word bank,
/// the claims to arrange, the passages to read).
public struct WorksheetText: Sendable, Hashable {
    /// One entry of the list: its label (`A`, `Passage 1`) and text.
    public struct Entry: Sendable, Hashable {
        /// `A`, `B`, ... or `Passage 1`.
        public var label: String
        /// The entry's text.
        public var text: String
    }

    /// The worksheet's heading (`Fill in the blanks: <map title>`).
    public var title: String
    /// Paragraphs of instructions, in order.
    public var instructions: [String]
    /// The list's heading (`Word bank`, `Claims`, `Passages`).
    public var listHeading: String
    /// The list's entries, in the order printed.
    public var entries: [Entry]
}
