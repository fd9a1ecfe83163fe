import ShapegenSwiftCode
import Testing

@Suite("Swift naming")
struct SwiftNamingTests {
    @Test(arguments: [
        ("SUBMITTED", "submitted"),
        ("jobQueue", "jobQueue"),
        ("JobName", "jobName"),
        ("DBInstanceIdentifier", "dbInstanceIdentifier"),
        ("t2.micro", "t2Micro"),
        ("us-east-1", "usEast1"),
        ("BEFORE_CREATED_AT", "beforeCreatedAt"),
        ("ARN", "arn"),
        ("1stPlace", "_1stPlace"),
        ("*", "u2A"),
        ("", "empty"),
        ("Größe", "größe"),
        ("IPv6Address", "iPv6Address"),
        ("DBInstanceARN2", "dbInstanceArn2"),
        ("HTTPSProxy_v2--Endpoint", "httpsProxyV2Endpoint"),
        ("9lives", "_9lives"),
        ("--a", "a"),
        ("über-Name", "überName"),
    ])
    func lowerCamel(_ input: String, _ expected: String) {
        #expect(SwiftNaming.lowerCamel(input) == expected)
    }

    @Test(arguments: [
        ("list-jobs", "ListJobs"),
        ("Batch", "Batch"),
        ("Type", "Type_"),
        ("Protocol", "Protocol_"),
        ("api gateway", "ApiGateway"),
        ("DBInstanceARN2", "DbInstanceArn2"),
        ("2fa-CODE", "_2faCode"),
        ("self", "Self_"),
        ("*", "u2A"),
        ("Größe-x", "GrößeX"),
    ])
    func upperCamel(_ input: String, _ expected: String) {
        #expect(SwiftNaming.upperCamel(input) == expected)
    }

    @Test func typeNameKeepsValidSpelling() {
        #expect(SwiftNaming.typeName("KeyValuesPair") == "KeyValuesPair")
        #expect(SwiftNaming.typeName("DBCluster") == "DBCluster")
        #expect(SwiftNaming.typeName("Self") == "Self_")
        #expect(SwiftNaming.typeName("lowercase") == "Lowercase")
    }

    @Test func keywordsAreEscaped() {
        for keyword in ["default", "self", "init", "func", "protocol", "in", "Any"] {
            #expect(SwiftNaming.escaped(keyword) == "`\(keyword)`")
        }
        #expect(SwiftNaming.escaped("type") == "type")
        #expect(SwiftNaming.escaped("jobQueue") == "jobQueue")
    }

    @Test func identifiers() {
        #expect(SwiftNaming.isIdentifier("abc_1"))
        #expect(!SwiftNaming.isIdentifier("1abc"))
        #expect(!SwiftNaming.isIdentifier("a-b"))
        #expect(!SwiftNaming.isIdentifier(""))
    }
}
