/// The three labels of a labelling: accepted, rejected, or left open.
public enum Label: String, Hashable, Sendable, Codable, CaseIterable {
    /// Accepted: every attacker is OUT (and, with reasons, some reason group is wholly IN).
    case `in` = "IN"
    /// Rejected: some attacker is IN (or, with reasons, every reason group has an OUT member).
    case out = "OUT"
    /// Neither: left open.
    case undec = "UNDEC"
}

/// The argumentation semantics argmap computes (Dung 1995; Caminada's labellings; semi-stable: Caminada 2006).
public enum Semantics: String, Hashable, Sendable, Codable, CaseIterable {
    /// The least complete labelling: what must be accepted. Linear time.
    case grounded
    /// Every labelling in which each label is justified by the attackers' (and reasons') labels.
    case complete
    /// Complete labellings with a maximal IN set.
    case preferred
    /// Complete labellings without UNDEC.
    case stable
    /// Complete labellings with a minimal UNDEC set.
    case semiStable = "semi-stable"
}

/// How the supports of a map enter the framework (see docs/evaluation.md).
public enum SupportMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Reason groups constrain every labelling: IN needs a wholly IN group, all groups OUT makes OUT.
    case reasons
    /// Deductive support: adds supported and mediated attacks; supports are otherwise dropped.
    case deductive
    /// Necessary support: adds secondary and extended attacks; supports are otherwise dropped.
    case necessary
    /// Supports are ignored.
    case none
}
