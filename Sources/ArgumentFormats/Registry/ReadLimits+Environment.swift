import ArgumentModel

extension ReadLimits {
    /// The default limits with the overrides an environment sets: `ARGMAP_EXPANSION_LIMIT` (relations or arguments
    /// a reader may build per unit of input, 50 by default) and `ARGMAP_STDIN_LIMIT` (bytes of standard input,
    /// 1 GiB by default); values that are not positive whole numbers are ignored. A refusal names
    /// ``environmentRaiseHint``.
    public static func from(environment: [String: String]) -> ReadLimits {
        var limits = ReadLimits(raiseHint: environmentRaiseHint)
        if let factor = environment["ARGMAP_EXPANSION_LIMIT"].flatMap({ Int($0) }), factor > 0 {
            limits.expansionFactor = factor
            limits.minimumAllowance = max(limits.minimumAllowance, factor)
        }
        if let bytes = environment["ARGMAP_STDIN_LIMIT"].flatMap({ Int($0) }), bytes > 0 { limits.maximumStandardInput = bytes }
        return limits
    }

    /// How the `argmap` command's user raises the expansion limit: `ARGMAP_EXPANSION_LIMIT=N for the argmap command`.
    public static let environmentRaiseHint = "ARGMAP_EXPANSION_LIMIT=N for the argmap command"
}
