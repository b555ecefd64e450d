import ArgumentModel

extension ArgdownParser {
    /// `(n) statement`: starts a pcs (for the argument just above, or a new untitled argument) or continues one.
    mutating func parsePCSStatement(_ ln: Line, number: Int, after: Int) -> Int {
        if pcs == nil { startPCS(at: ln) }
        let start = source.position(at: ln.content)  // before the element, as in `parseRelationLine`
        let element = parseElement(at: skipBlanks(after, ln.end), lineEnd: ln.end, context: .pcs)
        let range = source.range(from: start, to: max(element.end, after))
        if var draft = pcs {
            pcs = nil  // the draft's steps are then not shared, so appending to them does not copy them
            if let node = element.node {
                draft.steps.append(.statement(PCSStatement(number: number, statement: node, role: .premise, range: range)))
            }
            draft.lastNumber = number
            pcs = draft
        }
        startTree(TreeLevel(indent: ln.indent, endpoint: element.endpoint, isRoot: true, line: start.line))
        return element.next
    }

    private mutating func startPCS(at ln: Line) {
        if let argument = bareArgument {
            bareArgument = nil
            if model.builder[argument].pcs != nil {
                diagnose(.error, .duplicatePCS,
                    "<\(model.builder[argument].title)> already has a premise-conclusion structure; an argument can have only one, so this one is ignored",
                    ln.content, ln.end)
                pcs = PCSDraft(owner: nil, section: currentSection)
            } else {
                pcs = PCSDraft(owner: argument, section: currentSection)
            }
            return
        }
        let id = model.occur(
            .argument, title: nil, role: .untitled, text: nil, tags: [], data: .empty,
            range: source.range(ln.content, ln.end), section: currentSection)
        pcs = PCSDraft(owner: id, section: currentSection)
    }

    /// `----`, `-- rule, rule {data} --`, or a multi-line `--` / rules / `{data}` / `--` inference.
    mutating func parseInference(_ ln: Line) -> Int {
        bareArgument = nil
        var first = ln.content
        while first < ln.end, b[first] == 0x2D { first += 1 }
        let dashes = first - ln.content
        var rules: [String] = []
        var data = DataValue.empty
        var next = ln.next
        var end = ln.end
        if first >= ln.end && dashes >= 3 {
            // A plain inference.
        } else if first >= ln.end {
            // Multi-line: `--`, then rule lines and data, then `--`.
            var acc = InlineText(start: ln.next)
            var q = ln.next
            var closed = false
            while q < n {
                let l = line(at: q)
                if l.isBlank || pcsNumber(at: l.content, lineEnd: l.end) != nil { break }
                if isDashLine(l) {
                    closed = true
                    next = l.next
                    end = l.end
                    break
                }
                acc.pendingSpace = true
                let after = scanInline(from: l.content, into: &acc, wrap: .upTo(l.end))
                if acc.stopped { break }
                // Reading stops at the line's last non-blank byte; trailing blanks still belong to this line, and a
                // data block may have carried reading onto later lines.
                q = max(after, l.next)
                next = q
                end = acc.lastEnd
            }
            if !closed {
                diagnose(.error, .unterminatedInference,
                    "this inference opened with `--` has no closing `--` line; add one above the conclusion", ln.content, ln.end)
            }
            rules = splitRules(acc.string)
            data = acc.data
        } else {
            var last = ln.end
            while last > first, b[last - 1] == 0x2D { last -= 1 }
            if last == ln.end || ln.end - last < 2 {
                diagnose(.error, .unterminatedInference,
                    "close this inference line with `--`, like `-- Modus ponens --`", ln.content, ln.end)
                last = ln.end
            }
            var acc = InlineText(start: first)
            _ = scanInline(from: first, into: &acc, wrap: .upTo(last))
            rules = splitRules(acc.string)
            data = acc.data
        }
        let range = source.range(ln.content, end)
        guard var draft = pcs else { return next }
        pcs = nil  // unshares the draft's steps (see `parsePCSStatement`)
        let index = draft.inferenceCount
        draft.inferenceCount += 1
        draft.steps.append(.inference(Inference(rules: rules, data: data, range: range)))
        pcs = draft
        let endpoint: Endpoint = draft.owner.map { .inference(argument: $0, index: index) } ?? .none
        startTree(TreeLevel(indent: ln.indent, endpoint: endpoint, isRoot: true, line: source.lineNumber(at: ln.content)))
        return next
    }

    private func isDashLine(_ l: Line) -> Bool {
        guard l.end - l.content >= 2 else { return false }
        for k in l.content..<l.end where b[k] != 0x2D { return false }
        return true
    }

    private func splitRules(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    /// Closes the open pcs: assigns premise / intermediary / main conclusion roles and attaches it.
    mutating func finishPCS() {
        guard let draft = pcs else { return }
        pcs = nil
        var steps = draft.steps
        var afterInference = false
        var conclusions: [Int] = []
        var lastInferenceRange: SourceRange?
        for (index, step) in steps.enumerated() {
            switch step {
            case .inference(let inference):
                afterInference = true
                lastInferenceRange = inference.range
            case .statement:
                if afterInference { conclusions.append(index) }
                afterInference = false
            }
        }
        for (k, index) in conclusions.enumerated() {
            if case .statement(var s) = steps[index] {
                s.role = k == conclusions.count - 1 ? .mainConclusion : .intermediaryConclusion
                steps[index] = .statement(s)
            }
        }
        let firstRange = steps.first.flatMap { step -> SourceRange? in
            switch step {
            case .statement(let s): s.range
            case .inference(let i): i.range
            }
        }
        if draft.inferenceCount == 0, let range = firstRange {
            diagnostics.append(Diagnostic(.warning, code: .missingInference,
                "this premise-conclusion structure has no inference line (`----`) before its conclusion, so it has no conclusion",
                at: range))
        } else if draft.endsWithInference {
            diagnostics.append(Diagnostic(.error, code: .missingConclusion,
                "this inference line has no conclusion below it; add a numbered statement after it", at: lastInferenceRange))
        } else if let main = conclusions.last, main < steps.count - 1 {
            for step in steps[(main + 1)...] {
                if case .statement(let s) = step {
                    diagnostics.append(Diagnostic(.warning, code: .premiseAfterConclusion,
                        "(\(s.number)) comes after the main conclusion without an inference line above it, so it is read as a premise",
                        at: s.range))
                    break
                }
            }
        }
        if let owner = draft.owner {
            model.setPCS(owner, PremiseConclusionStructure(steps: steps), section: draft.section)
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
