import ArgumentParser

/// `--no-premise-links` for `query`, `supporters` and `path`: by default a premise of a reconstructed argument
/// supports its argument (a `premise` step), as the pictures draw it; the flag walks only the map's relations.
struct PremiseLinkOptions: ParsableArguments {
    @Flag(name: .customLong("no-premise-links"), help: "Do not count a premise of a reconstructed argument as supporting its argument.")
    var noPremiseLinks = false

    /// Whether premise links are walked.
    var premiseLinks: Bool { !noPremiseLinks }
}
