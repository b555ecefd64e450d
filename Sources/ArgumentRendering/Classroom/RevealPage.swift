import ArgumentAnalysis
import ArgumentModel
import Foundation

extension ClassroomPictures {
    /// The reveal as one self-contained stepper page (`argmap reveal --format html`): the map laid out once, then
    /// uncovered step by step in `plan`'s order with ← and →; titled by the map's `title`, else `name`. One layout.
    public static func revealPage(_ graph: ArgumentGraph, plan: RevealPlan, name: String) async throws(GraphvizError) -> String {
        let svg = try await MapRenderer.svg(graph)
        let title = graph.metadata["title"]?.stringValue ?? name
        return HTMLViewer.stepperPage(graph: graph, svg: svg, title: title, steps: plan.order.map { [$0] })
    }
}
