import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import Foundation

/// What `argmap solve` answers an ICCMA task on: the labelling problem, its arguments' names and how the query
/// argument (`-a`) is found, from an ICCMA framework file or from any map (argument i is node i).
public struct SolverInput {
    /// The problem the semantics are computed on.
    public var problem: LabellingProblem
    /// The arguments' names, as answers print them.
    public var names: [String]
    /// Finds the query argument by its ICCMA number, its name or a map's title.
    public var resolver: TitleResolver

    /// The ICCMA format `path` is read in: `forced` (i23, apx or tgf) or its extension; nil when it is no framework
    /// file and is read as a map.
    public static func frameworkFormat(of path: String, forced: String?) -> ICCMAFormat? {
        ICCMAFormat(fileExtension: forced ?? URL(fileURLWithPath: path).pathExtension)
    }

    /// A map read as an abstract framework, its supports treated as `support` says; titles matched by `matching`.
    public init(map graph: ArgumentGraph, support: SupportMode, matching: TitleMatching) {
        let framework = MapFramework(graph, support: support)
        problem = framework.problem
        names = framework.problem.framework.names
        resolver = TitleResolver(graph, matching: matching)
    }

    /// An abstract framework; names matched by `matching`.
    public init(framework: AttackFramework, matching: TitleMatching) {
        problem = LabellingProblem(framework: framework)
        names = framework.names
        resolver = TitleResolver(names: framework.names, matching: matching)
    }
}
