import ArgumentAnalysis
import Foundation

/// The one place classroom commands turn DOT text into pictures. Until the shared Graphviz renderer is merged
/// it writes `.dot` files only; switch `render` to the renderer (with its highlight styles) when it lands.
enum ClassroomPictures {
    /// The picture formats a path may ask for, by extension.
    enum Format: String {
        case dot, svg, pdf, png
    }

    /// The format named by `path`'s extension (default `svg`).
    static func format(of path: String) -> Format {
        Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .svg
    }

    /// Whether pictures other than DOT can be made in this build.
    static let canRender = false

    /// Writes `dot` to `path` in the format its extension names.
    static func write(dot: String, to path: String) throws {
        switch format(of: path) {
        case .dot:
            try OutputWriter.write(dot, to: path)
        case .svg, .pdf, .png:
            throw InputError(description: "\(path): this build has no Graphviz renderer yet; write a .dot file instead (e.g. \(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent).dot) and render it with Graphviz")
        }
    }

    /// The extension picture files get when the user did not choose one: `svg` when rendering is possible, else `dot`.
    static var defaultExtension: String { canRender ? "svg" : "dot" }
}
