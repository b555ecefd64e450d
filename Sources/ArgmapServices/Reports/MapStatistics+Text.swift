import ArgumentAnalysis
import ArgumentModel
import Foundation

extension MapStatistics {
    /// The statistics as `argmap stats` prints them: kinds, relations, depth, reasons and objections per claim,
    /// the most contested claims and, with `perFile`, one line per file. O(files + contested claims).
    public func text(perFile: Bool = false) -> String {
        let s = self
        func counts(_ d: [String: Int]) -> String {
            let parts = RelationType.allCases.compactMap { t in d[t.rawValue].flatMap { $0 > 0 ? "\(t.rawValue) \($0)" : nil } }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }
        var out = ""
        out += "claims \(s.statements), arguments \(s.arguments) (\(s.reconstructedArguments) reconstructed)\n"
        if !s.labels.isEmpty { out += "components by label: \(MapStatistics.labelCounts(s.labels))\n" }
        out += "relations: \(counts(s.relations))\n"
        out += "implicit relations: \(counts(s.derivedRelations))\n"
        out += "depth \(s.depth) (longest support chain), main conclusions \(s.mainConclusions)\n"
        out += String(format: "reasons per claim %.2f (%d claims without any), objections per claim %.2f\n",
                      s.reasonsPerClaim, s.unsupportedClaims, s.objectionsPerClaim)
        if s.mostContested.isEmpty {
            out += "most contested: none (no claim has an objection)\n"
        } else {
            out += "most contested:\n"
            for c in s.mostContested {
                let place = s.files.count > 1 ? (c.file.map { " in \($0)" } ?? "") : ""
                out += "  [\(c.title)]\(place): \(c.objections) objection\(c.objections == 1 ? "" : "s"), \(c.reasons) reason\(c.reasons == 1 ? "" : "s")\n"
            }
        }
        if perFile {
            out += "per file:\n"
            for f in s.perFile {
                let labels = f.labels.isEmpty ? "" : "; \(MapStatistics.labelCounts(f.labels))"
                out += "  \(f.file): claims \(f.statements), arguments \(f.arguments), relations \(f.relations)\(labels)\n"
            }
        }
        return out
    }
}
