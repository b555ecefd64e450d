import ArgumentModel

/// What checking a set of maps found, as a document (`argmap check --format json`): per file its diagnostics
/// and verified quotes, and the totals.
public struct CheckReport: Encodable, Sendable {
    /// Where one quote stands in the source text.
    public struct Quote: Codable, Sendable {
        /// The quoting node's title.
        public var node: String
        /// The source's path.
        public var file: String
        /// 1-based line.
        public var line: Int
        /// 1-based column.
        public var column: Int

        /// The quote of `node` found at `file:line:column`.
        public init(node: String, file: String, line: Int, column: Int) {
            self.node = node
            self.file = file
            self.line = line
            self.column = column
        }
    }

    /// One diagnostic, flattened for JSON.
    public struct Item: Encodable, Sendable {
        /// `error`, `warning` or `note`.
        public var severity: String
        /// The stable code.
        public var code: String
        /// The message.
        public var message: String
        /// The file, line and column of the start and end, when known.
        public var file: String?, line: Int?, column: Int?, endLine: Int?, endColumn: Int?
        /// The suggested fix.
        public var fixIt: String?

        /// `diagnostic` flattened.
        public init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            file = diagnostic.range?.file
            line = diagnostic.range?.start.line
            column = diagnostic.range?.start.column
            endLine = diagnostic.range?.end.line
            endColumn = diagnostic.range?.end.column
            fixIt = diagnostic.fixIt
        }
    }

    /// One checked input.
    public struct File: Encodable, Sendable {
        /// The path as given.
        public var path: String
        /// Whether it could be read.
        public var readable: Bool
        /// Why it could not be read.
        public var failure: String?
        /// What the check found, in source order.
        public var diagnostics: [Item]
        /// The verified quotes.
        public var quotes: [Quote]

        /// The report of `path`: its `diagnostics` and `quotes`, or the `failure` that kept it from being read.
        public init(path: String, diagnostics: [Diagnostic], quotes: [Quote], failure: String?) {
            self.path = path
            readable = failure == nil
            self.failure = failure
            self.diagnostics = diagnostics.map(Item.init)
            self.quotes = quotes
        }
    }

    /// Totals over every input.
    public struct Summary: Codable, Sendable {
        /// Inputs checked.
        public var files: Int
        /// Diagnostics by severity.
        public var errors: Int, warnings: Int, notes: Int
        /// Inputs that could not be read.
        public var unreadable: Int
        /// Quotes verified.
        public var quotes: Int
    }

    /// Every input, in the order checked.
    public var files: [File]
    /// The totals.
    public var summary: Summary

    /// The report of `files`. O(total diagnostics).
    public init(_ files: [File]) {
        self.files = files
        let all = files.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == Severity.error.rawValue }.count
        let warnings = all.filter { $0.severity == Severity.warning.rawValue }.count
        summary = Summary(
            files: files.count, errors: errors, warnings: warnings, notes: all.count - errors - warnings,
            unreadable: files.filter { !$0.readable }.count, quotes: files.reduce(0) { $0 + $1.quotes.count })
    }
}
