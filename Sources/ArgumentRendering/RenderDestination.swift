import Foundation

/// Where a rendered map goes and in which format, from what the user named (`argmap render`'s `-o` and
/// `--format`), and the file names of a handout's pages.
public enum RenderDestination {
    /// An output name whose extension names no format.
    public struct UnknownExtension: Error, CustomStringConvertible, Sendable {
        /// The extension, without the dot.
        public var fileExtension: String
        /// The output as named.
        public var output: String
        /// What to write instead.
        public var description: String {
            "cannot tell the format from '.\(fileExtension)' in \(output); name it .svg, .png, .pdf, .dot or .html, or add --format"
        }
    }

    /// The path and format for rendering `input`: `format` wins, else the output's extension, else SVG; with no
    /// output, the input's base name with the format's extension in the current folder (`-`, standard output, for
    /// standard input).
    public static func resolve(input: String, output: String?, format: OutputFormat?) throws(UnknownExtension) -> (path: String, format: OutputFormat) {
        var chosen = format
        if chosen == nil, let output, output != "-" {
            let ext = URL(fileURLWithPath: output).pathExtension
            if !ext.isEmpty {
                guard let byExtension = OutputFormat(fileExtension: ext) else { throw UnknownExtension(fileExtension: ext, output: output) }
                chosen = byExtension
            }
        }
        let resolved = chosen ?? .svg
        if let output { return (output, resolved) }
        if input == "-" { return ("-", resolved) }
        let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        return ("\(base).\(resolved.rawValue)", resolved)
    }

    /// The file of page `number` of a handout written to `path`: `map.svg` → `map-2.svg`.
    public static func pageFile(_ path: String, _ number: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(base)-\(number)" : "\(base)-\(number).\(ext)"
    }
}
