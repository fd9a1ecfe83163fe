#!/usr/bin/env python3
"""Seeds a moto server for swift-shapegen's end-to-end tests and records what boto3 gets.

Usage: seed.py ENDPOINT FIXTURES_JSON [--jobs N]

The server must have been started with INITIAL_NO_AUTH_ACTION_COUNT=0 in its environment, so that
it checks every signature. This script:

1. switches Batch to moto's Docker-free backend (POST /moto-api/config);
2. lifts signature checking for a moment (POST /moto-api/reset-auth "inf") to create an IAM user
   with an allow-all policy and an access key, then switches it back on ("0");
3. with that user's key (so every call from here on is signature-checked), creates a compute
   environment, two job queues, two job definitions, ~30 jobs (test1…, Test10, TEST12, build-001…)
   and an array job, and terminates a few jobs so that they carry a status reason;
4. calls ListJobs with boto3 for each case the Swift tests replay, and writes the requests, the
   responses and the error of an unknown queue to FIXTURES_JSON, with the endpoint and the key.
"""

import json
import sys
import time
import urllib.error
import urllib.request

import boto3
import botocore.config
import botocore.exceptions

REGION = "us-east-1"


def post(endpoint, path, body, content_type):
    request = urllib.request.Request(
        endpoint + path, data=body.encode(), method="POST", headers={"Content-Type": content_type}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def wait_until_up(endpoint, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(endpoint + "/moto-api/data.json", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                sys.exit(f"seed.py: moto did not answer at {endpoint} within {seconds} s")
            time.sleep(0.1)


def client(service, endpoint, key_id, secret):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def create_user(endpoint):
    """An IAM user allowed everything, and its access key; signature checking is lifted meanwhile."""
    post(endpoint, "/moto-api/reset-auth", "inf", "text/plain")
    iam = client("iam", endpoint, "AKIABOOTSTRAP0000000", "bootstrap")
    iam.create_user(UserName="shapegen-e2e")
    iam.put_user_policy(
        UserName="shapegen-e2e",
        PolicyName="everything",
        PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        ),
    )
    key = iam.create_access_key(UserName="shapegen-e2e")["AccessKey"]
    role = iam.create_role(
        RoleName="batch-service",
        AssumeRolePolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": "batch.amazonaws.com"}, "Action": "sts:AssumeRole"}
                ],
            }
        ),
    )["Role"]["Arn"]
    post(endpoint, "/moto-api/reset-auth", "0", "text/plain")
    return key["AccessKeyId"], key["SecretAccessKey"], role


def job_names(count):
    """test1…test9, Test10, Test11, TEST12, then build-001…, up to `count` names."""
    names = [f"test{i}" for i in range(1, 10)] + ["Test10", "Test11", "TEST12"]
    names += [f"build-{i:03d}" for i in range(1, max(0, count - len(names)) + 1)]
    return names[:count]


def seed(batch, role, job_count):
    environment = batch.create_compute_environment(
        computeEnvironmentName="shapegen-env", type="UNMANAGED", state="ENABLED", serviceRole=role
    )["computeEnvironmentArn"]
    queues = {}
    for priority, name in enumerate(["builds", "deploys"], start=1):
        queues[name] = batch.create_job_queue(
            jobQueueName=name,
            state="ENABLED",
            priority=priority,
            computeEnvironmentOrder=[{"order": 1, "computeEnvironment": environment}],
        )["jobQueueArn"]
    definitions = [
        batch.register_job_definition(
            jobDefinitionName=name,
            type="container",
            containerProperties={"image": "busybox", "vcpus": 1, "memory": 128, "command": ["true"]},
        )["jobDefinitionArn"]
        for name in ["shapegen-build", "shapegen-test"]
    ]
    jobs = []
    for index, name in enumerate(job_names(job_count)):
        jobs.append(
            batch.submit_job(jobName=name, jobQueue="builds", jobDefinition=definitions[index % 2])["jobId"]
        )
    for name in ["deploy-a", "deploy-b"]:
        batch.submit_job(jobName=name, jobQueue="deploys", jobDefinition=definitions[0])
    array_job = batch.submit_job(
        jobName="array-parent", jobQueue="builds", jobDefinition=definitions[1], arrayProperties={"size": 4}
    )["jobId"]
    for job in jobs[::7]:
        batch.terminate_job(jobId=job, reason="stopped by seed.py")
    return array_job


def record(batch, array_job):
    """The ListJobs calls the Swift tests replay, with boto3's answers."""
    cases = {
        "queue": {"jobQueue": "builds"},
        "queueSucceeded": {"jobQueue": "builds", "jobStatus": "SUCCEEDED"},
        "queueSucceededThousand": {"jobQueue": "builds", "jobStatus": "SUCCEEDED", "maxResults": 1000},
        "queueRunning": {"jobQueue": "builds", "jobStatus": "RUNNING"},
        "otherQueue": {"jobQueue": "deploys"},
        "arrayJob": {"arrayJobId": array_job},
        "arrayJobSucceeded": {"arrayJobId": array_job, "jobStatus": "SUCCEEDED"},
        "nameExact": {"jobQueue": "builds", "filters": [{"name": "JOB_NAME", "values": ["test1"]}]},
        "nameExactOtherCase": {"jobQueue": "builds", "filters": [{"name": "JOB_NAME", "values": ["TEST10"]}]},
        "namePrefix": {"jobQueue": "builds", "filters": [{"name": "JOB_NAME", "values": ["build-00*"]}]},
        "namePrefixOtherCase": {"jobQueue": "builds", "filters": [{"name": "JOB_NAME", "values": ["tEsT1*"]}]},
        "nameNoMatch": {"jobQueue": "builds", "filters": [{"name": "JOB_NAME", "values": ["nothing*"]}]},
    }
    recorded = {}
    for name, request in cases.items():
        response = batch.list_jobs(**request)
        response.pop("ResponseMetadata", None)
        recorded[name] = {"request": request, "response": response}
    try:
        batch.list_jobs(jobQueue="no-such-queue")
        sys.exit("seed.py: moto accepted an unknown queue")
    except botocore.exceptions.ClientError as error:
        unknown_queue = {
            "code": error.response["Error"]["Code"],
            "message": error.response["Error"]["Message"],
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
        }
    return recorded, unknown_queue


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit(__doc__)
    endpoint, output = sys.argv[1].rstrip("/"), sys.argv[2]
    job_count = int(sys.argv[4]) if len(sys.argv) == 5 and sys.argv[3] == "--jobs" else 30
    wait_until_up(endpoint)
    post(endpoint, "/moto-api/config", json.dumps({"batch": {"use_docker": False}}), "application/json")
    key_id, secret, role = create_user(endpoint)
    batch = client("batch", endpoint, key_id, secret)
    array_job = seed(batch, role, job_count)
    cases, unknown_queue = record(batch, array_job)
    with open(output, "w", encoding="utf-8") as file:
        json.dump(
            {
                "endpoint": endpoint,
                "region": REGION,
                "accessKeyId": key_id,
                "secretAccessKey": secret,
                "arrayJobId": array_job,
                "cases": cases,
                "unknownQueue": unknown_queue,
            },
            file,
            indent=1,
        )


if __name__ == "__main__":
    main()
