import ArgdownSyntax
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel

/// Reads a grading rubric file: a flat YAML mapping of weight names to numbers (docs/grading.md), e.g.
/// `relation: 3` / `extraRelationPenalty: 0`, into a `GradingRubric` (unset weights keep the standard values).
public enum RubricReader {
    /// The rubric in `text`, read from `path`; a mistake is an `InputError` naming `path:line:column`.
    /// Complexity: O(length of the text).
    public static func read(_ text: String, path: String) throws(InputError) -> GradingRubric {
        let document: YAMLEntries
        do {
            document = try YAMLEntries(text)
        } catch {
            switch error {
            case .invalid(let message):
                throw InputError(description: "\(path): not valid YAML (\(message))")
            case .notAMapping(let line, let column), .tooLarge(let line, let column):
                throw InputError(description: "\(path):\(line):\(column): a rubric is a list of `name: number` lines, e.g. `relation: 2`")
            }
        }
        if document.isEmpty { return .standard }
        for entry in document.entries where entry.value.doubleValue == nil {
            throw InputError(
                description: "\(path):\(entry.valueLine):\(entry.valueColumn): '\(entry.key)' must be a number, like `\(entry.key): 1.5`")
        }
        do {
            return try GradingRubric(data: document.value)
        } catch {
            let entry = document.entries.first { $0.key == error.key }
            throw InputError(description: "\(path):\(entry?.keyLine ?? 1):\(entry?.keyColumn ?? 1): \(error)")
        }
    }
}
