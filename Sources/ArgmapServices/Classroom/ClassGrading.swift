import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import Foundation

/// Grading a whole class (`argmap grade FOLDER --key KEY --gradebook FILE`): every submission in a folder is
/// graded against the best of the keys, and each gives one gradebook row; a submission that cannot be read or has
/// errors is listed as not graded and the others still are.
public struct ClassGrading: Sendable {
    /// The accepted keys, each a name (its path) and its map; the best match wins (`KeyChoice`).
    public var keys: [(name: String, graph: ArgumentGraph)]
    /// The weights of the score.
    public var rubric: GradingRubric
    /// Least pair weight for two claims to count as the same claim.
    public var threshold: Double

    /// A grading run over `keys` with `rubric` and `threshold`.
    public init(keys: [(name: String, graph: ArgumentGraph)], rubric: GradingRubric, threshold: Double) {
        self.keys = keys
        self.rubric = rubric
        self.threshold = threshold
    }

    /// What grading a class gives: one gradebook entry per submission, and how many could not be graded.
    public struct Run: Sendable {
        /// The gradebook's rows, in the order the submissions were graded.
        public var entries: [Gradebook.Entry] = []
        /// Submissions that could not be read or graded.
        public var failures = 0
    }

    /// The name the gradebook gives the assignment: the first key's `title` (several keys are alternatives of one
    /// assignment), else its file name.
    public var assignment: String {
        keys.first?.graph.metadata["title"]?.stringValue ?? keys.first.map { Self.studentName(of: $0.name) } ?? "argmap"
    }

    /// A submission's student name: its file name without the extension.
    public static func studentName(of path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The `.argdown` files in `folder` (not its subfolders), sorted by name, as paths under `folder`; a key's own
    /// file (`keyPaths`) is no submission. A folder that cannot be listed or holds no map is an `InputError`.
    public static func submissions(in folder: String, excluding keyPaths: [String]) throws(InputError) -> [String] {
        let base = URL(fileURLWithPath: folder)
        let keys = Set(keyPaths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: base, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension.lowercased() == "argdown" && !keys.contains($0.standardizedFileURL.path) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw InputError(description: "\(folder): cannot list the folder (\(error.localizedDescription))")
        }
        guard !files.isEmpty else { throw InputError(description: "\(folder): no .argdown files to grade") }
        return files.map { base.appendingPathComponent($0.lastPathComponent).relativePath }
    }

    /// Grades `files` one after the other: `load` reads each, `graded` receives each report and its comparison
    /// (to write feedback), and `progress` one line per file (`[2/30] bob.argdown: 75.0%`, or why it was not
    /// graded). A failure of `load` or `graded` marks that submission not graded. O(files × one grading).
    public func grade(
        _ files: [String], load: (String) throws -> LoadedInput, progress: (String) -> Void,
        graded: (GradeReport, MapComparison) async throws -> Void
    ) async -> Run {
        var run = Run()
        for (i, path) in files.enumerated() {
            let name = Self.studentName(of: path)
            let step = "[\(i + 1)/\(files.count)] \(URL(fileURLWithPath: path).lastPathComponent)"
            do {
                let input = try load(path)
                let errors = input.result.diagnostics.filter { $0.severity == .error }
                if let first = errors.first {
                    let reason = "\(errors.count) error(s); first: \(first.headline)"
                    progress("\(step): not graded, \(reason)")
                    run.failures += 1
                    run.entries.append(.failed(student: name, file: path, reason: reason))
                    continue
                }
                let (comparison, report) = KeyChoice.best(
                    keys: keys, student: input.result.graph, studentName: name, rubric: rubric, threshold: threshold)
                try await graded(report, comparison)
                run.entries.append(.graded(report, file: path))
                progress("\(step): \(Format.fixed(report.score.percent, 1))%")
            } catch {
                progress("\(step): not graded: \(error)")
                run.failures += 1
                run.entries.append(.failed(student: name, file: path, reason: "\(error)"))
            }
        }
        return run
    }
}
