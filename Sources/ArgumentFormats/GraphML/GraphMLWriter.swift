import ArgumentModel

/// Writes an `ArgumentGraph` as GraphML that yEd opens with readable labels and colours, and that generic
/// GraphML tools (networkx, Gephi) read through plain data keys.
///
/// Nodes carry `kind`, `title`, `text` and `label`; edges carry `type` (support, attack, undercut, ..., and
/// `premise` from each premise of a reconstructed argument to the argument),
/// `derived` and `inference`; yEd's `nodegraphics`/`edgegraphics` keys add shapes (rectangles for statements,
/// rounded boxes for arguments) and edge colours per relation type. Output is deterministic.
public enum GraphMLWriter {
    /// The GraphML document. With `includeDerived` false, derived relations are left out.
    /// Complexity: O(nodes + relations + total text length).
    public static func write(_ graph: ArgumentGraph, includeDerived: Bool = true) -> String {
        var ids = ElementIDs(graph)
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:y="http://www.yworks.com/xml/graphml" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
              <key id="d0" for="node" attr.name="kind" attr.type="string"/>
              <key id="d1" for="node" attr.name="title" attr.type="string"/>
              <key id="d2" for="node" attr.name="text" attr.type="string"/>
              <key id="d3" for="node" attr.name="label" attr.type="string"/>
              <key id="d4" for="node" yfiles.type="nodegraphics"/>
              <key id="d5" for="edge" attr.name="type" attr.type="string"/>
              <key id="d6" for="edge" attr.name="derived" attr.type="boolean"/>
              <key id="d7" for="edge" attr.name="inference" attr.type="int"/>
              <key id="d8" for="edge" yfiles.type="edgegraphics"/>
              <key id="d9" for="graph" attr.name="title" attr.type="string"/>
              <graph id="G" edgedefault="directed">

            """
        if let title = graph.metadata["title"]?.stringValue {
            out += "    <data key=\"d9\">\(escape(title))</data>\n"
        }
        for node in graph.nodes {
            let label = node.data["label"]?.stringValue ?? ""
            let shown = node.text.map { "\(node.title): \($0)" } ?? node.title
            let isArgument = node.kind == .argument
            out += "    <node id=\"\(escape(ids.id(of: node.id)))\">\n"
            out += "      <data key=\"d0\">\(node.kind.rawValue)</data>\n"
            out += "      <data key=\"d1\">\(escape(node.title))</data>\n"
            if let text = node.text { out += "      <data key=\"d2\">\(escape(text))</data>\n" }
            if !label.isEmpty { out += "      <data key=\"d3\">\(escape(label))</data>\n" }
            let width = 220, height = 40 + 16 * min(12, shown.count / 32)
            out += """
                      <data key="d4">
                        <y:ShapeNode>
                          <y:Geometry height="\(height)" width="\(width)" x="0" y="0"/>
                          <y:Fill color="\(isArgument ? "#B8E6B8" : "#DDEEFF")" transparent="false"/>
                          <y:BorderStyle color="\(isArgument ? "#2E7D32" : "#1565C0")" type="line" width="1.0"/>
                          <y:NodeLabel alignment="center" autoSizePolicy="content" modelName="internal" modelPosition="c">\(escape(wrap(shown)))</y:NodeLabel>
                          <y:Shape type="\(isArgument ? "roundrectangle" : "rectangle")"/>
                        </y:ShapeNode>
                      </data>
                    </node>

                """
        }
        for r in graph.relations where includeDerived || !r.isDerived {
            let (color, line, arrow) = style(r.type)
            out += "    <edge id=\"\(escape(ids.id(of: r)))\" source=\"\(escape(ids.id(of: r.from)))\" target=\"\(escape(ids.id(of: r.to)))\">\n"
            out += "      <data key=\"d5\">\(r.type.rawValue)</data>\n"
            out += "      <data key=\"d6\">\(r.isDerived)</data>\n"
            if let i = r.inference { out += "      <data key=\"d7\">\(i)</data>\n" }
            out += """
                      <data key="d8">
                        <y:PolyLineEdge>
                          <y:LineStyle color="\(color)" type="\(r.isDerived ? "dotted" : line)" width="\(r.isDerived ? "1.0" : "2.0")"/>
                          <y:Arrows source="none" target="\(arrow)"/>
                          <y:EdgeLabel>\(r.type.rawValue)</y:EdgeLabel>
                        </y:PolyLineEdge>
                      </data>
                    </edge>

                """
        }
        // Premises of reconstructed arguments feed their argument: edges of type `premise`.
        for node in graph.nodes where node.kind == .argument {
            var seen = Set<NodeID>()
            for p in node.pcs?.premises ?? [] where seen.insert(p).inserted {
                let from = ids.id(of: p), to = ids.id(of: node.id)
                let edge = ids.claim("e-\(from)--premise--\(to)")
                out += "    <edge id=\"\(escape(edge))\" source=\"\(escape(from))\" target=\"\(escape(to))\">\n"
                out += "      <data key=\"d5\">premise</data>\n"
                out += "      <data key=\"d6\">false</data>\n"
                out += "      <data key=\"d8\"><y:PolyLineEdge><y:LineStyle color=\"#78909C\" type=\"line\" width=\"1.0\"/>"
                out += "<y:Arrows source=\"none\" target=\"standard\"/></y:PolyLineEdge></data>\n"
                out += "    </edge>\n"
            }
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Colour, line type and yEd arrow name per relation type.
    private static func style(_ type: RelationType) -> (String, String, String) {
        switch type {
        case .support, .entails: ("#2E7D32", "line", "standard")
        case .attack, .contrary: ("#C62828", "line", "standard")
        case .undercut: ("#6A1B9A", "dashed", "standard")
        case .contradictory: ("#C62828", "line", "none")
        case .rephrase: ("#616161", "dashed", "white_delta")
        }
    }

    /// Breaks long labels into lines of about 32 characters at spaces (yEd does not wrap by itself).
    private static func wrap(_ text: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + word.count + 1 > 32 {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// XML text escaping (also of characters XML 1.0 forbids, which are dropped).
    static func escape(_ s: String) -> String {
        TextEscaping.escaped(s) { TextEscaping.xmlEntity($0) ?? (TextEscaping.isForbiddenInXML($0) ? "" : nil) }
    }
}
