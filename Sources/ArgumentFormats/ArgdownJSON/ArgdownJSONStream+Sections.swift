import ArgumentModel

extension ArgdownJSON.Stream {
    /// The `sections` array at indentation 1, written straight from the graph's sections: the bytes of
    /// ``JSONDataWriter/append(_:indent:expanded:to:)`` of ``ArgdownJSON/sections(_:)`` (which built a dictionary of
    /// children and a `DataValue` per section, 5 % of the export), which `ArgdownJSONStreamingTests` hold it to.
    /// Sections whose ids are not their places in the list are written through that value. O(sections).
    func sections(_ out: inout JSONBytes) {
        let sections = graph.sections
        guard sections.indices.allSatisfy({ sections[$0].id.index == $0 }) else {
            return JSONDataWriter.append(ArgdownJSON.sections(graph), indent: 1, to: &out)
        }
        // The children of each section, in document order, as flat lists: the top-level sections are slot 0's,
        // section `k`'s children slot `k + 1`'s. A section whose parent is no section is nobody's child (the
        // document path leaves it out too).
        func slot(_ k: Int) -> Int? {
            guard let parent = sections[k].parent else { return 0 }
            return sections.indices.contains(parent.index) ? parent.index + 1 : nil
        }
        let lists = FlatLists(keyCount: sections.count + 1, placeholder: 0) { add in
            for k in sections.indices { if let s = slot(k) { add(s, k) } }
        }
        func children(_ slot: Int, indent: Int, _ out: inout JSONBytes) {
            var m = 0
            out.write("[")
            for k in lists.items[lists.range(of: slot)] {
                separate(&m, indent, &out)
                section(k, indent: indent + 1, &out)
            }
            close("]", m, indent, &out)
        }
        func section(_ k: Int, indent: Int, _ out: inout JSONBytes) {
            var n = 0
            open("\"section\"", &n, indent: indent, to: &out)
            key("\"id\": \"s", &n, indent, &out)
            out.append(int: k + 1)
            out.write("\"")
            key("\"level\": ", &n, indent, &out)
            out.append(int: sections[k].level)
            key("\"title\": ", &n, indent, &out)
            JSONDataWriter.appendString(sections[k].title, to: &out)
            if !sections[k].tags.isEmpty {
                key("\"tags\": ", &n, indent, &out)
                strings(sections[k].tags, &out)
            }
            if !sections[k].data.isEmpty {
                key("\"data\": ", &n, indent, &out)
                JSONDataWriter.append(sections[k].data, indent: indent + 1, to: &out)
            }
            key("\"isGroup\": ", &n, indent, &out)
            out.write(sections[k].isGroup ? "true" : "false")
            if let parent = sections[k].parent {
                key("\"parent\": \"s", &n, indent, &out)
                out.append(int: parent.index + 1)
                out.write("\"")
            }
            key("\"children\": ", &n, indent, &out)
            children(k + 1, indent: indent + 1, &out)
            close("}", n, indent, &out)
        }
        children(0, indent: 1, &out)
    }
}
