"""Group 3: compile cost of the generated Batch and SageMaker modules alone.

A package in .build-bench/compile holds one target per service (the output of the generation
group) depending on this checkout's ShapegenRuntime. ShapegenRuntime is built first with the same
flags; then the service's files are touched and `swift build --target <service>` is timed, so only
that module compiles. The wall time is the median of plain builds, as a user runs them. Each
service is then built once more in a scratch folder of its own with every `swift-frontend` under
`/usr/bin/time` (through `-driver-use-frontend-path`) and `-warn-long-function-bodies`: the peak
is the largest resident memory of one such process, the CPU time the sum over them (on a loaded
machine a steadier figure than the wall time). That instrumentation slows the build itself (Batch:
16-25 s against 11-16 s plain on 2026-12-03), so its wall time is reported apart.
"""
import os
import re
import shutil

from common import ROOT, WORK, log, median, timed

PACKAGE = os.path.join(WORK, "compile", "package")
SCRATCH = os.path.join(WORK, "compile", "scratch")
INSTRUMENTED_SCRATCH = os.path.join(WORK, "compile", "scratch-instrumented")
FRONTEND_LOG = os.path.join(WORK, "compile", "frontend.log")
WRAPPER = os.path.join(WORK, "compile", "frontend")
# Type-checking times of at least this many milliseconds are reported.
REPORT_MS = 10
LONG_BODY = re.compile(
    r"^(?P<where>\S+?):(?P<line>\d+):\d+: warning: (?P<what>.+?) took (?P<ms>\d+)ms to type-check", re.M)


def write_package(services):
    for name in services:
        target = os.path.join(PACKAGE, "Sources", name)
        shutil.rmtree(target, ignore_errors=True)
        generated = os.path.join(WORK, "generated", name)
        shutil.copytree(os.path.join(generated, os.listdir(generated)[0]), target)
    targets = "\n".join(f'        .target(name: "{name}", dependencies: [runtime]),' for name in services)
    with open(os.path.join(PACKAGE, "Package.swift"), "w", encoding="utf-8") as file:
        file.write(f"""// swift-tools-version:6.0
// Written by Benchmarks/run.
import PackageDescription

let runtime = Target.Dependency.product(name: "ShapegenRuntime", package: "swift-shapegen")

let package = Package(
    name: "CompileCost",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "swift-shapegen", path: "{ROOT}")],
    targets: [
{targets}
    ],
    swiftLanguageModes: [.v6]
)
""")


def write_wrapper():
    swift = os.path.realpath(shutil.which("swift"))
    frontend = os.path.join(os.path.dirname(swift), "swift-frontend")
    with open(WRAPPER, "w", encoding="utf-8") as file:
        file.write(f'#!/bin/sh\nexec /usr/bin/time -a -o "{FRONTEND_LOG}" -f "%M %U %S" "{frontend}" "$@"\n')
    os.chmod(WRAPPER, 0o755)


def build(configuration, target, instrumented):
    flags = ["-Xswiftc", "-driver-use-frontend-path", "-Xswiftc", WRAPPER,
             "-Xswiftc", "-Xfrontend", "-Xswiftc", f"-warn-long-function-bodies={REPORT_MS}"] if instrumented else []
    scratch = INSTRUMENTED_SCRATCH if instrumented else SCRATCH
    return timed(["swift", "build", "-c", configuration, "--package-path", PACKAGE, "--scratch-path", scratch,
                  "--target", target, *flags])


def touch(service):
    for folder, _, files in os.walk(os.path.join(PACKAGE, "Sources", service)):
        for file in files:
            os.utime(os.path.join(folder, file))


def slowest_bodies(output, limit=5):
    found = {}
    for match in LONG_BODY.finditer(output):
        where = os.path.basename(match["where"]) + ":" + match["line"]
        found[f"{where} {match['what']}"] = int(match["ms"])
    ranked = sorted(found.items(), key=lambda item: -item[1])[:limit]
    return [{"body": body, "ms": ms} for body, ms in ranked]


def measure(services, configurations, plain_runs):
    """Times `plain_runs` plain builds of each service in each configuration (the median is the
    wall time) and one instrumented build."""
    os.makedirs(os.path.join(PACKAGE, "Sources"), exist_ok=True)
    write_package(services)
    write_wrapper()
    results = {}
    for configuration in configurations:
        build(configuration, "ShapegenRuntime", instrumented=False)
        build(configuration, "ShapegenRuntime", instrumented=True)
        for name in services:
            walls = []
            for _ in range(plain_runs):
                touch(name)
                walls.append(build(configuration, name, instrumented=False).wall)
            touch(name)
            open(FRONTEND_LOG, "w").close()
            run = build(configuration, name, instrumented=True)
            with open(FRONTEND_LOG, encoding="utf-8") as file:
                usages = [line.split() for line in file if re.match(r"^\d+ ", line)]
            peaks = [int(usage[0]) for usage in usages]
            results[f"{name} {configuration}"] = {
                "wallSeconds": median(walls), "wallSecondsRuns": walls, "instrumentedWallSeconds": run.wall,
                "compilerPeakMiB": max(peaks) / 1024, "frontendProcesses": len(peaks),
                "compilerCPUSeconds": sum(float(usage[1]) + float(usage[2]) for usage in usages),
                "slowestBodies": slowest_bodies(run.output)}
            log(f"  compile {name} {configuration}: {median(walls):.1f} s (runs {', '.join(f'{wall:.1f}' for wall in walls)};"
                f" instrumented {run.wall:.1f} s), compiler peak {max(peaks) / 1024:.0f} MiB")
    return results
