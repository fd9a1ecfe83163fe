"""Group 4: the build-tool plugin in Tests/Fixtures/PluginConsumer, copied as Tests/PluginTests does.

Each run copies the fixture afresh (symbolic links resolved, files dated a minute back, the
`../../..` dependency pointing at this checkout) and builds it in an emptied scratch folder whose
package checkouts are kept: a cold build (the generator itself included), then three builds with
nothing changed, each followed by one after a model edit (a new enum value each), then three
steady no-op builds. Each build that follows a cold or an edited build is not a true no-op: SwiftPM
relinks the plugin's tool once after the target's files change and reruns the generator (which
writes nothing); the steady no-ops come after one such build. The plugin's share of a no-op build
is measured against the same package without the plugin, its generated files committed into the
target instead.
"""
import os
import re
import shutil
import time

from common import ROOT, WORK, log, median, timed

FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "PluginConsumer")
KEPT = {"checkouts", "repositories", "workspace-state.json", "artifacts"}
PLUGIN = re.compile(r',\s*plugins: \[\.plugin\([^)]*\)\]')


def copy_fixture(root):
    shutil.rmtree(root, ignore_errors=True)
    past = time.time() - 60
    for folder, _, files in os.walk(FIXTURE):
        for file in files:
            relative = os.path.relpath(os.path.join(folder, file), FIXTURE)
            if relative.startswith(".") or relative == "Package.resolved":
                continue
            destination = os.path.join(root, relative)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(os.path.realpath(os.path.join(folder, file)), destination)
            os.utime(destination, (past, past))
    manifest = os.path.join(root, "Package.swift")
    with open(manifest, encoding="utf-8") as file:
        text = file.read()
    with open(manifest, "w", encoding="utf-8") as file:
        file.write(text.replace('path: "../../.."', f'path: "{ROOT}"'))
    os.utime(manifest, (past, past))


def empty_scratch(scratch):
    os.makedirs(scratch, exist_ok=True)
    for entry in os.listdir(scratch):
        if entry not in KEPT:
            path = os.path.join(scratch, entry)
            shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)


def swift_build(root, scratch, configuration):
    return timed(["swift", "build", "-c", configuration, "--package-path", root, "--scratch-path", scratch])


def edit_model(root, number):
    path = os.path.join(root, "Sources", "BatchJobs", "batch.shapes.yaml")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    edited = text.replace("\n  JobSummary:", f"\n    - ARCHIVED{number}\n  JobSummary:", 1)
    if edited == text:
        raise SystemExit("the model edit matched nothing")
    with open(path, "w", encoding="utf-8") as file:
        file.write(edited)


def without_plugin(root, scratch, work):
    """A copy of the consumer whose BatchJobs target holds the files the plugin generated."""
    plain = os.path.join(work, "WithoutPlugin")
    copy_fixture(plain)
    target = os.path.join(plain, "Sources", "BatchJobs")
    for name in ["batch.shapes.yaml", "shapegen-config.yaml"]:
        os.remove(os.path.join(target, name))
    for folder, _, files in os.walk(os.path.join(scratch, "plugins", "outputs")):
        if "/BatchJobs/" in folder + "/":
            for file in files:
                if file.endswith(".swift"):
                    shutil.copyfile(os.path.join(folder, file), os.path.join(target, file))
    manifest = os.path.join(plain, "Package.swift")
    with open(manifest, encoding="utf-8") as file:
        text = file.read()
    with open(manifest, "w", encoding="utf-8") as file:
        file.write(PLUGIN.sub("", text))
    return plain


def measure(configurations, cold_runs):
    work = os.path.join(WORK, "plugin")
    root, scratch = os.path.join(work, "PluginConsumer"), os.path.join(work, "scratch")
    results = {}
    for configuration in configurations:
        cold, noop, edited = [], [], []
        for _ in range(cold_runs):
            copy_fixture(root)
            empty_scratch(scratch)
            timed(["swift", "package", "--package-path", root, "--scratch-path", scratch, "resolve"])
            cold.append(swift_build(root, scratch, configuration).wall)
        for number in range(3):
            noop.append(swift_build(root, scratch, configuration).wall)
            edit_model(root, number)
            edited.append(swift_build(root, scratch, configuration).wall)
        swift_build(root, scratch, configuration)
        steady = [swift_build(root, scratch, configuration).wall for _ in range(3)]
        plain, plain_scratch = without_plugin(root, scratch, work), os.path.join(work, "scratch-without-plugin")
        swift_build(plain, plain_scratch, configuration)
        baseline = [swift_build(plain, plain_scratch, configuration).wall for _ in range(3)]
        results[configuration] = {
            "coldSeconds": median(cold), "noOpSeconds": median(noop), "afterEditSeconds": median(edited),
            "steadyNoOpSeconds": median(steady), "noOpWithoutPluginSeconds": median(baseline),
            "pluginNoOpSeconds": median(steady) - median(baseline),
            "pluginFirstBuildAfterChangeSeconds": median(noop) - median(baseline), "coldRuns": cold_runs}
        log(f"  plugin {configuration}: cold {median(cold):.1f} s, steady no-op {median(steady):.2f} s, "
            f"first build after a change {median(noop):.2f} s "
            f"(without plugin {median(baseline):.2f} s), after edit {median(edited):.1f} s")
    return results
