/// Median microseconds per call of `generated` and of `handWritten`, over `rounds` rounds of
/// `iterations` calls each; the two alternate round by round, so that a change in the machine's
/// load falls on both.
func compare(rounds: Int, iterations: Int, _ generated: () throws -> Void, _ handWritten: () throws -> Void) rethrows
    -> [String: Double]
{
    var samples: ([Double], [Double]) = ([], [])
    for round in -1..<rounds {
        let first = try time(iterations, generated)
        let second = try time(iterations, handWritten)
        if round >= 0 {
            samples.0.append(first)
            samples.1.append(second)
        }
    }
    return ["generated": samples.0.sorted()[rounds / 2], "handWritten": samples.1.sorted()[rounds / 2]]
}

private func time(_ iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    for _ in 0..<iterations { try body() }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return seconds * 1e6 / Double(iterations)
}
