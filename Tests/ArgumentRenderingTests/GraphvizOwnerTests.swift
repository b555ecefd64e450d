import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct GraphvizOwnerTests {
    @Test func pluginsArePresent() async throws {
        try await Graphviz.shared.checkPlugins()
        #expect(try await Graphviz.shared.availablePlugins(kind: "layout", among: ["dot", "neato", "no-such-engine"]) == ["dot", "neato"])
    }

    @Test func missingPluginMessageNamesThePackage() {
        let error = Graphviz.missingError([(kind: "layout", name: "dot"), (kind: "device", name: "png")])
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].code == "graphviz-plugins-missing")
        #expect(error.description.contains("layout 'dot', device 'png'"))
        #expect(error.description.contains("apt-get install libgvc6"))
        #expect(error.description.contains("brew install graphviz"))
    }

    @Test func eightConcurrentRendersAreAllValid() async throws {
        let maps = [SampleMaps.october, SampleMaps.nasty, SampleMaps.nestedGroups, SampleMaps.october]
        let themes = Theme.allCases
        let jobs: [(graph: ArgumentGraph, options: RenderOptions, format: OutputFormat)] = (0..<8).map { i in
            var options = RenderOptions(theme: themes[i % themes.count])
            options.legend = i % 2 == 0
            return (maps[i % maps.count], options, i % 4 == 3 ? .png : .svg)
        }
        // Expected results, one at a time.
        var expected: [Data] = []
        for job in jobs { expected.append(try await MapRenderer.render(job.graph, options: job.options, format: job.format).data) }

        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for (i, job) in jobs.enumerated() {
                group.addTask { (i, try await MapRenderer.render(job.graph, options: job.options, format: job.format).data) }
            }
            var out = [Data](repeating: Data(), count: jobs.count)
            for try await (i, data) in group { out[i] = data }
            return out
        }
        for (i, data) in results.enumerated() {
            #expect(data == expected[i], "job \(i) (\(jobs[i].format)) differs from its serial rendering")
            if jobs[i].format == .svg {
                let document = try XMLDocument(xmlString: String(decoding: data, as: UTF8.self), options: [])
                #expect(document.rootElement()?.name == "svg")
            } else {
                #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            }
        }
    }

    @Test func syntaxErrorsComeBackAsDiagnosticsAndAreResetForTheNextJob() async throws {
        do {
            _ = try await Graphviz.shared.render(dot: "digraph { a -> ; }", format: .svg)
            Issue.record("a syntax error rendered")
        } catch {
            #expect(error.diagnostics.containsErrors)
            #expect(error.diagnostics.contains { $0.code == "graphviz" && $0.message.contains("syntax error") })
        }
        let output = try await Graphviz.shared.render(dot: "digraph { a -> b; }", format: .svg)
        #expect(output.diagnostics.isEmpty)
        #expect(String(decoding: output.data, as: UTF8.self).contains("<svg"))
    }

    @Test func warningsAreCapturedPerJob() async throws {
        let output = try await Graphviz.shared.render(dot: #"digraph { a [color="nosuchcolour"]; }"#, format: .svg)
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.first?.severity == .warning)
        #expect(output.diagnostics.first?.message.contains("nosuchcolour") == true)
        let clean = try await Graphviz.shared.render(dot: "digraph { a; }", format: .svg)
        #expect(clean.diagnostics.isEmpty)
    }

    @Test func everyEngineLaysOutTheSampleMap() async throws {
        for engine in LayoutEngine.allCases {
            var options = RenderOptions()
            options.layout = engine
            let svg = try await MapRenderer.svg(SampleMaps.october, options: options)
            #expect(svg.contains("id=\"s&#45;soviet&#45;power\""), "engine \(engine.rawValue)")
        }
    }
}
