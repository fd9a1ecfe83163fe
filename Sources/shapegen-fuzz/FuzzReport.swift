import ShapegenFuzz

/// What a fuzz pass found.
struct FuzzReport {
    var seed: UInt64
    var cases: Range<Int>
    var run = 0
    var generated = 0
    var diagnosed = 0
    var crashes = 0
    var hangs = 0
    var wrong = 0
    var duration = Duration.zero
    /// The time spent making mutated models (the rest is `shapegen`'s).
    var mutating = Duration.zero

    /// Crashes, hangs and wrong endings together.
    var failures: Int { crashes + hangs + wrong }

    mutating func record(_ verdict: FuzzVerdict) {
        run += 1
        switch verdict {
        case .generated: generated += 1
        case .diagnosed: diagnosed += 1
        case .crash: crashes += 1
        case .hang: hangs += 1
        case .wrong: wrong += 1
        }
    }

    /// The last line of a pass, e.g. `shapegen-fuzz: 10000 cases, …, 0 crashes, 0 hangs, 0 wrong`.
    var summary: String {
        "shapegen-fuzz: \(run) cases (seed \(seed)): \(generated) generated, \(diagnosed) diagnosed; "
            + "\(crashes) crashes, \(hangs) hangs, \(wrong) wrong; \(Self.seconds(duration)) s (\(Self.seconds(mutating)) s mutating)"
    }

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
