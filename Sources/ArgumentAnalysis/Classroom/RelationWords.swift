import ArgumentModel

/// How the classroom texts and pictures write a relation type, in one table: the verb of a sentence (`supports`),
/// the noun with its article (`a support`) and the preposition after it (`for`), and the symbol of an outline line
/// (`+`). Strict mode's entailment and contrariety read as support and attack.
package struct RelationWords: Sendable {
    /// Third person: `supports`, `attacks`, `undercuts`, `contradicts`, `rephrases`.
    package var verb: String
    /// With its indefinite article: `a support`, `an attack` ...
    package var noun: String
    /// What follows the noun: `a support for`, `an attack on`, `an undercut of` ...
    package var preposition: String
    /// The symbol an outline's child line carries: `+`, `-`, `_`, `><`, `=`.
    package var symbol: String

    /// The words for `type`.
    package init(_ type: RelationType) {
        (verb, noun, preposition, symbol) = switch type {
        case .support, .entails: ("supports", "a support", "for", "+")
        case .attack, .contrary: ("attacks", "an attack", "on", "-")
        case .undercut: ("undercuts", "an undercut", "of", "_")
        case .contradictory: ("contradicts", "a contradiction", "of", "><")
        case .rephrase: ("rephrases", "a rephrase", "of", "=")
        }
    }
}
