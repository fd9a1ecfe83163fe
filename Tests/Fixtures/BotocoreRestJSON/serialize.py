"""Serializes Batch requests with botocore's own rest-json serializer.

Reads cases ({"operation", "params"}) from the file named by the first argument and writes, for each,
what botocore sends: method, path with query, Content-Type and body (parsed JSON, or null for none). Used by
Tests/ShapegenTranslatorTests/BotocoreRestJSONOracleTests.swift to check batch-requests.json, which
Tests/BatchTests/BatchRestJSONBindingTests.swift compares BatchClient's requests with.
"""
import json
import sys

import botocore.session
from botocore.awsrequest import prepare_request_dict
from botocore.serialize import create_serializer

model = botocore.session.get_session().get_service_model("batch")
serializer = create_serializer("rest-json", include_validation=True)
with open(sys.argv[1], encoding="utf-8") as file:
    cases = json.load(file)
results = []
for case in cases:
    request = serializer.serialize_to_request(case["params"], model.operation_model(case["operation"]))
    prepare_request_dict(request, endpoint_url="https://batch.us-east-1.amazonaws.com")
    body = request["body"]
    results.append({
        "operation": case["operation"],
        "params": case["params"],
        "method": request["method"],
        "target": request["url"][len("https://batch.us-east-1.amazonaws.com"):],
        "contentType": request["headers"].get("Content-Type"),
        "body": json.loads(body) if body else None,
    })
json.dump(results, sys.stdout, indent=2, ensure_ascii=False, sort_keys=True)
print()
