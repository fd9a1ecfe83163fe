#!/usr/bin/env python3
"""Median latency of boto3's list_jobs against the seeded moto server.

Usage: benchmark_boto3.py FIXTURES_JSON CALLS

Makes the same call as the Swift benchmark (ListJobs on the queue "builds", signed with the seeded
IAM user's key), 20 times to warm up and then CALLS times, and prints the figures as JSON.
"""

import json
import statistics
import sys
import time

import boto3
import botocore.config


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as file:
        fixtures = json.load(file)
    calls = int(sys.argv[2])
    batch = boto3.client(
        "batch",
        endpoint_url=fixtures["endpoint"],
        region_name=fixtures["region"],
        aws_access_key_id=fixtures["accessKeyId"],
        aws_secret_access_key=fixtures["secretAccessKey"],
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )
    jobs = 0
    for _ in range(20):
        jobs = len(batch.list_jobs(jobQueue="builds")["jobSummaryList"])
    latencies = []
    for _ in range(calls):
        start = time.perf_counter()
        batch.list_jobs(jobQueue="builds")
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    print(
        json.dumps(
            {
                "calls": calls,
                "listJobsMedianMilliseconds": statistics.median(latencies) * 1000,
                "listJobsP90Milliseconds": latencies[int((len(latencies) - 1) * 0.9)] * 1000,
                "jobsPerResponse": jobs,
            }
        )
    )


if __name__ == "__main__":
    main()
