/// Writes a report as plain text that reads like the AWS changelog: a summary line per service,
/// then each operation with sketches of its request and response changes, then shape changes and
/// documentation changes.
struct TextFormatter {
    func format(_ report: DiffReport) -> String {
        var blocks: [String] = report.services.map(service)
        blocks += report.addedModels.map {
            "\($0.path) - new model: \($0.service) (\($0.operations) api methods) - compatible"
        }
        blocks += report.removedModels.map {
            "\($0.path) - removed model: \($0.service) (\($0.operations) api methods) - breaking"
        }
        if blocks.isEmpty { blocks = ["No models to compare."] }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func service(_ diff: ServiceDiff) -> String {
        guard let severity = diff.severity else { return "\(diff.service) - no changes" }
        let summary = "\(diff.service) - \(diff.summary) - \(severity.rawValue)"
        var sections = [([summary] + diff.serviceChanges.map(line)).joined(separator: "\n")]
        sections += diff.operations.map(operation)
        let shapes = diff.shapeChanges
        if !shapes.isEmpty {
            sections.append((["Shape changes (\(shapes.count))"] + shapes.map(line)).joined(separator: "\n"))
        }
        let documentation = DocumentationGroups(diff.documentation, service: diff.service)
        if !documentation.groups.isEmpty {
            let lines = documentation.groups.map { "  \($0.scope) \($0.name): \($0.parts.joined(separator: "; "))" }
            sections.append((["Documentation changes (\(documentation.counts))"] + lines).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    private func operation(_ change: OperationChange) -> String {
        let status = change.status == .added ? "new" : change.status.rawValue
        var lines = ["\(change.name) (\(status)) - \(change.severity.rawValue)"]
        if change.status == .updated { lines.append("Changes (\(change.aspects.joined(separator: ", ")))") }
        lines += sketch("Request", change.request) + sketch("Response", change.response)
        lines += change.events.map(line)
        return lines.joined(separator: "\n")
    }

    private func sketch(_ title: String, _ side: SideSketch?) -> [String] {
        guard let side else { return [] }
        return [(title, side.added), ("\(title) (removed)", side.removed), ("\(title) (changed)", side.changed)]
            .flatMap { heading, text in text.map { [heading, $0] } ?? [] }
    }

    /// `  compatible  JobSummary.jobDefinition: member added: String`.
    private func line(_ event: DiffEvent) -> String {
        let severity = event.severity.rawValue.padding(toLength: 10)
        return "  \(severity)  \(event.subject): \(event.message)\(Self.values(event))"
    }

    /// `: new`, `: old -> new` or nothing.
    static func values(_ event: DiffEvent) -> String {
        switch (event.old, event.new) {
        case (nil, nil): ""
        case (let old?, nil): ": \(old)"
        case (nil, let new?): ": \(new)"
        case (let old?, let new?): ": \(old) -> \(new)"
        }
    }
}

extension String {
    /// The string padded with spaces to at least `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
