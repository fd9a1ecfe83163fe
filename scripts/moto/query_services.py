#!/usr/bin/env python3
"""Reads back with boto3 what Tests/EndToEndTests' query-protocol runner created on moto (and CloudWatch's metric).

Usage: query_services.py ENDPOINT REGION ACCESS_KEY SECRET_KEY TOPIC_ARN INSTANCE_ID...
Prints one JSON object with the same keys the runner prints for the same reads.
"""
import json
import sys

import boto3


def main():
    endpoint, region, key, secret, topic = sys.argv[1:6]
    instances = sys.argv[6:]
    session = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=secret, region_name=region)

    def client(name):
        return session.client(name, endpoint_url=endpoint)

    identity = client("sts").get_caller_identity()
    iam = client("iam")
    users = []
    for page in iam.get_paginator("list_users").paginate(PathPrefix="/shapegen/", PaginationConfig={"PageSize": 2}):
        users += [user["UserName"] for user in page["Users"]]
    user = iam.get_user(UserName="shapegen-user-2")["User"]
    topics = [entry["TopicArn"] for entry in client("sns").list_topics()["Topics"]]
    ec2 = client("ec2")
    by_id = ec2.describe_instances(InstanceIds=instances)
    by_filter = ec2.describe_instances(Filters=[{"Name": "image-id", "Values": ["ami-12c6146b"]}])
    metrics = client("cloudwatch").list_metrics(Namespace="shapegen")["Metrics"]
    print(json.dumps({
        "identity": {"account": identity["Account"], "arn": identity["Arn"], "userId": identity["UserId"]},
        "users": users,
        "user": {"name": user["UserName"], "arn": user["Arn"], "path": user["Path"], "id": user["UserId"]},
        "topics": topics,
        "topicExists": topic in topics,
        "describedByID": [[i["InstanceId"], i["State"]["Name"]] for r in by_id["Reservations"] for i in r["Instances"]],
        "describedByFilter": sorted(i["InstanceId"] for r in by_filter["Reservations"] for i in r["Instances"]),
        "metrics": [[m["MetricName"]] + [part for d in m.get("Dimensions", []) for part in (d["Name"], d["Value"])] for m in metrics],
    }, sort_keys=True))


if __name__ == "__main__":
    main()
