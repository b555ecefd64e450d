/// The open documents, by URI. A change only stores the new text; the analysis is made when first asked for
/// (by a request or by the debounced diagnostics), so typing fast costs one analysis, not one per keystroke.
struct DocumentStore {
    /// One open document.
    private struct Entry {
        var version: Int
        var text: String
        var analysis: DocumentAnalysis?
    }

    private var entries: [String: Entry] = [:]
    /// URIs in the order they were opened (for deterministic workspace symbols).
    private(set) var order: [String] = []

    /// Opens or replaces a document.
    mutating func open(_ uri: String, version: Int, text: String) {
        if entries[uri] == nil { order.append(uri) }
        entries[uri] = Entry(version: version, text: text, analysis: nil)
    }

    /// Replaces a document's text (full synchronisation); false when it is not open.
    mutating func change(_ uri: String, version: Int, text: String) -> Bool {
        guard entries[uri] != nil else { return false }
        entries[uri] = Entry(version: version, text: text, analysis: nil)
        return true
    }

    /// Closes a document.
    mutating func close(_ uri: String) {
        entries[uri] = nil
        order.removeAll { $0 == uri }
    }

    /// The current version of a document, if open.
    func version(of uri: String) -> Int? { entries[uri]?.version }

    /// The analysis of the current text (made now if needed). O(1) when cached, else the analysis's cost.
    mutating func analysis(_ uri: String) -> DocumentAnalysis? {
        guard var entry = entries[uri] else { return nil }
        if let analysis = entry.analysis { return analysis }
        let analysis = DocumentAnalysis(uri: uri, version: entry.version, text: entry.text)
        entry.analysis = analysis
        entries[uri] = entry
        return analysis
    }

    /// The analyses of every open document, in opening order.
    mutating func allAnalyses() -> [DocumentAnalysis] { order.compactMap { analysis($0) } }
}
