import Dispatch

extension Array {
    /// `transform` of each element, in order, computed on all the machine's cores.
    ///
    /// `transform` runs on several threads at once: it may read values it shares with the caller
    /// but must not change them.
    public func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let input = Unchecked(value: (elements: self, transform: transform))
            return [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                guard let base = buffer.baseAddress else { return }
                let output = Unchecked(value: base)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (output.value + index).initialize(to: input.value.transform(input.value.elements[index]))
                }
                initializedCount = count
            }
        }
    }
}

/// Hands values to the threads of ``Swift/Array/concurrentMap(_:)``: each thread only reads the
/// input and writes its own elements of the output.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}
