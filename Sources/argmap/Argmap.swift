import ArgumentParser

/// The `argmap` command: argument maps as directed graphs.
@main
struct Argmap: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Check, render, query, evaluate and convert argument maps written in Argdown.",
        discussion: """
            An argument map is a graph of claims [in brackets] and arguments <in angle brackets>, joined by
            supports (+), attacks (-), undercuts (_) and contradictions (><). Write one in Argdown, then:

              argmap check map.argdown            find mistakes, with file:line:column
              argmap render map.argdown -o map.svg
              argmap export map.argdown --format json

            Run `argmap help <command>` for each command's options.
            """,
        version: "0.1.0",
        subcommands: [
            ConvertCommand.self,
            RenderCommand.self,
            ServeCommand.self,
            ExportCommand.self,
            GenerateCommand.self,
            GradeCommand.self,
            ExerciseCommand.self,
            RevealCommand.self,
            OutlineCommand.self,
            QueryCommand.self,
            SupportersCommand.self,
            ObjectionsCommand.self,
            PathCommand.self,
            StatsCommand.self,
            EvaluateCommand.self,
            SolveCommand.self,
        ]
    )
}
