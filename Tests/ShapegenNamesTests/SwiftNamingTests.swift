import ShapegenNames
import Testing

@Suite("Swift naming")
struct SwiftNamingTests {
    /// Names from botocore's models: acronyms stay upper-cased inside a name and are lower-cased
    /// only at its start, as the Swift API Design Guidelines ask (`httpBody`, `URLSession`).
    @Test(arguments: [
        ("SUBMITTED", "submitted"),
        ("jobQueue", "jobQueue"),
        ("JobName", "jobName"),
        ("DBInstanceIdentifier", "dbInstanceIdentifier"),
        ("ChecksumCRC32", "checksumCRC32"),
        ("ChecksumCRC64NVME", "checksumCRC64NVME"),
        ("SSECustomerKeyMD5", "sseCustomerKeyMD5"),
        ("ContentMD5", "contentMD5"),
        ("KMSKeyId", "kmsKeyId"),
        ("SSEKMSKeyId", "ssekmsKeyId"),
        ("RoleARN", "roleARN"),
        ("MaxTTL", "maxTTL"),
        ("VpcId", "vpcId"),
        ("Ec2InstanceId", "ec2InstanceId"),
        ("Md5Hash", "md5Hash"),
        ("CreateSAMLProvider", "createSAMLProvider"),
        ("EnableMFADevice", "enableMFADevice"),
        ("GetBucketAcl", "getBucketAcl"),
        ("URL", "url"),
        ("ARN", "arn"),
        ("t2.micro", "t2Micro"),
        ("ml.m5.xlarge", "mlM5Xlarge"),
        ("us-east-1", "usEast1"),
        ("BEFORE_CREATED_AT", "beforeCreatedAt"),
        ("STANDARD_IA", "standardIa"),
        ("aws:kms", "awsKms"),
        ("1stPlace", "_1stPlace"),
        ("*", "u2A"),
        ("", "empty"),
        ("Größe", "größe"),
        ("ÜberID", "überID"),
        ("IPv6Address", "iPv6Address"),
        ("DBInstanceARN2", "dbInstanceARN2"),
        ("HTTPSProxy_v2--Endpoint", "httpsProxyV2Endpoint"),
        ("9lives", "_9lives"),
        ("--a", "a"),
        ("über-Name", "überName"),
    ])
    func lowerCamel(_ input: String, _ expected: String) {
        #expect(SwiftNaming.lowerCamel(input) == expected)
    }

    /// Service names (botocore's `serviceId`) and names that are not identifiers.
    @Test(arguments: [
        ("EC2", "EC2"),
        ("IAM", "IAM"),
        ("ACM PCA", "ACMPCA"),
        ("S3 Control", "S3Control"),
        ("CloudWatch Logs", "CloudWatchLogs"),
        ("Elastic Load Balancing v2", "ElasticLoadBalancingV2"),
        ("codestar notifications", "CodestarNotifications"),
        ("API Gateway", "APIGateway"),
        ("list-jobs", "ListJobs"),
        ("Batch", "Batch"),
        ("Type", "Type_"),
        ("Protocol", "Protocol_"),
        ("api gateway", "ApiGateway"),
        ("DBInstanceARN2", "DBInstanceARN2"),
        ("2fa-CODE", "_2faCODE"),
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
