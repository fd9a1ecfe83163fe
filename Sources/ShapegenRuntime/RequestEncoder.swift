import Foundation
import HTTPTypes

/// Turns an operation's input into an HTTP request in the service's wire protocol.
struct RequestEncoder {
    let service: ServiceDescription
    let endpoint: URL

    func encode<Input: Encodable>(_ input: Input, for operation: OperationDescription) throws -> RequestMessage {
        let bindings = RequestBindings()
        let body: Data
        do {
            body =
                try service.wireProtocol == .restJSON || service.wireProtocol == .restXML
                ? bindings.encode(input) : JSONCoding.encoder.encode(input)
        } catch {
            throw ClientError.invalidRequest(operation: operation.name, reason: JSONCoding.describe(error))
        }
        switch service.wireProtocol {
        case .restJSON:
            // Members bound to the URI, query, headers and payload fill the request; the rest are the body.
            return try bindings.request(for: operation, endpoint: endpoint, json: body)
        case .json:
            let target = (service.targetPrefix ?? service.name) + "." + operation.name
            var headers: HTTPFields = [
                .contentType: "application/x-amz-json-\(service.jsonVersion ?? "1.0")", .xAmzTarget: target,
            ]
            if service.isQueryCompatible { headers[.xAmznQueryMode] = "true" }
            let head = try HTTPRequest(
                method: .post, endpoint: endpoint, path: "/", headerFields: headers, operation: operation.name)
            return RequestMessage(head: head, body: body)
        case .query, .ec2:
            return try queryRequest(
                input, for: operation, flavor: service.wireProtocol == .ec2 ? .ec2 : .query, json: body)
        case .restXML:
            // Members bound to HTTP fill the request as for rest-json; the rest are an XML body.
            guard let type = Input.self as? any WireStructure.Type else {
                throw ClientError.invalidRequest(
                    operation: operation.name, reason: "\(Input.self) has no wire description")
            }
            let root = operation.xmlRoot ?? XMLRoot(String(describing: Input.self))
            return try bindings.request(for: operation, endpoint: endpoint, json: body) { json in
                let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
                return (XMLEncoding.document(object, members: type.wireMembers, root: root), nil)
            }
        case .rpcV2CBOR:
            return try cborRequest(input, for: operation, json: body)
        }
    }

    /// A smithy-rpc-v2-cbor request: `POST /service/<Service>/operation/<Operation>` with the input
    /// as a CBOR map; an operation without input sends no body.
    private func cborRequest<Input: Encodable>(_ input: Input, for operation: OperationDescription, json: Data) throws
        -> RequestMessage
    {
        var headers: HTTPFields = [.smithyProtocol: "rpc-v2-cbor", .accept: "application/cbor"]
        if service.isQueryCompatible { headers[.xAmznQueryMode] = "true" }
        let path = "/service/" + (service.targetPrefix ?? service.name) + "/operation/" + operation.name
        guard Input.self != EmptyShape.self else {
            let head = try HTTPRequest(
                method: .post, endpoint: endpoint, path: path, headerFields: headers, operation: operation.name)
            return RequestMessage(head: head)
        }
        guard let type = Input.self as? any WireStructure.Type else {
            throw ClientError.invalidRequest(operation: operation.name, reason: "\(Input.self) has no wire description")
        }
        let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
        let body: CBORValue
        do {
            body = try CBORCoding.encode(object, members: type.wireMembers)
        } catch {
            throw ClientError.invalidRequest(operation: operation.name, reason: error.description)
        }
        headers[.contentType] = "application/cbor"
        let head = try HTTPRequest(
            method: .post, endpoint: endpoint, path: path, headerFields: headers, operation: operation.name)
        return RequestMessage(head: head, body: body.encoded)
    }

    /// A query or ec2 request: `POST /` with the input as form parameters.
    private func queryRequest<Input: Encodable>(
        _ input: Input, for operation: OperationDescription, flavor: QuerySerializer.Flavor, json: Data
    ) throws -> RequestMessage {
        guard let type = Input.self as? any WireStructure.Type else {
            throw ClientError.invalidRequest(operation: operation.name, reason: "\(Input.self) has no wire description")
        }
        let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
        let body = QuerySerializer.body(
            action: operation.name, version: service.apiVersion, input: object, members: type.wireMembers,
            flavor: flavor)
        let head = try HTTPRequest(
            method: .post, endpoint: endpoint, path: "/",
            headerFields: [.contentType: "application/x-www-form-urlencoded; charset=utf-8"], operation: operation.name)
        return RequestMessage(head: head, body: Data(body.utf8))
    }
}
