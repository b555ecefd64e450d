import Foundation
import Testing
@testable import ArgumentRendering

/// Writes sample renderings to a folder when ARGMAP_RENDER_DUMP names one (for looking at them, not a check).
@Suite struct DumpForViewing {
    @Test func dump() async throws {
        guard let folder = ProcessInfo.processInfo.environment["ARGMAP_RENDER_DUMP"] else { return }
        for theme in Theme.allCases {
            var options = RenderOptions(theme: theme)
            options.legend = true
            for format in [OutputFormat.dot, .svg, .png] {
                let out = try await MapRenderer.render(SampleMaps.october, options: options, format: format)
                try out.data.write(to: URL(fileURLWithPath: "\(folder)/october-\(theme.rawValue).\(format.rawValue)"))
            }
        }
        for format in [OutputFormat.dot, .svg, .png] {
            let nasty = try await MapRenderer.render(SampleMaps.nasty, format: format)
            try nasty.data.write(to: URL(fileURLWithPath: "\(folder)/nasty.\(format.rawValue)"))
        }
    }
}
