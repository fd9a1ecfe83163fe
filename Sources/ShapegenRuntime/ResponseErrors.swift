import Foundation

/// Turns error responses into the errors the client throws.
enum ResponseErrors {
    static func decode(_ response: HTTPResponse, errors: [any ServiceErrorShape.Type]) -> any Error {
        let fields = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        let rawCode = response.header("X-Amzn-ErrorType") ?? fields["__type"] as? String ?? fields["code"] as? String
            ?? fields["Code"] as? String
        let code = rawCode.map(normalize)
        if let code, let type = errors.first(where: { $0.errorCode == code }),
            let error = try? JSONCoding.decoder.decode(type, from: response.body.isEmpty ? Data("{}".utf8) : response.body)
        {
            return error
        }
        let message = fields["message"] as? String ?? fields["Message"] as? String
        let requestID = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        return ServiceError(status: response.status, code: code, message: message, requestID: requestID)
    }

    /// `aws.protocoltests#FooError:http://…` → `FooError`.
    static func normalize(_ code: String) -> String {
        var value = Substring(code)
        if let colon = value.firstIndex(of: ":") { value = value[..<colon] }
        if let hash = value.lastIndex(of: "#") { value = value[value.index(after: hash)...] }
        return String(value)
    }
}
