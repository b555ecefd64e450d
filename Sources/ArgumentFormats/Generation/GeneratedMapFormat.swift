import ArgumentModel

/// The formats `argmap generate` writes a generated map in: every ``MapTextFormat`` it names, brat with an essay
/// written for the map (``BratEssayWriter``), and the ICCMA frameworks.
public enum GeneratedMapFormat: String, Sendable, CaseIterable {
    /// Argdown text.
    case argdown
    /// argmap JSON.
    case json
    /// Argdown JSON.
    case argdownJSON = "argdown-json"
    /// AIF JSON.
    case aif
    /// A brat essay: `.ann` annotations and the `.txt` beside them.
    case brat
    /// ICCMA 2023 frameworks.
    case i23
    /// ASPARTIX frameworks.
    case apx
    /// Trivial graph format frameworks.
    case tgf

    /// The ICCMA format, for abstract frameworks.
    public var iccma: ICCMAFormat? { ICCMAFormat(rawValue: rawValue) }

    /// The files of `graph` written to `output` (a path or `-`): one text, or for brat the essay's `.txt` beside
    /// the `.ann` that `output` names (a generated map has no essay yet: one is written for it). O(size of the map).
    public func files(_ graph: ArgumentGraph, to output: String) -> [(path: String, text: String)] {
        if self != .brat, let text = MapTextFormat(rawValue: rawValue) { return [(output, text.write(graph))] }
        let essay = BratEssayWriter.write(graph)
        return [(String(output.dropLast(".ann".count)) + ".txt", essay.text), (output, essay.annotations)]
    }
}
