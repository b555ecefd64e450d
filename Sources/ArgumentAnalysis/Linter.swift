import ArgumentModel

/// Reasoning lint: warnings about the structure of an argument (circular support, unanswered objections, ...).
public enum Linter {
    /// Runs every rule whose code is not in `disabled`. The front matter's `lint: {disable: [...]}` is honoured too.
    public static func lint(_ graph: ArgumentGraph, disabled: Set<String> = []) -> [Diagnostic] {
        // Placeholder until the lint rules land.
        []
    }
}
