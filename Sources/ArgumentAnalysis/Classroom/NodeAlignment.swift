import ArgumentModel

/// One key node paired with one student node.
public struct NodeMatch: Hashable, Sendable, Codable {
    /// The strongest reason the pair was made (``AlignmentEngine``).
    public enum Method: String, Hashable, Sendable, Codable {
        /// The student used the key's title (ignoring case), and words or structure agree.
        case title
        /// The texts share enough words (stems and synonyms, ``TextSimilarity``).
        case text
        /// Both quote the same passage.
        case quote
        /// The student used a title the key's data accepts (`accept: ["[Other title]"]`).
        case accepted
        /// The words alone were too few; the pair's place in the map (paired neighbours, main conclusion) decided.
        case structure
    }

    /// The node of the key map.
    public var key: NodeID
    /// The node of the student's map.
    public var student: NodeID
    /// How the pair was found.
    public var method: Method
    /// Word-overlap similarity of the two nodes' wordings (Dice over concept words), shown for every match.
    public var similarity: Double
    /// The pair's weight in the optimal assignment: lexical evidence plus structure (``AlignmentEngine``).
    public var weight: Double
}

/// A one-to-one pairing of the key map's nodes with the student map's nodes, made by ``AlignmentEngine`` (words,
/// quotes, titles and structure, solved as an optimal assignment; docs/grading.md §1).
public struct NodeAlignment: Hashable, Sendable {
    /// The pairs, ordered by key node.
    public let matches: [NodeMatch]
    /// Key nodes with no partner (the student missed them), in key order.
    public let unmatchedKey: [NodeID]
    /// Student nodes with no partner (extra), in student order.
    public let unmatchedStudent: [NodeID]
    private let studentOfKey: [NodeID: NodeID]
    private let keyOfStudent: [NodeID: NodeID]

    /// Builds an alignment from pairs (each key and student node at most once).
    public init(matches: [NodeMatch], keyCount: Int, studentCount: Int) {
        let sorted = matches.sorted { $0.key < $1.key }
        self.matches = sorted
        var s2k: [NodeID: NodeID] = [:], k2s: [NodeID: NodeID] = [:]
        for m in sorted {
            k2s[m.key] = m.student
            s2k[m.student] = m.key
        }
        studentOfKey = k2s
        keyOfStudent = s2k
        unmatchedKey = (0..<keyCount).map(NodeID.init).filter { k2s[$0] == nil }
        unmatchedStudent = (0..<studentCount).map(NodeID.init).filter { s2k[$0] == nil }
    }

    /// The student node paired with key node `key`. O(1) on average.
    public func student(for key: NodeID) -> NodeID? { studentOfKey[key] }
    /// The key node paired with student node `student`. O(1) on average.
    public func key(for student: NodeID) -> NodeID? { keyOfStudent[student] }
    /// The match of key node `key`.
    public func match(forKey key: NodeID) -> NodeMatch? { matches.first { $0.key == key } }

    /// The default least pair weight (lexical evidence plus structure, ``AlignmentEngine``).
    public static let defaultThreshold = 0.4

    /// Aligns `student` to `key` with ``AlignmentEngine``. Complexity: O(n³) for n = max(key nodes, student nodes).
    public static func align(key: ArgumentGraph, student: ArgumentGraph, threshold: Double = defaultThreshold) -> NodeAlignment {
        AlignmentEngine(key, student).align(threshold: threshold)
    }

    /// The text a node is compared by: its canonical text, else its title.
    public static func comparisonText(_ node: Node) -> String {
        if let text = node.text, !text.isEmpty { return text }
        return node.isUntitled ? "" : node.title
    }
}
