"""Group 5: the RuntimeBenchmark executable of this package, release build."""
import json
import os

from common import BENCHMARKS, WORK, log, timed


def measure(quick):
    scratch = os.path.join(WORK, "benchmarks")
    timed(["swift", "build", "-c", "release", "--package-path", BENCHMARKS, "--scratch-path", scratch,
           "--product", "RuntimeBenchmark"])
    run = timed([os.path.join(scratch, "release", "RuntimeBenchmark")] + (["--quick"] if quick else []))
    results = json.loads(run.output.strip().splitlines()[-1])
    for case, times in results.items():
        times["ratio"] = times["generated"] / times["handWritten"]
        log(f"  {case}: generated {times['generated']:.1f} µs, hand-written {times['handWritten']:.1f} µs")
    return results
