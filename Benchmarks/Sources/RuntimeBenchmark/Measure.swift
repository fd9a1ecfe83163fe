import Foundation

/// The median time of one call of `body`, in microseconds, over `rounds` rounds of `iterations` calls.
func medianMicroseconds(rounds: Int, iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<iterations { try body() }
    var samples: [Double] = []
    for _ in 0..<rounds {
        let start = ContinuousClock.now
        for _ in 0..<iterations { try body() }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        samples.append(seconds * 1e6 / Double(iterations))
    }
    return samples.sorted()[samples.count / 2]
}
