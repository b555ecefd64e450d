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

    /// Whether the task asks about one argument (DC, DS).
    public var needsArgument: Bool { problem == .DC || problem == .DS }

    /// The ICCMA 2023 answer on `problem`, whose arguments are called `names`, one output line each: YES or NO,
    /// with a witness `w 1 4 7` after a DC YES and a counter-example after a DS NO; for SE an extension (`w` and
    /// its arguments) or NO; for CE the count. `argument` is the index asked about by DC and DS (nil: the
    /// answer is NO). Complexity: the solver's (SAT calls, see ``SemanticsSolver``).
    public func answer(_ problem: LabellingProblem, names: [String], argument: Int?) -> [String] {
        let solver = SemanticsSolver(problem)
        func witness(_ labels: [Label]) -> String {
            (["w"] + (0..<labels.count).filter { labels[$0] == .in }.map { names[$0] }).joined(separator: " ")
        }
        switch self.problem {
        case .SE:
            return [solver.some(semantics).map(witness) ?? "NO"]
        case .CE:
            return [String(solver.count(semantics))]
        case .DC:
            guard let argument else { return ["NO"] }
            let (accepted, w) = solver.credulous(argument, semantics)
            return accepted ? ["YES"] + (w.map { [witness($0)] } ?? []) : ["NO"]
        case .DS:
            guard let argument else { return ["NO"] }
            let (accepted, counter) = solver.sceptical(argument, semantics)
            return accepted ? ["YES"] : ["NO"] + (counter.map { [witness($0)] } ?? [])
        }
    }
}
