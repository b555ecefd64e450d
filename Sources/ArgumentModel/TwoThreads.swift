import Dispatch
import Foundation

/// Runs the parts of a pass on two threads at once, when the processor has two cores and the pass is large enough
/// to pay for the hand-over (a few tens of microseconds).
package enum TwoThreads {
    /// The number of nodes from which finishing a map's nodes runs on two threads (measured on generated trees: the
    /// plain nodes' pass takes 2.5-3.5 ms on one thread at 50,000 nodes and 1.5-3.5 on two, 8-10 ms against 3-8 at
    /// 100,000 and 77-88 against 35-63 at 1,000,000; below, the gain is lost in the second thread's start-up).
    package static let defaultThreshold = 50_000

    /// The threshold the reader uses: ``defaultThreshold`` unless a test binds another (`0` forces the parallel path
    /// on any map, `Int.max` the sequential one), for the calls made inside `withValue`.
    @TaskLocal package static var threshold = defaultThreshold

    /// Whether a pass over `count` items should use two threads: at least ``threshold`` items, and two cores.
    package static func pays(for count: Int) -> Bool {
        count >= threshold && hasTwoCores
    }

    /// Whether the process may run on two cores or more (what makes a second thread worth starting).
    package static var hasTwoCores: Bool { ProcessInfo.processInfo.activeProcessorCount >= 2 }

    /// Calls `body(i)` for every `i` in `0..<count`, on both cores at once: each thread takes the next `i` not yet
    /// taken (a thread the system delays leaves its share to the other), and this returns when every call has
    /// returned. The calls must touch disjoint memory (or only read shared memory). O(count) calls.
    package static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// Runs `side` on another thread while `body` runs on this one, and returns both results once both have
    /// returned. `side` must touch nothing `body` touches (what it needs is handed over, see ``HandOff``). O(1) plus
    /// the two calls.
    package static func overlap<Main, Side>(_ side: @escaping @Sendable () -> Side, with body: () -> Main) -> (Main, Side) {
        let result = HandOff<Side>(nil)
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) { result.put(side()) }
        let main = body()
        done.wait()  // orders the other thread's writes before what follows
        guard let other = result.take() else { preconditionFailure("the other thread returned no result") }
        return (main, other)
    }
}

/// A value moved to another thread: the sender gives up its references (it keeps only the box), and the taker owns
/// the value alone, so it can change it in place without a copy. `@unchecked`: the box is not locked; its two sides
/// must be ordered by the hand-over (a thread's start, a wait for it), as ``TwoThreads/overlap(_:with:)`` does.
package final class HandOff<Value>: @unchecked Sendable {
    private var value: Value?

    /// A box holding `value` (or nothing yet).
    package init(_ value: consuming Value?) { self.value = value }

    /// Puts `value` in the box.
    package func put(_ value: consuming Value) { self.value = value }

    /// Takes the value out, leaving the box empty.
    package func take() -> Value? {
        var out: Value?
        swap(&out, &value)
        return out
    }
}

/// A mutable buffer handed to the threads of ``TwoThreads/forEach(_:_:)``, each of which writes only its own, disjoint,
/// part of it (what makes the hand-over race-free: it is argued at each use). `@unchecked`: the pointer itself is
/// not `Sendable`; the box only carries it across and is never kept after the pass.
package struct SharedBuffer<Element>: @unchecked Sendable {
    /// The buffer; valid for as long as the call that lent it.
    package let buffer: UnsafeMutableBufferPointer<Element>

    /// Wraps a lent buffer.
    package init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
