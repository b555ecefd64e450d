import ArgumentAnalysis
import ArgumentFormats
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap reveal`: slides that uncover a map one claim at a time.
struct RevealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal",
        abstract: "Write one picture per step, uncovering a map from its main conclusion down (or in source order).",
        discussion: """
            Frame 1 shows the main conclusion; each next frame adds one claim or argument
            — first the reasons and objections of what is already shown, level by level —
            and the relations between shown claims. The whole map is laid out once and
            later elements are only hidden, so nothing moves between frames: flip through
            them as slides. --order source reveals claims in the order they stand in the
            file instead.

              argmap reveal map.argdown -o slides/
              argmap reveal map.argdown -o slides/ --order source
              argmap reveal map.argdown --format html -o stepper.html

            Frames are named frame-001, frame-002, ... (.svg). With --format html, -o
            names one self-contained page instead: a stepper that moves through the same
            steps with ← and → (or its buttons).
            """)

    /// What reveal writes.
    enum FrameFormat: String, ExpressibleByArgument, CaseIterable {
        /// One SVG file per frame, in a folder.
        case svg
        /// One interactive stepper page.
        case html
    }

    @OptionGroup var map: MapInputOptions

    @Option(name: [.customShort("o"), .long], help: "Folder for the frames (created if missing); with --format html, the page's file.")
    var output: String

    @Option(name: .long, help: "svg (a folder of frames) or html (one stepper page).")
    var format: FrameFormat = .svg

    @Option(name: .long, help: "top-down (from the main conclusion) or source (file order).")
    var order: RevealPlan.Order = .topDown

    func run() async throws {
        let graph = try InputLoader.loadChecked(map.file).result.graph
        guard !graph.nodes.isEmpty else { throw CommandError("\(map.file) has no claims or arguments to reveal") }
        let plan = RevealPlan(graph, order: order)
        if format == .html {
            let name = URL(fileURLWithPath: map.file).deletingPathExtension().lastPathComponent
            try OutputWriter.write(try await ClassroomPictures.revealPage(graph, plan: plan, name: name), to: output)
            StandardError.print("wrote a \(plan.frameCount)-step page to \(output)")
            return
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: output)
        for frame in try await ClassroomPictures.revealFrames(graph, plan: plan) {
            try OutputWriter.write(frame.svg, to: base.appendingPathComponent(frame.name).path)
        }
        StandardError.print("wrote \(plan.frameCount) frames to \(output)")
    }
}

extension RevealPlan.Order: ExpressibleByArgument {}
