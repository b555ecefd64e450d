/// Bounds on what a reader may build from its input, so that a tiny file cannot make a huge graph: a declared
/// framework size (`p af 10000000` in 14 bytes) or a cross product (an AIF CA node with 2,000 premises and 2,000
/// targets, a brat stance on each of 3,000 major claims) beyond the allowance is refused with an error before
/// anything is allocated for it.
public struct ReadLimits: Sendable, Hashable {
    /// How many things a reader may build per unit of input (per relation or line the input holds): 50 by default.
    public var expansionFactor: Int
    /// The allowance of the smallest inputs: up to this many things are always allowed (100,000 by default).
    public var minimumAllowance: Int
    /// The most bytes read from standard input (1 GiB by default).
    public var maximumStandardInput: Int
    /// How the user of the program at hand raises ``expansionFactor``, named in a ``refusal(_:inputSize:unit:)``:
    /// the program that sets the limits from its configuration says how (the `argmap` command names its
    /// environment variable); `ReadLimits.expansionFactor` by default.
    public var raiseHint: String

    /// Limits with the given values (defaults as documented on each property).
    public init(
        expansionFactor: Int = 50, minimumAllowance: Int = 100_000, maximumStandardInput: Int = 1 << 30,
        raiseHint: String = "ReadLimits.expansionFactor"
    ) {
        self.expansionFactor = expansionFactor
        self.minimumAllowance = minimumAllowance
        self.maximumStandardInput = maximumStandardInput
        self.raiseHint = raiseHint
    }

    /// The default limits.
    public static let `default` = ReadLimits()

    /// How many things an input of `size` units may expand to: `max(minimumAllowance, expansionFactor × size)`,
    /// saturating instead of overflowing. O(1).
    public func allowance(forInputOfSize size: Int) -> Int {
        let (product, overflow) = max(0, expansionFactor).multipliedReportingOverflow(by: max(0, size))
        return max(minimumAllowance, overflow ? Int.max : product)
    }

    /// The message of a refusal: `what` would have been built (e.g. "CA node 7 would make 4000000 relations") from
    /// an input of `size` `unit` (e.g. "edges"), the allowance, and how to raise the limit (``raiseHint``).
    public func refusal(_ what: String, inputSize size: Int, unit: String) -> String {
        "\(what) from \(size) \(unit); argmap builds at most "
            + "\(allowance(forInputOfSize: size)) (\(expansionFactor) per \(unit.hasSuffix("s") ? String(unit.dropLast()) : unit), "
            + "at least \(minimumAllowance)) so that a small file cannot exhaust memory; raise the expansion limit "
            + "(\(raiseHint)) to read it anyway"
    }
}
