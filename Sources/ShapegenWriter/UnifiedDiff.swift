/// A line diff in the unified format, from a longest-common-subsequence alignment.
enum UnifiedDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    static let context = 3
    /// The largest alignment table built, in cells (about 32 MB).
    static let maxAlignmentCells = 4_000_000

    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// The edit script turning `old` into `new`; common prefix and suffix are trimmed before the
    /// quadratic alignment so that typical small changes to large files stay cheap.
    static func edits(old: [String], new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        guard a.count * b.count <= maxAlignmentCells else {
            // Too large to align: show the changed region as removed, then added.
            return old[..<prefix].map(Edit.same) + a.map(Edit.removed) + b.map(Edit.added)
                + old[(old.count - suffix)...].map(Edit.same)
        }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var middle: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                middle.append(.same(a[i]))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] > table[i + 1][j] {
                middle.append(.added(b[j]))
                j += 1
            } else {
                middle.append(.removed(a[i]))
                i += 1
            }
        }
        return old[..<prefix].map(Edit.same) + middle + old[(old.count - suffix)...].map(Edit.same)
    }

    /// `@@ -a,b +c,d @@` hunks with surrounding context.
    static func hunks(old: [String], new: [String]) -> [String] {
        let script = edits(old: old, new: new)
        let changed = script.indices.filter { script[$0] != .same(lineText(script[$0])) }
        guard !changed.isEmpty else { return [] }
        // Group changes whose context windows touch.
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let window = max(0, index - context)...min(script.count - 1, index + context)
            if let last = ranges.last, window.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
            } else {
                ranges.append(window)
            }
        }
        var output: [String] = []
        for range in ranges {
            let before = script[..<range.lowerBound]
            let oldStart = before.filter { if case .added = $0 { false } else { true } }.count
            let newStart = before.filter { if case .removed = $0 { false } else { true } }.count
            let body = script[range]
            let oldCount = body.filter { if case .added = $0 { false } else { true } }.count
            let newCount = body.filter { if case .removed = $0 { false } else { true } }.count
            output.append(
                "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@"
            )
            for edit in body {
                switch edit {
                case .same(let line): output.append(" " + line)
                case .removed(let line): output.append("-" + line)
                case .added(let line): output.append("+" + line)
                }
            }
        }
        return output
    }

    private static func lineText(_ edit: Edit) -> String {
        switch edit {
        case .same(let line), .removed(let line), .added(let line): line
        }
    }
}
