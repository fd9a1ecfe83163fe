import ShapegenModel
import ShapegenNames

/// Checks of operations: shapes they use, HTTP binding, pagination and method name collisions.
extension CheckContext {
    static let httpMethods: Set<String> = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]

    mutating func checkOperations() {
        var methods: [String: Operation] = [:]
        for operation in model.operations {
            let what = "operation '\(operation.name)'"
            let method = SwiftNames.method(of: operation)
            if let other = methods[method] {
                error(
                    "\(what) and operation '\(other.name)' both become the Swift method '\(method)'",
                    at: operation.location)
            } else {
                methods[method] = operation
            }
            if !Self.httpMethods.contains(operation.httpMethod) {
                error(
                    "\(what) has unknown HTTP method '\(operation.httpMethod)'",
                    at: operation.methodLocation ?? operation.location)
            }
            if !operation.requestURI.hasPrefix("/") {
                error(
                    "the request URI of \(what) must start with '/', found '\(operation.requestURI)'",
                    at: operation.uriLocation ?? operation.location)
            }
            let input = operation.input.flatMap { structure($0, what: "the input of \(what)") }
            let output = operation.output.flatMap { structure($0, what: "the output of \(what)") }
            for reference in operation.errors {
                if let shape = resolve(reference, what: "an error of \(what)"), shape.error == nil {
                    error(
                        "'\(shape.name)' is listed as an error of \(what) but has no 'error' key",
                        at: reference.location)
                }
            }
            checkURILabels(of: operation, input: input)
            checkHostLabels(of: operation, input: input)
            // A dangling input or output has been reported already; pagination cannot be judged without it.
            let structuresResolved =
                (operation.input == nil || input != nil) && (operation.output == nil || output != nil)
            if let pagination = operation.pagination, structuresResolved {
                checkPagination(pagination, of: operation, input: input, output: output)
            }
        }
    }

    private func hint(_ reference: Reference, in body: Structure) -> String {
        Self.suggestion(for: reference.name, in: body.members.map(\.name))
    }

    /// The structure a reference names, reporting anything else.
    private mutating func structure(_ reference: Reference, what: String) -> Structure? {
        guard let shape = resolve(reference, what: what) else { return nil }
        guard case .structure(let body) = shape.kind else {
            error("\(what) must be a structure; '\(shape.name)' is \(shape.kind.described)", at: reference.location)
            return nil
        }
        return body
    }

    /// Every `{label}` in the URI is bound to a required `uri` member of the input, and back.
    private mutating func checkURILabels(of operation: Operation, input: Structure?) {
        let labels = LabelTemplate.labels(in: operation.requestURI)
        let uriMembers = input?.members.filter { $0.httpLocation == .uri } ?? []
        for label in labels where !uriMembers.contains(where: { $0.wireName == label }) {
            error(
                "URI label '{\(label)}' of operation '\(operation.name)' has no input member with location 'uri' and that name",
                at: operation.uriLocation ?? operation.location)
        }
        for member in uriMembers {
            if !labels.contains(member.wireName) {
                error(
                    "member '\(member.name)' has location 'uri' but the URI of '\(operation.name)' has no '{\(member.wireName)}'",
                    at: member.location)
            } else if !member.isRequired {
                error("URI member '\(member.name)' of '\(operation.name)' must be required", at: member.location)
            }
        }
    }

    /// Every `{label}` of the host prefix names a required host-label string member of the input.
    private mutating func checkHostLabels(of operation: Operation, input: Structure?) {
        guard let prefix = operation.hostPrefix else { return }
        for label in LabelTemplate.labels(in: prefix) {
            guard let member = input?.members.first(where: { $0.name == label && $0.isHostLabel }) else {
                error(
                    "host prefix label '{\(label)}' of operation '\(operation.name)' has no input member with the 'hostLabel' trait and that name",
                    at: operation.location)
                continue
            }
            if !member.isRequired {
                error("host label member '\(member.name)' of '\(operation.name)' must be required", at: member.location)
            }
            if let shape = shapes[member.target.name], shape.kind != .string {
                error(
                    "host label member '\(member.name)' of '\(operation.name)' must be a string; '\(shape.name)' is \(shape.kind.described)",
                    at: member.location)
            }
        }
    }

    private mutating func checkPagination(
        _ pagination: Pagination, of operation: Operation, input: Structure?, output: Structure?
    ) {
        let what = "pagination of '\(operation.name)'"
        guard let input, let output else {
            error("\(what) needs both an input and an output structure", at: pagination.location)
            return
        }
        for (reference, body, side) in [
            (pagination.inputToken, input, "input"), (pagination.outputToken, output, "output"),
        ] {
            guard let member = body.member(named: reference.name) else {
                error(
                    "\(what): '\(reference.name)' is not a member of the \(side)\(hint(reference, in: body))",
                    at: reference.location)
                continue
            }
            if let target = shapes[member.target.name], target.kind != .string {
                error("\(what): token '\(reference.name)' must be a string member", at: reference.location)
            }
        }
        if let limit = pagination.limitKey {
            if let member = input.member(named: limit.name) {
                if let target = shapes[member.target.name], !target.kind.isWholeNumber {
                    error("\(what): 'limitKey' '\(limit.name)' must be an integer member", at: limit.location)
                }
            } else {
                error(
                    "\(what): '\(limit.name)' is not a member of the input\(hint(limit, in: input))", at: limit.location
                )
            }
        }
        if let items = pagination.items {
            if let member = output.member(named: items.name) {
                switch shapes[member.target.name]?.kind {
                case .list?, .map?, nil: break
                default: error("\(what): 'items' '\(items.name)' must be a list or map member", at: items.location)
                }
            } else {
                error(
                    "\(what): '\(items.name)' is not a member of the output\(hint(items, in: output))",
                    at: items.location)
            }
        }
    }
}
