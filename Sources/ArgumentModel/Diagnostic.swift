/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// `note < warning < error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A message about the input: a stable machine-readable `code` (e.g. `undefined-reference`), a sentence a student
/// understands, and where it applies. Every reader returns its diagnostics beside the graph it built.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Error, warning or note.
    public var severity: Severity
    /// Stable identifier of the rule, in kebab case. Documented codes never change meaning.
    public var code: String
    /// The human-readable message, one sentence, no trailing period needed.
    public var message: String
    /// Where the problem is, when it has a place in a file.
    public var range: SourceRange?
    /// Optional suggested replacement text for `range` (a fix-it).
    public var fixIt: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, code: String, _ message: String, at range: SourceRange? = nil, fixIt: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.fixIt = fixIt
    }

    /// `file:line:col: severity: message [code]`, without the source excerpt.
    public var headline: String {
        let place = range.map { "\($0.description): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)]"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
