/// An ICCMA 2023 solver task such as `DC-PR`: a problem (credulous or sceptical acceptance, some extension, count
/// of extensions) under a semantics (`argmap solve -p TASK`).
public struct ICCMATask: Hashable, Sendable {
    /// What is asked.
    public enum Problem: String, Sendable, CaseIterable {
        /// Decide credulous acceptance of one argument.
        case DC
        /// Decide sceptical acceptance of one argument.
        case DS
        /// Find some extension.
        case SE
        /// Count the extensions.
        case CE
    }

    /// The semantics codes ICCMA uses, in the order `--problems` lists them.
    public static let semanticsCodes: [(code: String, semantics: Semantics)] = [
        ("CO", .complete), ("PR", .preferred), ("ST", .stable), ("SST", .semiStable), ("GR", .grounded),
    ]

    /// Every task, `DC-CO` … `CE-GR`.
    public static var all: [String] {
        Problem.allCases.flatMap { p in semanticsCodes.map { "\(p.rawValue)-\($0.code)" } }
    }

    /// The problem.
    public var problem: Problem
    /// The semantics.
    public var semantics: Semantics

    /// The task `code` names (`DC-PR`, any case), or nil.
    public init?(_ code: String) {
        let parts = code.uppercased().split(separator: "-").map(String.init)
        guard parts.count == 2, let problem = Problem(rawValue: parts[0]),
            let semantics = Self.semanticsCodes.first(where: { $0.code == parts[1] })?.semantics
        else { return nil }
        self.problem = problem
        self.semantics = semantics
    }
}
