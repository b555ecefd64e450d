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
/// understands, and where it applies. Every reader returns its diagnostics beside the graph it built. The code
/// comes from a module's ``DiagnosticCode`` enum and is kept as its raw value, the form scripts and JSON see.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Error, warning or note.
    public var severity: Severity
    /// Stable identifier of the rule, in kebab case: the raw value of a ``DiagnosticCode``. Documented codes never
    /// change meaning.
    public private(set) var code: String
    /// The human-readable message, one sentence, no trailing period needed.
    public var message: String
    /// Where the problem is, when it has a place in a file.
    public var range: SourceRange?
    /// Optional suggested replacement text for `range` (a fix-it), printed under the caret.
    public var fixIt: String?
    /// What the user probably meant, when the message says "did you mean ...?": for an unknown title, the closest
    /// title (without brackets), so that tools offer the fix without reading the message.
    public var suggestion: String?

    /// Creates a diagnostic with one of a module's codes.
    public init(
        _ severity: Severity, code: some DiagnosticCode, _ message: String, at range: SourceRange? = nil,
        fixIt: String? = nil, suggestion: String? = nil
    ) {
        self.severity = severity
        self.code = code.rawValue
        self.message = message
        self.range = range
        self.fixIt = fixIt
        self.suggestion = suggestion
    }

    /// Whether this diagnostic has `code`.
    public func has(_ code: some DiagnosticCode) -> Bool { self.code == code.rawValue }

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
