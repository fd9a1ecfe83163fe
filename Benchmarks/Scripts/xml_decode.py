"""Group 6: XML answers decoded by generated clients against botocore's parser on the same bytes.

S3's ListObjectsV2 of 1,000 keys (rest-xml) and IAM's ListUsers of 1,000 users (query). The
clients are generated from the installed botocore's models (only those operations) into a package
in .build-bench/xml-decode/, with Benchmarks/XMLDecode/main.swift as its executable, built in
release. Each round runs that executable (a median over its repetitions) and then times botocore's
`RestXMLParser`/`QueryParser` the same way in this process; the rounds alternate, so a change in the
machine's load falls on both, and the medians of the rounds are reported.

The Swift figure is the client's whole call but the network (request encoded, answer decoded);
botocore's is its parser alone.
"""
import datetime
import json
import os
import shutil
import time

from common import BENCHMARKS, ROOT, WORK, log, median, shapegen_binary, timed

PACKAGE = os.path.join(WORK, "xml-decode")
OPERATIONS = {"s3": ("S3", "ListObjectsV2", "rest-xml"), "iam": ("IAM", "ListUsers", "query")}
ITEMS = 1000


def list_objects_body():
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    contents = "".join(
        f"<Contents><Key>photos/2026/{index % 12 + 1:02d}/image-{index:05d}.jpg</Key>"
        f"<LastModified>{(start + datetime.timedelta(minutes=index)).strftime('%Y-%m-%dT%H:%M:%S.000Z')}</LastModified>"
        f"<ETag>&quot;{index:032x}&quot;</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm>"
        f"<ChecksumType>FULL_OBJECT</ChecksumType><Size>{100_000 + index * 37}</Size>"
        f"<StorageClass>STANDARD</StorageClass></Contents>"
        for index in range(ITEMS))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bucket</Name><Prefix></Prefix>'
            f'<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>'
            f'<KeyCount>{ITEMS}</KeyCount><MaxKeys>{ITEMS}</MaxKeys><IsTruncated>true</IsTruncated>'
            f'{contents}</ListBucketResult>').encode()


def list_users_body():
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
    members = "".join(
        f"<member><Path>/division_{index % 7}/</Path><UserName>user-{index:05d}</UserName>"
        f"<UserId>AIDA{index:017d}</UserId>"
        f"<Arn>arn:aws:iam::123456789012:user/division_{index % 7}/user-{index:05d}</Arn>"
        f"<CreateDate>{(start + datetime.timedelta(hours=index)).strftime('%Y-%m-%dT%H:%M:%SZ')}</CreateDate>"
        f"<PasswordLastUsed>{(start + datetime.timedelta(days=400, minutes=index)).strftime('%Y-%m-%dT%H:%M:%SZ')}</PasswordLastUsed>"
        f"</member>"
        for index in range(ITEMS))
    return ('<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult>'
            f'<IsTruncated>true</IsTruncated><Marker>marker-{ITEMS}</Marker><Users>{members}</Users></ListUsersResult>'
            '<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>'
            '</ListUsersResponse>').encode()


def write_package(binary):
    """The generated clients, the benchmark's main.swift and a manifest, written afresh."""
    import botocore
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    sources = os.path.join(PACKAGE, "Sources")
    shutil.rmtree(sources, ignore_errors=True)
    models = os.path.join(PACKAGE, "Models")
    os.makedirs(models, exist_ok=True)
    for service, (module, operation, _) in OPERATIONS.items():
        version = sorted(os.listdir(os.path.join(data, service)))[-1]
        model = os.path.join(models, f"{service}.yaml")
        timed([binary, "import", os.path.join(data, service, version, "service-2.json.gz"), "--output", model])
        timed([binary, "generate", model, "--output", sources, "--service-name", module, "--operation", operation])
    os.makedirs(os.path.join(sources, "XMLDecodeBenchmark"))
    shutil.copy(os.path.join(BENCHMARKS, "XMLDecode", "main.swift"), os.path.join(sources, "XMLDecodeBenchmark"))
    runtime = '.product(name: "ShapegenRuntime", package: "swift-shapegen")'
    http_types = '.product(name: "HTTPTypes", package: "swift-http-types")'
    targets = "".join(f'        .target(name: "{module}", dependencies: [{runtime}]),\n' for module, _, _ in OPERATIONS.values())
    modules = ", ".join(f'"{module}"' for module, _, _ in OPERATIONS.values())
    with open(os.path.join(PACKAGE, "Package.swift"), "w", encoding="utf-8") as manifest:
        manifest.write(
            "// swift-tools-version:6.1\n// Written by Benchmarks/Scripts/xml_decode.py.\nimport PackageDescription\n\n"
            "let package = Package(\n    name: \"XMLDecode\",\n    platforms: [.macOS(.v13)],\n"
            f"    dependencies: [\n        .package(name: \"swift-shapegen\", path: \"{ROOT}\"),\n"
            "        .package(url: \"https://github.com/apple/swift-http-types\", from: \"1.8.0\"),\n"
            f"    ],\n    targets: [\n{targets}"
            f"        .executableTarget(name: \"XMLDecodeBenchmark\", dependencies: [{modules}, {runtime}, {http_types}]),\n"
            "    ],\n    swiftLanguageModes: [.v6]\n)\n")


def botocore_parsers():
    """For each case: a function that parses its body with botocore and returns (items, last)."""
    import botocore.session
    from botocore import parsers
    session = botocore.session.get_session()
    result = {}
    for service, (_, operation, protocol) in OPERATIONS.items():
        shape = session.get_service_model(service).operation_model(operation).output_shape
        parser = parsers.create_parser(protocol)
        key, field = ("Contents", "Key") if service == "s3" else ("Users", "UserName")

        def parse(body, parser=parser, shape=shape, key=key, field=field):
            parsed = parser.parse({"body": body, "headers": {}, "status_code": 200}, shape)
            return len(parsed[key]), parsed[key][-1][field]
        result[service] = parse
    return result


def botocore_microseconds(parse, body, iterations, repetitions):
    samples = []
    for repetition in range(-1, repetitions):
        start = time.perf_counter()
        for _ in range(iterations):
            parse(body)
        if repetition >= 0:
            samples.append((time.perf_counter() - start) * 1e6 / iterations)
    return median(samples)


def measure(quick):
    os.makedirs(PACKAGE, exist_ok=True)
    bodies = {"s3": list_objects_body(), "iam": list_users_body()}
    paths = {}
    for service, body in bodies.items():
        paths[service] = os.path.join(PACKAGE, f"{service}.xml")
        with open(paths[service], "wb") as file:
            file.write(body)
    write_package(shapegen_binary())
    scratch = os.path.join(PACKAGE, ".build")
    timed(["swift", "build", "-c", "release", "--package-path", PACKAGE, "--scratch-path", scratch])
    executable = os.path.join(scratch, "release", "XMLDecodeBenchmark")
    rounds, iterations, repetitions = (1, 5, 3) if quick else (5, 20, 5)
    parsers = botocore_parsers()
    names = {"s3": "s3ListObjectsV2", "iam": "iamListUsers"}
    samples = {service: ([], []) for service in bodies}
    for _ in range(rounds):
        run = timed([executable, paths["s3"], paths["iam"], str(iterations), str(repetitions)])
        swift = json.loads(run.output.strip().splitlines()[-1])
        for service, body in bodies.items():
            entry = swift[names[service]]
            expected = parsers[service](body)
            if (entry["items"], entry["last"]) != expected:
                raise SystemExit(f"{names[service]}: Swift decoded {entry['items']} items ending {entry['last']!r}, "
                                 f"botocore {expected[0]} ending {expected[1]!r}")
            samples[service][0].append(entry["microseconds"])
            samples[service][1].append(botocore_microseconds(parsers[service], body, iterations, repetitions))
    results = {}
    for service, (swift, boto) in samples.items():
        name = f"{OPERATIONS[service][1]} ({ITEMS:,} items, {len(bodies[service]) / 1024:.0f} KiB)"
        results[name] = {"swiftMicroseconds": median(swift), "botocoreMicroseconds": median(boto),
                         "ratio": median(swift) / median(boto), "rounds": rounds}
        log(f"  {name}: Swift {median(swift):,.0f} µs, botocore {median(boto):,.0f} µs "
            f"({median(swift) / median(boto):.2f}×)")
    return results
