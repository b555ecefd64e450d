import ArgumentModel
import Foundation

/// Converting a corpus (`argmap convert FOLDER --to FORMAT -o OUT/`): each input is read, and written in the
/// target format under the output folder with its relative path and the new extension (``CorpusOutputNames``), so
/// no output replaces another; a file that cannot be read, has errors or (with `strictLosses`) would lose data is
/// reported and skipped, and the rest still convert. Declared losses are summed over the corpus.
public struct CorpusConversion: Sendable {
    /// What happened to one input that the user should hear about.
    public enum Event: Sendable {
        /// The reader's diagnostics (notes left out) about `input`.
        case diagnostics([Diagnostic], LoadedInput)
        /// A line to print: an error naming the file, or a note on a renamed output.
        case line(String)
    }

    /// The format written.
    public var format: MapTextFormat
    /// The output folder.
    public var folder: String
    /// Whether any declared loss fails a file.
    public var strictLosses: Bool
    /// The inputs that failed, in order.
    public private(set) var failed: [String] = []
    /// The declared losses of the converted files.
    public private(set) var tally = WriterLossTally()
    private var names: CorpusOutputNames

    /// A conversion to `format` into `folder`, which is created if it is missing (failing that, an `InputError`).
    public init(to format: MapTextFormat, folder: String, strictLosses: Bool) throws(InputError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError(description: "\(folder): cannot create the output folder (\(error.localizedDescription))")
        }
        self.format = format
        self.folder = folder
        self.strictLosses = strictLosses
        names = CorpusOutputNames(folder: folder, fileExtension: format.fileExtension)
    }

    /// Converts one input, `file` (found under the folder `base`, or named itself), read by `load`, telling
    /// `report` what the user should hear; a failure is recorded in ``failed``. O(size of the map).
    public mutating func convert(_ file: String, base: String?, load: (String) throws -> LoadedInput, report: (Event) -> Void) {
        do {
            let input = try load(file)
            let shown = input.result.diagnostics.filter { $0.severity != .note }
            if !shown.isEmpty { report(.diagnostics(shown, input)) }
            if input.result.diagnostics.containsErrors {
                failed.append(file)
                return
            }
            let source = input.format?.displayName ?? "input"
            let losses = format.losses(input.result.graph)
            if strictLosses, !losses.isEmpty {
                for loss in losses { report(.line("\(file): error: \(loss.summary(from: source, to: format.displayName))")) }
                failed.append(file)
                return
            }
            tally.add(losses, from: source)
            let target = names.path(forInput: file, foundIn: base)
            let plain = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "." + format.fileExtension
            if (target as NSString).lastPathComponent != plain {
                report(.line("note: \(file) is written to \(target): an earlier input took the plain name"))
            }
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try OutputWriter.write(format.write(input.result.graph), to: target)
        } catch {
            report(.line("\(file): error: \(error)"))
            failed.append(file)
        }
    }

    /// The closing lines after `total` inputs: one note per kind of loss, then what was converted and what failed.
    public func summary(of total: Int) -> [String] {
        tally.entries.map {
            "note: \($0.loss.summary(from: $0.source, to: format.displayName)) in \($0.files) file\($0.files == 1 ? "" : "s")"
        } + [
            "converted \(total - failed.count) of \(total) files to \(format.rawValue) in \(folder)"
                + (failed.isEmpty ? "" : " (\(failed.count) failed: \(failed.joined(separator: ", ")))")
        ]
    }
}
