/// Reads the labels of a template: a request URI such as `/v1/tags/{resourceArn}` or `/{Key+}`, or
/// a host prefix such as `{AccountId}.`.
public enum LabelTemplate {
    /// The label names, without braces or a trailing `+`, in order.
    public static func labels(in template: String) -> [String] {
        var labels: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            var label = rest[rest.index(after: open)..<close]
            if label.hasSuffix("+") { label = label.dropLast() }
            labels.append(String(label))
            rest = rest[rest.index(after: close)...]
        }
        return labels
    }
}
