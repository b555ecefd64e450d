import ArgumentModel

/// One key node paired with one student node.
public struct NodeMatch: Hashable, Sendable, Codable {
    /// How the pair was found.
    public enum Method: String, Hashable, Sendable, Codable {
        /// The student used the key's title (exactly, or differing only in case or bracket kind).
        case title
        /// The texts share enough words (``TextSimilarity``).
        case text
    }

    /// The node of the key map.
    public var key: NodeID
    /// The node of the student's map.
    public var student: NodeID
    /// Title or text.
    public var method: Method
    /// Word-overlap similarity of the two nodes' texts (``TextSimilarity/similarity(_:_:)``), shown for every match.
    public var similarity: Double

    /// Creates a match.
    public init(key: NodeID, student: NodeID, method: Method, similarity: Double) {
        self.key = key
        self.student = student
        self.method = method
        self.similarity = similarity
    }
}

/// A one-to-one pairing of the key map's nodes with the student map's nodes.
///
/// ``align(key:student:threshold:)`` works in three rounds, each only over nodes not yet paired:
/// 1. same kind and the same title (untitled nodes' generated `Untitled N` titles never count);
/// 2. the same title ignoring case, of either kind (a student who wrote `[Kornilov defeat]` for the key's
///    `<Kornilov defeat>` still gets the node);
/// 3. text similarity: every remaining (key, student) pair whose similarity is at least `threshold` is a
///    candidate; candidates are taken greedily from the most similar down (ties: key node order, then student node
///    order), skipping pairs whose key or student node is already taken. Greedy is documented and deterministic:
///    when two student nodes compete for one key node the more similar one wins, and the other may still pair with
///    another key node it resembles. (An optimal assignment would differ only when a weaker first choice frees two
///    strong second choices, which word overlap on a classroom map almost never produces.)
///
/// A node's text is its canonical text, or its title when it has none.
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

    /// The default similarity threshold for text matches (``TextSimilarity`` Dice coefficient).
    public static let defaultThreshold = 0.4

    /// Aligns `student` to `key` (see the type's discussion for the rounds and the greedy rule).
    /// Complexity: O(T + P + C·log C) for T words in all texts, P (key word, student node containing it) pairs
    /// visited through the word index, and C candidate pairs above the threshold; at worst O(K·S·w) for K key
    /// nodes, S student nodes and w words per text, when every text shares words with every other.
    public static func align(key: ArgumentGraph, student: ArgumentGraph, threshold: Double = defaultThreshold) -> NodeAlignment {
        let keyWords = key.nodes.map { TextSimilarity.contentWords(comparisonText($0)) }
        let studentWords = student.nodes.map { TextSimilarity.contentWords(comparisonText($0)) }
        func similarity(_ k: NodeID, _ s: NodeID) -> Double {
            TextSimilarity.similarity(words: keyWords[k.index], studentWords[s.index])
        }
        var keyTaken = [Bool](repeating: false, count: key.nodes.count)
        var studentTaken = [Bool](repeating: false, count: student.nodes.count)
        var matches: [NodeMatch] = []
        func take(_ k: NodeID, _ s: NodeID, _ method: NodeMatch.Method, _ sim: Double) {
            keyTaken[k.index] = true
            studentTaken[s.index] = true
            matches.append(NodeMatch(key: k, student: s, method: method, similarity: sim))
        }
        // Round 1: same kind, same title.
        for k in key.nodes where !k.isUntitled {
            if let s = student.node(k.kind, titled: k.title), !student[s].isUntitled, !studentTaken[s.index] {
                take(k.id, s, .title, similarity(k.id, s))
            }
        }
        // Round 2: same title ignoring case, either kind.
        var byLowerTitle: [String: [NodeID]] = [:]
        for s in student.nodes where !s.isUntitled {
            byLowerTitle[s.title.lowercased(), default: []].append(s.id)
        }
        for k in key.nodes where !k.isUntitled && !keyTaken[k.id.index] {
            if let s = byLowerTitle[k.title.lowercased()]?.first(where: { !studentTaken[$0.index] }) {
                take(k.id, s, .title, similarity(k.id, s))
            }
        }
        // Round 3: greedy by text similarity. Words become integer ids and student nodes are indexed by word, so
        // each key node counts its shared words with every student node in one pass over its words' postings.
        var wordID: [String: Int] = [:]
        func ids(_ words: [String]) -> [Int] {
            words.map { w in
                if let id = wordID[w] { return id }
                let id = wordID.count
                wordID[w] = id
                return id
            }
        }
        let keyIDs = keyWords.map(ids)
        let studentIDs = studentWords.map(ids)
        var postings = [[Int]](repeating: [], count: wordID.count)
        for s in student.nodes.indices where !studentTaken[s] {
            for w in studentIDs[s] { postings[w].append(s) }
        }
        var shared = [Int](repeating: 0, count: student.nodes.count)
        var touched: [Int] = []
        var candidates: [(sim: Double, k: Int, s: Int)] = []
        for k in key.nodes.indices where !keyTaken[k] && !keyIDs[k].isEmpty {
            for w in keyIDs[k] {
                for s in postings[w] {
                    if shared[s] == 0 { touched.append(s) }
                    shared[s] += 1
                }
            }
            for s in touched {
                let sim = 2 * Double(shared[s]) / Double(keyIDs[k].count + studentIDs[s].count)
                if sim >= threshold { candidates.append((sim, k, s)) }
                shared[s] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort { a, b in
            if a.sim != b.sim { return a.sim > b.sim }
            if a.k != b.k { return a.k < b.k }
            return a.s < b.s
        }
        for c in candidates where !keyTaken[c.k] && !studentTaken[c.s] {
            take(NodeID(c.k), NodeID(c.s), .text, c.sim)
        }
        return NodeAlignment(matches: matches, keyCount: key.nodes.count, studentCount: student.nodes.count)
    }

    /// The text a node is compared by: its canonical text, else its title.
    public static func comparisonText(_ node: Node) -> String {
        if let text = node.text, !text.isEmpty { return text }
        return node.isUntitled ? "" : node.title
    }
}
