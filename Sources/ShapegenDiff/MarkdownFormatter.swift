/// Writes a report as Markdown for pull-request comments: a heading per service, a section per
/// operation with its sketches in code blocks, a table of shape changes and the documentation
/// changes folded away.
struct MarkdownFormatter {
    func format(_ report: DiffReport) -> String {
        var blocks: [String] = report.services.map(service)
        blocks += report.addedModels.map { "## New model \(model($0)) — compatible" }
        blocks += report.removedModels.map { "## Removed model \(model($0)) — breaking" }
        if blocks.isEmpty { blocks = ["No models to compare."] }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `` `Models/b.yaml`: B (2 api methods) ``.
    private func model(_ file: DiffReport.ModelFile) -> String {
        "\(Self.code(file.path)): \(file.service) (\(file.operations) api methods)"
    }

    private func service(_ diff: ServiceDiff) -> String {
        guard let severity = diff.severity else { return "## \(diff.service): no changes" }
        var sections = ["## \(diff.service): \(diff.summary) — **\(severity.rawValue)**"]
        if !diff.serviceChanges.isEmpty { sections.append(table(diff.serviceChanges)) }
        sections += diff.operations.map(operation)
        let shapes = diff.shapeChanges
        if !shapes.isEmpty { sections.append("### Shape changes\n\n" + table(shapes)) }
        let documentation = DocumentationGroups(diff.documentation, service: diff.service)
        if !documentation.groups.isEmpty {
            let items = documentation.groups.map {
                "- \($0.scope) \(Self.code($0.name)): \(Self.escaped($0.parts.joined(separator: "; ")))"
            }
            sections.append(
                (["<details>", "<summary>Documentation changes (\(documentation.counts))</summary>", ""] + items + [
                    "", "</details>",
                ])
                .joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    private func operation(_ change: OperationChange) -> String {
        let status = change.status == .added ? "new" : change.status.rawValue
        var parts = ["### \(Self.code(change.name)) (\(status)) — \(change.severity.rawValue)"]
        if change.status == .updated { parts.append("Changes (\(change.aspects.joined(separator: ", ")))") }
        parts += sketch("Request", change.request) + sketch("Response", change.response)
        if !change.events.isEmpty { parts.append(table(change.events)) }
        return parts.joined(separator: "\n\n")
    }

    private func sketch(_ title: String, _ side: SideSketch?) -> [String] {
        guard let side else { return [] }
        return [(title, side.added), ("\(title) (removed)", side.removed), ("\(title) (changed)", side.changed)]
            .compactMap { heading, text in text.map { "\(heading)\n\n```python\n\($0)\n```" } }
    }

    private func table(_ events: [DiffEvent]) -> String {
        let rows = events.map { event in
            "| \(event.severity.rawValue) | \(Self.code(event.subject)) | \(Self.escaped(event.message))\(values(event)) |"
        }
        return (["| severity | where | change |", "| --- | --- | --- |"] + rows).joined(separator: "\n")
    }

    /// `: `new``, `: `old` → `new`` or nothing.
    private func values(_ event: DiffEvent) -> String {
        switch (event.old, event.new) {
        case (nil, nil): ""
        case (let old?, nil): ": " + Self.code(old)
        case (nil, let new?): ": " + Self.code(new)
        case (let old?, let new?): ": " + Self.code(old) + " → " + Self.code(new)
        }
    }

    /// Inline code that survives backticks and table pipes in `text`.
    static func code(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded.replacingPipes() + fence
    }

    /// Text with the characters Markdown (and table cells) would interpret escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    /// The text with `|` escaped, which a table cell needs even inside code.
    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
