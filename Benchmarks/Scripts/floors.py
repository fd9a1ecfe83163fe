"""The floors of issue 7, checked against the results, and the table printed at the end."""

GB = 1e9 / 1024 / 1024


def floors(results):
    """(floor, measured text, met) for every floor whose figures are in `results`."""
    checks = []
    generation, size = results.get("generation", {}), results.get("size", {})
    compile_cost, plugin, runtime = results.get("compile", {}), results.get("plugin", {}), results.get("runtime", {})
    for name, limit in [("Batch", 0.050), ("Batch (static stdlib)", 0.050), ("EC2", 1.0), ("corpus", 15.0)]:
        if name in generation:
            wall = generation[name]["wallSeconds"]
            checks.append((f"{name} generates in ≤ {limit:g} s", f"{wall:.3f} s", wall <= limit))
    if "Batch" in size:
        lines = size["Batch"]["codeLines"]
        checks.append(("generated Batch ≤ 5,000 code lines", f"{lines:,}", lines <= 5000))
    if "Batch debug" in compile_cost:
        wall = compile_cost["Batch debug"]["wallSeconds"]
        checks.append(("Batch debug compile ≤ 15 s", f"{wall:.1f} s", wall <= 15))
    if "SageMaker debug" in compile_cost:
        entry = compile_cost["SageMaker debug"]
        checks.append(("SageMaker debug compile ≤ 120 s", f"{entry['wallSeconds']:.1f} s", entry["wallSeconds"] <= 120))
        checks.append(("SageMaker compiler peak ≤ 1.5 GB", f"{entry['compilerPeakMiB']:.0f} MiB",
                       entry["compilerPeakMiB"] <= 1.5 * GB))
    bodies = [body for entry in compile_cost.values() for body in entry["slowestBodies"]]
    if compile_cost:
        slowest = max((body["ms"] for body in bodies), default=0)
        checks.append(("no function body > 100 ms to type-check", f"{slowest} ms", slowest <= 100))
    for configuration, entry in plugin.items():
        added = entry["pluginNoOpSeconds"]
        checks.append((f"plugin no-op adds ≤ 1 s ({configuration})", f"{added:.2f} s", added <= 1))
    if "decode" in runtime:
        ratio = runtime["decode"]["ratio"]
        checks.append(("decode ≤ 1.2× hand-written", f"{ratio:.2f}×", ratio <= 1.2))
    return [{"floor": floor, "measured": measured, "met": met} for floor, measured, met in checks]


def table(results):
    rows = []
    for name, entry in results.get("generation", {}).items():
        rows.append(("generation", name, f"{entry['wallSeconds'] * 1000:.0f} ms (CPU {entry['cpuSeconds'] * 1000:.0f} ms), peak {entry['peakMiB']:.0f} MiB"))
    for name, entry in results.get("size", {}).items():
        rows.append(("size", name, f"{entry['codeLines']:,} code lines, {entry['totalLines']:,} lines, "
                                   f"{entry['bytes'] / 1024:,.0f} KiB"))
    for name, entry in results.get("compile", {}).items():
        slowest = entry["slowestBodies"][0] if entry["slowestBodies"] else None
        body = f"; slowest body {slowest['ms']} ms ({slowest['body']})" if slowest else ""
        cpu = f" (compiler CPU {entry['compilerCPUSeconds']:.1f} s)" if "compilerCPUSeconds" in entry else ""
        runs = f" (median of {', '.join(f'{wall:.1f}' for wall in entry['wallSecondsRuns'])})" if "wallSecondsRuns" in entry else ""
        instrumented = f"; instrumented build {entry['instrumentedWallSeconds']:.1f} s" if "instrumentedWallSeconds" in entry else ""
        rows.append(("compile", name, f"{entry['wallSeconds']:.1f} s{runs}{instrumented}{cpu}, "
                                      f"compiler peak {entry['compilerPeakMiB']:.0f} MiB{body}"))
    for name, entry in results.get("plugin", {}).items():
        steady = f"steady no-op {entry['steadyNoOpSeconds']:.2f} s, " if "steadyNoOpSeconds" in entry else ""
        rows.append(("plugin", name, f"cold {entry['coldSeconds']:.1f} s, {steady}first build after a change "
                                     f"{entry['noOpSeconds']:.2f} s (without plugin {entry['noOpWithoutPluginSeconds']:.2f} s), "
                                     f"after edit {entry['afterEditSeconds']:.1f} s"))
    for name, entry in results.get("runtime", {}).items():
        rows.append(("runtime", name, f"generated {entry['generated']:.1f} µs, hand-written "
                                      f"{entry['handWritten']:.1f} µs ({entry['ratio']:.2f}×)"))
    for name, entry in results.get("xml", {}).items():
        rows.append(("xml", name, f"Swift {entry['swiftMicroseconds']:,.0f} µs, botocore's parser "
                                  f"{entry['botocoreMicroseconds']:,.0f} µs ({entry['ratio']:.2f}×)"))
    lines = [f"{group:<11} {name:<18} {figures}" for group, name, figures in rows]
    lines += ["", "floors:"] + [f"  {'met   ' if entry['met'] else 'MISSED'} {entry['floor']}: {entry['measured']}"
                                for entry in results.get("floors", [])]
    return "\n".join(lines)
