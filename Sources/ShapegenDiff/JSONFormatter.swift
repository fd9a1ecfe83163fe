import Foundation

/// Writes a report as JSON for tools: keys sorted, absent values left out, the same bytes every run.
struct JSONFormatter {
    func format(_ report: DiffReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        guard let data = try? encoder.encode(ReportJSON(report)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON form of a report.
private struct ReportJSON: Encodable {
    var severity: DiffSeverity?
    var services: [ServiceJSON]
    var addedModels: [DiffReport.ModelFile]
    var removedModels: [DiffReport.ModelFile]

    init(_ report: DiffReport) {
        severity = report.severity
        services = report.services.map(ServiceJSON.init)
        addedModels = report.addedModels
        removedModels = report.removedModels
    }
}

private struct ServiceJSON: Encodable {
    var service: String
    var old: String
    var new: String
    var severity: DiffSeverity?
    var summary: String
    var operations: [OperationJSON]
    /// Every change that is more than documentation.
    var changes: [EventJSON]
    var documentation: [EventJSON]

    init(_ diff: ServiceDiff) {
        service = diff.service
        old = diff.oldPath
        new = diff.newPath
        severity = diff.severity
        summary = diff.summary
        operations = diff.operations.map(OperationJSON.init)
        changes = diff.changes.map(EventJSON.init)
        documentation = diff.documentation.map(EventJSON.init)
    }
}

private struct OperationJSON: Encodable {
    var name: String
    var status: OperationChange.Status
    var severity: DiffSeverity
    var changes: [String]
    var request: SideSketch?
    var response: SideSketch?
    var events: [EventJSON]

    init(_ change: OperationChange) {
        name = change.name
        status = change.status
        severity = change.severity
        changes = change.aspects
        request = change.request
        response = change.response
        events = change.events.map(EventJSON.init)
    }
}

private struct EventJSON: Encodable {
    var kind: DiffEventKind
    var severity: DiffSeverity
    var subject: String
    var operation: String?
    var shape: String?
    var member: String?
    var message: String
    var old: String?
    var new: String?
    var location: String?

    init(_ event: DiffEvent) {
        kind = event.kind
        severity = event.severity
        subject = event.subject
        operation = event.operation
        shape = event.shape
        member = event.member
        message = event.message
        old = event.old
        new = event.new
        location = event.location?.description
    }
}
