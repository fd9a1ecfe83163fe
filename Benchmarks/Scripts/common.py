"""Paths and measuring helpers shared by the benchmark groups."""
import os
import shutil
import statistics
import subprocess
import time

BENCHMARKS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(BENCHMARKS)
WORK = os.path.join(ROOT, ".build-bench")


def log(message):
    print(message, flush=True)


def load_average():
    return os.getloadavg()[0]


class Run:
    """One finished child process: wall and CPU seconds, its peak resident memory in KiB, its output."""

    def __init__(self, wall, cpu, peak_kib, output):
        self.wall, self.cpu, self.peak_kib, self.output = wall, cpu, peak_kib, output


def timed(command, cwd=None, check=True):
    """Runs `command`; output and errors interleaved. The peak memory is the child's own (`wait4`)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if check and process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{output[-6000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, output)


def median(values):
    return statistics.median(values)


def fresh_folder(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def shapegen_binary(static_stdlib=False):
    """Builds the release `shapegen` in its own scratch folder and returns its path; with
    `static_stdlib`, linked with `--static-swift-stdlib`, as README's installation builds it."""
    scratch = os.path.join(WORK, "release-static" if static_stdlib else "release")
    flags = ["--static-swift-stdlib"] if static_stdlib else []
    timed(["swift", "build", "-c", "release", "--product", "shapegen", "--scratch-path", scratch, *flags], cwd=ROOT)
    return os.path.join(scratch, "release", "shapegen")
