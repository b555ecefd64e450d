import ArgumentModel

/// The codes of Graphviz's messages and failures (see ``Graphviz``), listed in docs/diagnostics.md ("Diagnostics
/// of rendering").
public enum GraphvizDiagnosticCode: DiagnosticCode {
    /// A message Graphviz gave while laying out or drawing a map (an error, or a warning beside the output).
    case graphviz
    /// Graphviz could not start (its context could not be created).
    case graphvizUnavailable
    /// The `dot` layout or the `svg`, `png` or `pdf` device is not installed.
    case graphvizPluginsMissing
}
