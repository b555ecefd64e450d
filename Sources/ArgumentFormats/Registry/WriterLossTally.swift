/// Declared losses summed over a corpus (`argmap convert DIR`): per source format and loss code, the total count
/// and how many files lost it, in the order first met.
public struct WriterLossTally: Sendable {
    /// One kind of loss from one source format.
    public struct Entry: Sendable {
        /// The source format's display name.
        public var source: String
        /// The loss, its count summed over the files.
        public var loss: WriterLoss
        /// How many files had it.
        public var files: Int
    }

    /// The sums, in the order first met.
    public private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    /// An empty tally.
    public init() {}

    /// Adds one file's `losses`, read from `source`. O(losses).
    public mutating func add(_ losses: [WriterLoss], from source: String) {
        for loss in losses {
            let key = source + "\u{0}" + loss.code
            if let i = positions[key] {
                entries[i].loss.count += loss.count
                entries[i].files += 1
            } else {
                positions[key] = entries.count
                entries.append(Entry(source: source, loss: loss, files: 1))
            }
        }
    }
}
