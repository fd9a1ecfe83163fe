#!/usr/bin/env python3
"""Reads back with boto3 what Tests/EndToEndTests' S3 runner created on moto.

Usage: s3_objects.py ENDPOINT REGION ACCESS_KEY SECRET_KEY BUCKET UNSIGNED_ENDPOINT
Prints one JSON object with the same keys the runner prints for the same reads, and whether the
objects the runner wrote have the bytes it meant to write. UNSIGNED_ENDPOINT is the moto server
without signature checks, which holds the object whose key moto's S3 signature check rejects.
"""
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

KEY = "folder one/sub dir/object.bin"
ODD_KEY = "folder one/naïve café 日本 + & = ? # % ;.bin"


def error_code(call):
    try:
        call()
        return "found"
    except ClientError as error:
        return error.response["Error"]["Code"]


def main():
    endpoint, region, key, secret, bucket, unsigned_endpoint = sys.argv[1:7]
    session = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=secret, region_name=region)
    s3, unsigned = (session.client("s3", endpoint_url=url, config=Config(s3={"addressing_style": "path"}))
                    for url in (endpoint, unsigned_endpoint))
    expected = bytes((index * 31 + 7) % 256 for index in range(70_000))
    body = s3.get_object(Bucket=bucket, Key=KEY)["Body"].read()
    odd_body = unsigned.get_object(Bucket=bucket, Key=ODD_KEY)["Body"].read()
    page_sizes = []
    listed = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="many-", PaginationConfig={"PageSize": 1000}):
        page_sizes.append(len(page.get("Contents", [])))
        listed += [entry["Key"] for entry in page.get("Contents", [])]
    trash = s3.list_objects_v2(Bucket=bucket, Prefix="trash").get("Contents", [])
    print(json.dumps({
        "location": s3.get_bucket_location(Bucket=bucket)["LocationConstraint"],
        "bytesMatch": body == expected,
        "oddKeyBytesMatch": odd_body == expected,
        "oddFolder": [entry["Key"] for entry in unsigned.list_objects_v2(Bucket=bucket, Prefix="folder one/").get("Contents", [])],
        "contentLength": len(body),
        "missing": error_code(lambda: s3.get_object(Bucket=bucket, Key="missing/key")),
        "headMissing": error_code(lambda: s3.head_object(Bucket=bucket, Key="missing/key")),
        "pageSizes": page_sizes,
        "listedAll": listed == ["many-%04d" % index for index in range(2_500)],
        "folder": [entry["Key"] for entry in s3.list_objects_v2(Bucket=bucket, Prefix="folder").get("Contents", [])],
        "trashLeft": [entry["Key"] for entry in trash],
    }, sort_keys=True))


if __name__ == "__main__":
    main()
