import ArgumentModel
import Foundation

/// Builds the self-contained interactive map page: the rendered SVG, the map's data, CSS and script inline, no
/// network access (it opens from `file://`). Map text reaches the page only as escaped JSON and is shown with
/// `textContent`, so titles and quotes containing `<script>`, `"` or `&` show as typed.
public enum HTMLViewer {
    /// A page for exploring `graph`, whose rendering through Graphviz's `svg` device is `svg`.
    /// - Parameters:
    ///   - graph: the map the page explores (its data is embedded as escaped JSON).
    ///   - svg: the map rendered through Graphviz's `svg` device.
    ///   - title: the page's title.
    ///   - liveReloadURL: when set (by `argmap serve`), the page polls this URL and reloads when its text differs
    ///     from `liveReloadVersion` (the version the page was made from).
    ///   - liveReloadVersion: the version the page was made from.
    public static func page(
        graph: ArgumentGraph, svg: String, title: String, liveReloadURL: String? = nil, liveReloadVersion: String = ""
    ) -> String {
        document(
            title: title, svg: svg, data: ViewerData(graph: graph, title: title), mode: "explore",
            liveReload: liveReloadURL.map { ($0, liveReloadVersion) })
    }

    /// A stepper page: the same map, revealed step by step (`steps[k]` are the nodes that appear at step k).
    /// ←/→ (or the buttons) move between steps; nodes keep their positions because the layout is the full map's.
    public static func stepperPage(graph: ArgumentGraph, svg: String, title: String, steps: [[NodeID]]) -> String {
        document(title: title, svg: svg, data: ViewerData(graph: graph, title: title, steps: steps), mode: "stepper", liveReload: nil)
    }

    static func document(title: String, svg: String, data: ViewerData, mode: String, liveReload: (url: String, version: String)?) -> String {
        let reload = liveReload.map {
            " data-live-reload=\"\(escapeAttribute($0.url))\" data-live-version=\"\(escapeAttribute($0.version))\""
        } ?? ""
        return """
            \(HTMLPage.documentStart)
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'">
            <title>\(escapeText(title))</title>
            <style>
            \(ViewerAssets.css)
            </style>
            </head>
            <body data-mode="\(mode)"\(reload)>
            <header class="am-toolbar" role="toolbar" aria-label="Map tools">
              <h1 class="am-title">\(escapeText(title))</h1>
              <label class="am-search"><span>Find</span> <input id="am-search" type="search" placeholder="words in a claim…" autocomplete="off" aria-label="Find claims by words"></label>
              <label class="am-toggle"><input id="am-transitive" type="checkbox"> transitive</label>
              <span class="am-zoom">
                <button type="button" id="am-zoom-in" aria-label="Zoom in">+</button>
                <button type="button" id="am-zoom-out" aria-label="Zoom out">−</button>
                <button type="button" id="am-zoom-fit" aria-label="Fit the map to the window">fit</button>
              </span>
              <span class="am-stepper">
                <button type="button" id="am-prev" aria-label="Previous step">←</button>
                <span id="am-step-label" aria-live="polite"></span>
                <button type="button" id="am-next" aria-label="Next step">→</button>
              </span>
            </header>
            <main class="am-main">
              <div id="am-canvas" class="am-canvas">
            \(inlineSVG(svg))
              </div>
              <aside id="am-panel" class="am-panel" aria-live="polite">
                <p class="am-hint">Click a claim (or Tab to it and press Enter) to outline what supports it (green) and what contradicts it (red); shift-click (or tick “transitive”) to follow whole chains. Esc clears.</p>
                <ul id="am-results" class="am-results"></ul>
                <div id="am-details" hidden>
                  <p id="am-kind" class="am-kind"></p>
                  <h2 id="am-node-title"></h2>
                  <p id="am-node-text"></p>
                  <blockquote id="am-node-quote" hidden></blockquote>
                  <p id="am-node-by" class="am-by" hidden></p>
                  <p id="am-node-tags" class="am-tags" hidden></p>
                  <p id="am-counts" class="am-counts"></p>
                </div>
              </aside>
            </main>
            <script type="application/json" id="argmap-data">\(data.scriptSafeJSON())</script>
            <script>
            \(ViewerAssets.script)
            </script>
            </body>
            </html>

            """
    }

    /// Graphviz's SVG without its XML declaration, DOCTYPE and comments, ready to sit inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    /// Escapes text for HTML element content (control characters and U+FFFE, U+FFFF dropped).
    static func escapeText(_ s: String) -> String { escape(s, quotes: false) }

    /// Escapes text for a double-quoted HTML attribute: as ``escapeText(_:)``, and `"` as `&quot;`.
    static func escapeAttribute(_ s: String) -> String { escape(s, quotes: true) }

    /// `&`, `<`, `>` (and with `quotes` `"`) as entities; control characters (but tab and line feed) and the
    /// non-characters U+FFFE, U+FFFF are HTML parse errors: dropped.
    private static func escape(_ s: String, quotes: Bool) -> String {
        TextEscaping.escaped(s) { scalar in
            switch scalar {
            case "'": nil
            case "\"": quotes ? "&quot;" : nil
            case "\r", "\u{7F}"..."\u{9F}": ""
            default: TextEscaping.xmlEntity(scalar) ?? (TextEscaping.isForbiddenInXML(scalar) ? "" : nil)
            }
        }
    }
}
