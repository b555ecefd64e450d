import ArgumentModel
import ArgumentParser
import ArgumentRendering
import Foundation

/// The one map a command reads, shared by the commands that take a single map.
struct MapInputOptions: ParsableArguments {
    @Argument(help: "The map (Argdown, or any input format argmap reads; `-` reads standard input).")
    var file: String
}

/// Where a command writes its result, shared by the commands that write one file.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "Where to write (default or `-`: standard output).")
    var output: String?
}

/// Options whose value is one of an enum's cases: the parser reads and checks the value (an
/// `ExpressibleByArgument` type's `init?(argument:)`), and a wrong one is refused in the command's own words, which
/// name the values.
enum Choice {
    /// A transform for `@Option(transform:)`: the value `T` reads from the text, or an error saying `wrong(text)`.
    static func parse<T: ExpressibleByArgument>(
        _ type: T.Type = T.self, wrong: @escaping @Sendable (String) -> String
    ) -> @Sendable (String) throws -> T {
        { text in
            guard let value = T(argument: text) else { throw CommandError(wrong(text)) }
            return value
        }
    }

    /// The values of `T`, joined: `textbook, argdown, colorblind, print`.
    static func values<T: ExpressibleByArgument>(_ type: T.Type, separator: String = ", ") -> String {
        T.allValueStrings.joined(separator: separator)
    }
}

extension Theme: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension PremiseDrawing: ExpressibleByArgument {}
extension MapGenerator.Shape: ExpressibleByArgument {}

extension RankDirection: ExpressibleByArgument {
    /// `bt`, `TB`, ... (any case).
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

extension OutputFormat: ExpressibleByArgument {
    /// `svg`, `PNG`, ... (any case).
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension PaperSize: ExpressibleByArgument {
    /// `a4`, `letter-portrait`, ... (any case).
    public init?(argument: String) { self.init(argument) }

    /// The papers, landscape and upright, as `--help` and a wrong value list them.
    public static var allValueStrings: [String] { known.map(\.name) + known.map(\.portrait.name) }
}

/// A failure of a command with a message for the user: printed as `error: message` (like every diagnostic and
/// the libraries' `InputError` and `OutputError`), exit status 1 unless it says otherwise. Every command's own
/// failures use it (unreadable or faulty input, impossible options).
struct CommandError: Error, CustomStringConvertible {
    /// What went wrong and what to do.
    var description: String
    /// The exit status (1; `diff` exits 2 when a map cannot be read).
    var status: Int32

    /// A failure saying `description`, exiting with `status`.
    init(_ description: String, status: Int32 = 1) {
        self.description = description
        self.status = status
    }
}
