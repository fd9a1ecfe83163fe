import Foundation

/// The standard AWS endpoint of a service in a region.
enum RegionEndpoint {
    /// Whether `region` can be a region name: one or more lower-case ASCII letters, digits and hyphens.
    static func isValid(_ region: String) -> Bool {
        !region.isEmpty
            && region.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-")
            }
    }

    /// Checks `region`, returning it when it is valid.
    static func validated(_ region: String) throws(ClientError) -> String {
        guard isValid(region) else { throw ClientError.invalidRegion(region) }
        return region
    }

    /// `https://<prefix>.<region>.amazonaws.com`, or `….amazonaws.com.cn` for the China regions (`cn-…`).
    static func url(prefix: String, region: String) throws(ClientError) -> URL {
        let region = try validated(region)
        let domain = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        guard let url = URL(string: "https://\(prefix).\(region).\(domain)") else {
            throw ClientError.invalidRegion(region)
        }
        return url
    }
}
