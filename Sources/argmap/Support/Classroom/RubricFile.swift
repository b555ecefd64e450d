import ArgumentFormats
import ArgumentAnalysis
import Foundation
import Yams

/// Reads a grading rubric file: a flat YAML mapping of weight names to numbers (docs/grading.md), e.g.
/// `relation: 3` / `extraRelationPenalty: 0`. Unset weights keep the standard rubric's values.
enum RubricFile {
    /// The rubric in `path`, or an error naming `path:line:column`.
    static func load(_ path: String) throws -> GradingRubric {
        let data = try InputLoader.readData(path)
        let text = String(decoding: data, as: UTF8.self)
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw InputError(description: "\(path): not valid YAML (\(error))")
        }
        guard let node else { return .standard }
        guard let mapping = node.mapping else {
            throw InputError(description: "\(path):\(place(node.mark)): a rubric is a list of `name: number` lines, e.g. `relation: 2`")
        }
        var values: [(key: String, value: Double)] = []
        for (k, v) in mapping {
            let name = k.string ?? ""
            guard let number = v.float ?? v.int.map(Double.init) else {
                throw InputError(description: "\(path):\(place(v.mark)): '\(name)' must be a number, like `\(name): 1.5`")
            }
            values.append((name, number))
        }
        do {
            return try GradingRubric.standard.overriding(values)
        } catch {
            let mark = mapping.first { $0.key.string == error.key }?.key.mark
            throw InputError(description: "\(path):\(place(mark)): \(error)")
        }
    }

    private static func place(_ mark: Mark?) -> String {
        guard let mark else { return "1:1" }
        return "\(mark.line):\(mark.column)"
    }
}
