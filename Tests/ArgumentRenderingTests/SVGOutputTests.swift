import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Renders SVG through libgvc and reads it back as XML: ids, classes, tooltips and text as typed.
@Suite struct SVGOutputTests {
    /// The `<g>` elements of `document` by their `id`.
    static func groups(_ document: XMLDocument) throws -> [String: XMLElement] {
        var out: [String: XMLElement] = [:]
        for element in descendants(try #require(document.rootElement()), named: "g") {
            if let id = Self.attribute(element, "id") { out[id] = element }
        }
        return out
    }

    /// The value of attribute `name` (read from the attribute list: `attribute(forName:)` misses attributes
    /// of elements in SVG's default namespace on Linux).
    static func attribute(_ element: XMLElement?, _ name: String) -> String? {
        element?.attributes?.first(where: { $0.name == name || $0.localName == name })?.stringValue
    }

    /// Every element under `element` (itself included) with local name `name`, in document order.
    static func descendants(_ element: XMLElement, named name: String) -> [XMLElement] {
        var out: [XMLElement] = (element.localName ?? element.name) == name ? [element] : []
        for case let child as XMLElement in element.children ?? [] { out += descendants(child, named: name) }
        return out
    }

    /// The contents of every `<text>` under `element`, in document order.
    static func texts(_ element: XMLElement) throws -> [String] {
        descendants(element, named: "text").map { $0.stringValue ?? "" }
    }

    /// The tooltip (`xlink:title` of the link Graphviz wraps the element in).
    static func tooltip(_ element: XMLElement) throws -> String? {
        for link in descendants(element, named: "a") {
            for attribute in link.attributes ?? [] where attribute.localName == "title" || attribute.name == "xlink:title" {
                return attribute.stringValue
            }
        }
        return nil
    }

    @Test func hostileTextIsValidXMLAndShowsAsTyped() async throws {
        var options = RenderOptions()
        options.wrapWidth = 34
        let svg = try await MapRenderer.svg(SampleMaps.nasty, options: options)
        let document = try XMLDocument(xmlString: svg, options: [])
        let groups = try Self.groups(document)
        let ids = ElementIDs(SampleMaps.nasty)
        let nodeID = ids.id(of: NodeID(0))
        #expect(nodeID == "s-quote-back-slash-script-alert-1-script-ленин")
        let node = try #require(groups[nodeID])
        #expect(Self.attribute(node, "class") == "node statement tag-a-b tag-x")
        // Wrapped at 34 characters, worked out by hand: title lines in bold, then the text.
        let x = String(repeating: "x", count: 34)
        #expect(try Self.texts(node) == [
            #"Quote " back\slash"#,
            "<script>alert(1)</script> & Ленин",
            "🚩",
            #"He said "no" \n \l \N &"#,
            "<b>bold</b> ]]> AT&amp;T",
            x, x,
            String(repeating: "x", count: 22) + " Октябрь 🎉👩‍👩‍👧",
        ])
        let tip = try #require(try Self.tooltip(node))
        #expect(tip == "[\(SampleMaps.nastyTitle)]\n\(SampleMaps.nastyText)\nQuote: “\(SampleMaps.nastyQuote)”\n#a&b #<x>")
    }

    @Test func everyNodeEdgeAndClusterHasItsIDClassAndTooltip() async throws {
        let graph = SampleMaps.october
        let svg = try await MapRenderer.svg(graph)
        let document = try XMLDocument(xmlString: svg, options: [])
        let groups = try Self.groups(document)
        let ids = ElementIDs(graph)
        for node in graph.nodes {
            let element = try #require(groups[ids.id(of: node.id)], "no <g> for \(node.title)")
            let classes = (Self.attribute(element, "class") ?? "").split(separator: " ").map(String.init)
            #expect(classes.contains(node.kind.rawValue))
            for tag in node.tags { #expect(classes.contains("tag-" + tag)) }
            #expect(try Self.tooltip(element)?.hasPrefix(node.bracketedTitle) == true)
        }
        for relation in graph.relations {
            let element = try #require(groups[ids.id(of: relation)], "no <g> for relation \(relation.id)")
            let classes = (Self.attribute(element, "class") ?? "").split(separator: " ").map(String.init)
            #expect(classes.contains("edge") && classes.contains(relation.type.rawValue))
            #expect(classes.contains("derived") == relation.isDerived)
        }
        #expect(groups["e-s-mass-support--undercut--a-coup"] != nil)
        #expect(Self.attribute(groups["e-a-war-weariness--support--s-soviet-power"], "class") == "edge support derived")
        let cluster = try #require(groups["g-politics--the-soviets-1"])
        #expect(Self.attribute(cluster, "class") == "cluster group")
        #expect(try Self.texts(cluster).first == "The soviets")
        #expect(groups["g-politics-0"] != nil)
    }

    @Test func outputIsByteIdenticalAcrossRuns() async throws {
        let a = try await MapRenderer.svg(SampleMaps.october)
        let b = try await MapRenderer.svg(SampleMaps.october)
        #expect(a == b)
    }

    @Test func pngAndPDFHaveTheirSignatures() async throws {
        let png = try await MapRenderer.render(SampleMaps.october, format: .png)
        #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try await MapRenderer.render(SampleMaps.october, format: .pdf)
        #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
    }
}
