import ArgumentModel

/// Reasoning lint: warnings about the structure of an argument — circular support, unsupported claims, unanswered
/// objections, self-attacks, self-relations, a node that both supports and attacks another, disconnected nodes and duplicated text.
///
/// Every rule has a stable code (``LintCode``), documented with an example in `docs/lint.md`. Rules live in
/// `Lint/`, one file each. `quote-not-in-source` is ``QuoteVerifier``'s, not a rule here.
public enum Linter {
    /// Runs every rule whose code is not in `disabled` nor in the front matter's `lint: {disable: [...]}`; the code
    /// `all` turns every rule off. Diagnostics are warnings located at the offending node, in rule order, each rule's
    /// in node order. Complexity: O(N + E) for N nodes and E relations (plus pcs sizes), with hashing.
    public static func lint(_ graph: ArgumentGraph, disabled: Set<String> = []) -> [Diagnostic] {
        let off = disabled.union(disabledByFrontMatter(graph.metadata))
        if off.contains("all") { return [] }
        // One view of what the map shows, premise links included, for every structural rule.
        let connections = MapConnections(graph)
        var out: [Diagnostic] = []
        for code in LintCode.allCases where !off.contains(code.rawValue) {
            switch code {
            case .circularSupport: out += CircularSupportRule.check(graph, connections)
            case .unsupportedClaim: out += UnsupportedClaimRule.check(graph, connections)
            case .unansweredObjection: out += UnansweredObjectionRule.check(graph, connections)
            case .selfAttack: out += SelfAttackRule.check(graph)
            case .selfRelation: out += SelfRelationRule.check(graph)
            case .supportAndAttack: out += SupportAndAttackRule.check(graph, connections)
            case .disconnected: out += DisconnectedRule.check(graph, connections)
            case .duplicateText: out += DuplicateTextRule.check(graph)
            }
        }
        return out
    }

    /// The codes in `codes` that name no rule (for a `--disable` typo warning); `all` and `quote-not-in-source`
    /// are known. Sorted.
    public static func unknownCodes(_ codes: Set<String>) -> [String] {
        codes.subtracting(LintCode.documented).subtracting(["all"]).sorted()
    }

    /// The codes named by front matter `lint: {disable: [code, ...]}` (a single string is accepted too).
    public static func disabledByFrontMatter(_ metadata: DataValue) -> Set<String> {
        guard let value = metadata["lint"]?["disable"] else { return [] }
        if let one = value.stringValue { return [one] }
        return Set((value.arrayValue ?? []).compactMap(\.stringValue))
    }
}

/// The codes of the lint rules. They never change meaning; see `docs/lint.md`.
public enum LintCode: DiagnosticCode {
    /// A cycle of supports (`[A] → [B] → [A]`).
    case circularSupport
    /// A claim others depend on that nothing supports and nothing grounds.
    case unsupportedClaim
    /// An objection to the main conclusion that nothing attacks back.
    case unansweredObjection
    /// A reconstructed argument whose own parts attack each other.
    case selfAttack
    /// A listed relation from a node to itself (`[A]` supporting or attacking `[A]`).
    case selfRelation
    /// A node that both supports and attacks another.
    case supportAndAttack
    /// A node with no relation to the rest of the map.
    case disconnected
    /// Two titles whose texts are the same (up to case and spacing).
    case duplicateText

    /// Every code `argmap check` knows, including `quote-not-in-source` (reported by ``QuoteVerifier``).
    public static var documented: [String] { allCases.map(\.rawValue) + QuoteDiagnosticCode.allCases.map(\.rawValue) }
}
