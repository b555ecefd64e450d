import ArgumentFormats
import ArgumentParser
import CMimalloc
import Foundation

/// The `argmap` command: argument maps as directed graphs.
@main
struct Argmap: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Check, render, query, evaluate and convert argument maps written in Argdown.",
        discussion: """
            An argument map is a graph of claims [in brackets] and arguments
            <in angle brackets>, joined by supports (+), attacks (-), undercuts (_)
            and contradictions (><). Write one in Argdown:

              [Soviet power]: All power must pass to the soviets.
                + [Dual power fails]: The government cannot end the war.
                - [Coup]: October was a coup by a minority party.

            then ask argmap about it:

              argmap check map.argdown              mistakes, with file:line:column
              argmap render map.argdown -o map.svg  a picture (or .pdf, .png, .html)
              argmap objections map.argdown coup    what contradicts a claim
              argmap query map.argdown '?x supports+ [Soviet power]'
              argmap evaluate map.argdown           which claims survive objections
              argmap grade student.argdown --key key.argdown
              argmap convert corpus/ --to aif -o out/

            Run `argmap help <command>` for each command's options and examples.
            """,
        version: "0.1.0 (memory allocator: \(String(cString: argmap_allocator_description())))",
        subcommands: [
            CheckCommand.self,
            RenderCommand.self,
            ServeCommand.self,
            LSPCommand.self,
            MCPCommand.self,
            ExportCommand.self,
            ConvertCommand.self,
            QueryCommand.self,
            SupportersCommand.self,
            ObjectionsCommand.self,
            PathCommand.self,
            StatsCommand.self,
            EvaluateCommand.self,
            SolveCommand.self,
            GradeCommand.self,
            DiffCommand.self,
            ExerciseCommand.self,
            RevealCommand.self,
            OutlineCommand.self,
            GenerateCommand.self,
        ]
    )

    /// Runs the command. A command's own failure (``CommandError``, an unreadable input's `InputError`, an
    /// output's `OutputError`) is printed as `error: message`, the style of every diagnostic, and exits with the
    /// error's status; the argument parser reports everything else (usage mistakes, `--help`, exit codes).
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch let error as CommandError {
            fail(error.description, status: error.status)
        } catch where error is InputError || error is OutputError {
            fail("\(error)", status: 1)
        } catch {
            exit(withError: error)
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        StandardError.print("error: \(message)")
        Foundation.exit(status)
    }
}
