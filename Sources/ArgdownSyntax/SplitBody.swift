import ArgumentModel
import Foundation

/// How the reader reads a document's body: in one pass, or in two parts at once (see ``ArgdownParser/parseBody(from:plan:)``).
enum SplitPlan: Equatable {
    /// In two parts when the body is large and a second processor is there, split near its middle.
    case automatic
    /// In one pass.
    case sequential
    /// Split at this offset, if it is a split candidate (tests); else in one pass.
    case at(Int)
}

/// Which way a body was read.
enum BodyReading: Equatable {
    /// In one pass.
    case sequential
    /// In two parts, the later one merged into the earlier one's collection.
    case merged
    /// In two parts, the later one discarded and the earlier one's parser read on from the split.
    case fellBack(SplitFallback)
}

/// The later part's parser, handed to the thread that reads it and back.
///
/// `@unchecked Sendable`: `parser` is used only by the reading thread between its start and `done.signal()`, and by
/// the starting thread only after `done.wait()`, so the semaphore orders every access to it. What the parser shares
/// with the earlier part's (the byte arrays, the inline settings) is never written: copy-on-write values whose
/// reference counts are atomic.
private final class LaterPart: @unchecked Sendable {
    var parser: ArgdownParser
    let split: Int
    let done = DispatchSemaphore(value: 0)

    init(parser: ArgdownParser, split: Int) {
        self.parser = parser
        self.split = split
    }

    /// Reads from the split to the end (the cursor first counts the lines before it) and signals `done`.
    func read() {
        _ = parser.source.lineNumber(at: split)
        parser.parseBody(from: split)
        done.signal()
    }

    /// Frees the parser and what it read (called once its results were taken, and then by one thread only).
    func discard() {
        parser = ArgdownParser(source: SourceText(bytes: [], file: nil), stripped: [])
    }
}

extension ArgdownParser {
    /// The smallest body (after the front matter) read in two parts: below it, starting a thread and merging cost
    /// about what the second processor saves.
    static let splitThreshold = 4 << 20

    /// The stack of the thread reading the later part: as large as a main thread's usual 8 MB (data blocks are read
    /// recursively; a secondary thread's default stack is far smaller).
    static let laterPartStackSize = 16 << 20

    /// Whether the body can be split at `s`: a line at column 0 starting with `[` or `<` (not a relation symbol
    /// such as `<+`), right after an empty line. The sequential parser reads such a line, if it reaches it at a
    /// block's start, as a new top-level element: it closes an open pcs, and the element's tree replaces the
    /// relation stack and the bare argument, so what it reads depends on no block state but the section it stands
    /// in (``parseBody(from:plan:)`` checks the rest). O(length of the line above).
    func isSplitCandidate(_ s: Int) -> Bool {
        guard s > 0, s < n, b[s - 1] == Bytes.newline else { return false }
        switch b[s] {
        case 0x5B: break
        case 0x3C:
            if s + 1 < n, b[s + 1] == 0x2B || b[s + 1] == 0x2D || b[s + 1] == 0x5F { return false }
        default: return false
        }
        // The line above must be empty in the source too (a comment-only line does not end a block).
        var k = s - 1
        while k > 0, Bytes.isBlank(source.bytes[k - 1]) { k -= 1 }
        return k > 0 && source.bytes[k - 1] == Bytes.newline
    }

    /// The first split candidate at or after `offset` (see ``isSplitCandidate(_:)``), or nil. O(bytes passed).
    func nextSplitCandidate(from offset: Int) -> Int? {
        var lf = ByteScan.first(Bytes.newline, in: b, from: max(0, offset - 1), to: n)
        while lf + 1 < n {
            if isSplitCandidate(lf + 1) { return lf + 1 }
            lf = ByteScan.first(Bytes.newline, in: b, from: lf + 1, to: n)
        }
        return nil
    }

    /// The non-empty lines from `offset` on, estimated from samples (see ``LineSample``). O(4 MB).
    func lineSample(from offset: Int) -> LineSample {
        let length = n - offset
        var weights: [Double] = []
        b.withUnsafeBufferPointer { p in
            for i in 0..<LineSample.stretches {
                let start = offset + length * i / LineSample.stretches
                let end = offset + length * (i + 1) / LineSample.stretches
                let sampleEnd = min(end, start + LineSample.sampleSize, n - 1)
                var lines = 0
                for k in start..<max(start, sampleEnd) where p[k] == Bytes.newline && p[k + 1] != Bytes.newline { lines += 1 }
                weights.append(Double(lines) * Double(end - start) / Double(max(1, sampleEnd - start)))
            }
        }
        return LineSample(offset: offset, end: n, lines: weights)
    }

    /// Whether some line in `from..<to` may be a heading (`#` then a blank, after blanks only): the earlier part
    /// would then fall back (``SplitFallback/sections``) after the other thread had read the later part for
    /// nothing. A `#` in text only costs a look at the bytes around it. O(to - from).
    func mayHoldHeading(from: Int, to: Int) -> Bool {
        var k = ByteScan.first(0x23, in: b, from: from, to: to)
        while k < to {
            var after = k
            while after < to, b[after] == 0x23 { after += 1 }
            var before = k
            while before > from, Bytes.isBlank(b[before - 1]) { before -= 1 }
            if after < to, Bytes.isBlank(b[after]), before == from || b[before - 1] == Bytes.newline { return true }
            k = ByteScan.first(0x23, in: b, from: after, to: to)
        }
        return false
    }

    /// Parses the body from `offset` as ``parseBody(from:)`` does, in two parts at once when `plan` says so: a
    /// fresh parser reads from the split on another thread, in the state this one would have there if nothing were
    /// open and no heading came before; this one reads up to the split. If this one's state at the split is not
    /// that (it read on past the split, or had headings), or the later part's collection depends on the earlier
    /// part's (``ModelCollector/obstacle(toAppending:)``), the later part is discarded and this parser reads on
    /// from the split, so the result is always the sequential one; else the later collection and diagnostics are
    /// appended to these. Returns which way it went. O(bytes) plus the merge, O(size of the later part).
    mutating func parseBody(from offset: Int, plan: SplitPlan) -> BodyReading {
        var split: Int?
        var sample: LineSample?
        switch plan {
        case .sequential: break
        case .at(let s): split = s
        case .automatic:
            if n - offset >= Self.splitThreshold && ProcessInfo.processInfo.activeProcessorCount >= 2 {
                sample = lineSample(from: offset)
                if let s = sample.flatMap({ nextSplitCandidate(from: $0.middle) }), !mayHoldHeading(from: offset, to: s) {
                    split = s
                }
            }
        }
        guard let split, split > offset, isSplitCandidate(split) else {
            parseBody(from: offset)
            return .sequential
        }
        let lines = (sample ?? lineSample(from: offset)).lines(from: split)
        let later = LaterPart(parser: laterParser(from: split, lines: lines), split: split)
        let thread = Thread { later.read() }
        thread.stackSize = Self.laterPartStackSize
        thread.start()

        let reached = parseLines(from: offset, to: split)
        var reason: SplitFallback?
        if reached != split || !blockStart {
            reason = .overran
        } else {
            finishPCS()  // what the sequential parser does first on the split line (a top-level element)
            if currentSection != nil || !sectionStack.isEmpty { reason = .sections }
        }
        if let reason {
            // Read on without waiting: the other thread's result is not needed.
            parseBody(from: reached)
            later.done.wait()
            return .fellBack(reason)
        }
        later.done.wait()
        if let reason = model.obstacle(toAppending: later.parser.model) {
            parseBody(from: reached)
            return .fellBack(reason)
        }
        model.append(merging: &later.parser.model)
        diagnostics += later.parser.diagnostics
        // Freeing the later part's collection (a million nodes and titles on a large map) is left to another thread.
        DispatchQueue.global(qos: .utility).async { later.discard() }
        return .merged
    }

    /// A parser over the same text with the front matter's settings and nothing read, its collection sized for
    /// about `lines` non-empty lines from the split on: as many nodes and relations (address space only), and
    /// titles for four lines in five, about what a part of relation trees holds (each line names a node, most of
    /// them once: 1.25 million lines name 0.91 million titles in the later part of the 1,000,000-relation tree).
    /// Its title index then does not grow there: growing it (twice, from a guess of a quarter of the lines) moved
    /// every title to a table twice as large, a tenth of that part's read.
    private func laterParser(from split: Int, lines: Int) -> ArgdownParser {
        var parser = ArgdownParser(source: source, stripped: b)
        parser.model.reserveCapacity(lines)
        parser.model.builder.reserveTitleCapacity(min(lines * 4 / 5, (n - split) / 8))
        parser.inline = inline
        parser.groupDepth = groupDepth
        parser.model.builder.mode = model.builder.mode
        parser.model.builder.metadata = model.builder.metadata
        return parser
    }
}

/// The non-empty lines of a body from an offset on, estimated from samples of 64 KB at 64 evenly spaced places
/// (the lines of each sample standing for its stretch's): where their middle lies, and how many lie after a place.
struct LineSample {
    /// The number of stretches, and the bytes sampled at the start of each.
    static let stretches = 64, sampleSize = 1 << 16

    /// The body's start and end offsets.
    let offset: Int, end: Int
    /// The estimated non-empty lines of each stretch.
    let lines: [Double]

    /// The offsets stretch `i` covers.
    private func stretch(_ i: Int) -> Range<Int> {
        let length = end - offset
        return (offset + length * i / Self.stretches)..<(offset + length * (i + 1) / Self.stretches)
    }

    /// The bytes that cost the parser about as much as a line of its own: a line costs most (a title looked up or
    /// added, an occurrence, a relation), its text some (a 90-byte definition about a quarter more than a 16-byte
    /// relation line). On the 1,000,000-relation tree, split by lines alone, the earlier part (its definitions)
    /// took 8-10% longer than the later one; at 256 bytes the later one took 5% longer (perf samples per thread).
    static let bytesPerLine = 384.0

    /// About where half of the parser's work lies behind (lines and bytes weighed as ``bytesPerLine`` says), so
    /// the two parts take about as long. O(stretches).
    var middle: Int {
        let cost = lines.indices.map { lines[$0] + Double(stretch($0).count) / Self.bytesPerLine }
        let half = cost.reduce(0, +) / 2
        var sum = 0.0
        for i in cost.indices {
            if sum + cost[i] >= half, cost[i] > 0 {
                let range = stretch(i)
                return range.lowerBound + Int(Double(range.count) * (half - sum) / cost[i])
            }
            sum += cost[i]
        }
        return offset + (end - offset) / 2
    }

    /// About how many lines lie from `place` on (at least one). O(stretches).
    func lines(from place: Int) -> Int {
        var sum = 0.0
        for i in lines.indices {
            let range = stretch(i)
            if range.lowerBound >= place {
                sum += lines[i]
            } else if range.upperBound > place {
                sum += lines[i] * Double(range.upperBound - place) / Double(range.count)
            }
        }
        return max(1, Int(sum.rounded(.up)))
    }
}
