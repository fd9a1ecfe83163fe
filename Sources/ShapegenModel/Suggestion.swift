/// Finds the closest known word to a misspelled one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    ///
    /// Words longer than ``maxWordLength`` get no suggestion: the edit distance costs the product
    /// of the lengths, and no typo of a real name is that long.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let length = word.count
        guard length <= maxWordLength else { return nil }
        // About one edit per three characters, and never so many that nothing of the word is left
        // (a one-letter name suggests nothing but a change of case).
        let limit = min(max(1, length / 3), length - 1)
        let lowercased = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - length) <= limit {
            let distance = editDistance(lowercased, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The longest word a suggestion is looked for.
    public static let maxWordLength = 256

    /// The edit distance between two strings, in characters, counting a swap of two neighbours as
    /// one edit (optimal string alignment), so that `mxa` is closer to `max` than to `min`.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// `" (did you mean 'x'?)"` or an empty string.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
