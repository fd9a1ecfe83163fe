"""Groups 1 and 2: generation time and memory, and the size of the generated code."""
import os

from common import ROOT, WORK, fresh_folder, log, median, shapegen_binary, timed

IMPORTED = {"SageMaker": "sagemaker", "EC2": "ec2"}


def botocore_data():
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), "data")


def imported_model(binary, service):
    """The botocore model of `service` as YAML, imported once per build of `shapegen`."""
    folder = os.path.join(botocore_data(), service)
    version = sorted(os.listdir(folder))[-1]
    output = os.path.join(WORK, "models", service + ".yaml")
    if not os.path.exists(output) or os.path.getmtime(output) < os.path.getmtime(binary):
        os.makedirs(os.path.dirname(output), exist_ok=True)
        timed([binary, "import", os.path.join(folder, version, "service-2.json.gz"), "--output", output])
    return output


def models(binary):
    found = {"Batch": os.path.join(ROOT, "Models", "batch.yaml")}
    for name, service in IMPORTED.items():
        found[name] = imported_model(binary, service)
    return found


def measure_generation(runs):
    binary = shapegen_binary()
    results = {}
    for name, model in models(binary).items():
        samples = []
        for run in range(runs):
            output = fresh_folder(os.path.join(WORK, "generated", name))
            samples.append(timed([binary, "generate", model, "--output", output]))
        results[name] = summary(samples, runs)
        log(f"  generate {name}: {results[name]['wallSeconds'] * 1000:.0f} ms")
    samples = [timed([binary, "corpus", "--output", fresh_folder(os.path.join(WORK, "corpus"))]) for _ in range(runs)]
    results["corpus"] = summary(samples, runs) | {"summary": samples[-1].output.strip().splitlines()[-1]}
    log(f"  corpus: {results['corpus']['wallSeconds']:.1f} s")
    return results


def summary(samples, runs):
    return {"wallSeconds": median([sample.wall for sample in samples]), "cpuSeconds": median([sample.cpu for sample in samples]),
            "peakMiB": max(sample.peak_kib for sample in samples) / 1024, "runs": runs}


def measure_size():
    """Lines and bytes of what the generation group wrote for each model."""
    results = {}
    for name in ["Batch", *IMPORTED]:
        total = code = size = 0
        root = os.path.join(WORK, "generated", name)
        for folder, _, files in os.walk(root):
            for file in files:
                with open(os.path.join(folder, file), "rb") as handle:
                    data = handle.read()
                size += len(data)
                for line in data.decode("utf-8").splitlines():
                    total += 1
                    stripped = line.strip()
                    code += bool(stripped) and not stripped.startswith("//")
        results[name] = {"codeLines": code, "totalLines": total, "bytes": size}
    return results
