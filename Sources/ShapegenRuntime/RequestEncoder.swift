import Foundation

/// Turns an operation's input into an HTTP request in the service's wire protocol.
struct RequestEncoder {
    let service: ServiceDescription
    let endpoint: URL

    func encode<Input: Encodable>(_ input: Input, for operation: OperationDescription) throws -> HTTPRequest {
        let body: Data
        do {
            body = try JSONCoding.encoder.encode(input)
        } catch {
            throw ClientError.invalidRequest(operation: operation.name, reason: JSONCoding.describe(error))
        }
        switch service.wireProtocol {
        case .restJSON:
            return HTTPRequest(
                method: operation.method, endpoint: endpoint, path: operation.uri,
                headers: [HTTPField("Content-Type", "application/json")], body: body)
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
