import Foundation

/// Turns an operation's input into an HTTP request in the service's wire protocol.
struct RequestEncoder {
    let service: ServiceDescription
    let endpoint: URL

    func encode<Input: Encodable>(_ input: Input, for operation: OperationDescription) throws -> HTTPRequest {
        let bindings = RequestBindings()
        let body: Data
        do {
            body = try service.wireProtocol == .restJSON ? bindings.encode(input) : JSONCoding.encoder.encode(input)
        } catch {
            throw ClientError.invalidRequest(operation: operation.name, reason: JSONCoding.describe(error))
        }
        switch service.wireProtocol {
        case .restJSON:
            // Members bound to the URI, query, headers and payload fill the request; the rest are the body.
            return try bindings.request(for: operation, endpoint: endpoint, json: body)
        case .json:
            let target = (service.targetPrefix ?? service.name) + "." + operation.name
            return HTTPRequest(
                method: "POST", endpoint: endpoint, path: "/",
                headers: [
                    HTTPField("Content-Type", "application/x-amz-json-\(service.jsonVersion ?? "1.0")"),
                    HTTPField("X-Amz-Target", target),
                ],
                body: body)
        case .query, .restXML, .ec2, .rpcV2CBOR:
            throw ClientError.protocolNotSupported(service.wireProtocol.rawValue)
        }
    }
}
