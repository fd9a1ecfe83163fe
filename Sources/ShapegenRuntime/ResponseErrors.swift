import Foundation
import HTTPTypes

/// Turns error responses into the errors the client throws.
enum ResponseErrors {
    static func decode(_ response: ResponseMessage, errors: [any ServiceErrorShape.Type]) -> any Error {
        let fields = jsonFields(of: response)
        if fields.isEmpty, let xml = XMLErrorBody(response.body) {
            let requestID = response.header(.xAmznRequestID) ?? response.header(.xAmzRequestID) ?? xml.requestID
            let code = response.header(.xAmznErrorType).map(normalize) ?? xml.code
            if let code, let type = errors.first(where: { $0.errorCode == code }),
                let error = modelledXMLError(type, response)
            {
                return error
            }
            return ServiceError(status: response.status, code: code, message: xml.message, requestID: requestID)
        }
        let code = code(of: response, fields: fields)
        if let code, let type = errors.first(where: { $0.errorCode == code }),
            let error = try? HTTPMemberDecoder.decoder(for: response).decode(
                type, from: bodyForModelledError(response, fields: fields))
        {
            return error
        }
        let message = messageValue(in: fields)
        let requestID = response.header(.xAmznRequestID) ?? response.header(.xAmzRequestID)
        return ServiceError(status: response.status, code: code, message: message, requestID: requestID)
    }

    /// A modelled error read from the `<Error>` element of an XML error body (query, ec2, rest-xml).
    private static func modelledXMLError(_ type: any ServiceErrorShape.Type, _ response: ResponseMessage) -> (
        any Error
    )? {
        guard let wire = type as? any WireStructure.Type, let root = try? XMLNode.parse(response.body),
            let element = root.first(named: "Error"),
            let json = try? XMLDecoding.json(element, members: wire.wireMembers)
        else { return nil }
        return try? HTTPMemberDecoder.decoder(for: response).decode(type, from: Data(json.utf8))
    }

    /// The normalised error code of an error response, from `X-Amzn-ErrorType`, `__type`, `code` or `Code`.
    static func code(of response: ResponseMessage) -> String? {
        code(of: response, fields: jsonFields(of: response))
    }

    /// A query-compatible service's `x-amzn-query-error: Code;Fault` names the code its query API had.
    private static func code(of response: ResponseMessage, fields: [String: Any]) -> String? {
        if let queryError = response.header(.xAmznQueryError), let code = queryError.split(separator: ";").first,
            !code.isEmpty
        {
            return String(code)
        }
        let rawCode =
            response.header(.xAmznErrorType) ?? fields["__type"] as? String ?? fields["code"] as? String
            ?? fields["Code"] as? String
        return rawCode.map(normalize) ?? (fields.isEmpty ? XMLErrorBody(response.body)?.code : nil)
    }

    private static func jsonFields(of response: ResponseMessage) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
    }

    /// The message under `message`, `Message` or any other capitalisation of it.
    private static func messageValue(in fields: [String: Any]) -> String? {
        if let message = fields["message"] as? String { return message }
        if let message = fields["Message"] as? String { return message }
        return fields.first { $0.key.lowercased() == "message" }?.value as? String
    }

    /// The body a modelled error decodes from: services write the message as `message` or
    /// `Message`, so the body gets both spellings (generated error shapes name the member one way).
    private static func bodyForModelledError(_ response: ResponseMessage, fields: [String: Any]) -> Data {
        guard !response.body.isEmpty else { return Data("{}".utf8) }
        guard let message = messageValue(in: fields), fields["message"] == nil || fields["Message"] == nil else {
            return response.body
        }
        var normalized = fields
        normalized["message"] = normalized["message"] ?? message
        normalized["Message"] = normalized["Message"] ?? message
        return (try? JSONSerialization.data(withJSONObject: normalized)) ?? response.body
    }

    /// `aws.protocoltests#FooError:http://…` → `FooError`.
    static func normalize(_ code: String) -> String {
        var value = Substring(code)
        if let colon = value.firstIndex(of: ":") { value = value[..<colon] }
        if let hash = value.lastIndex(of: "#") { value = value[value.index(after: hash)...] }
        return String(value)
    }
}
