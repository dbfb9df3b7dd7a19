#!/usr/bin/env python3
"""Turns the test results of a CI run into its one summary line, and fails the run when it proved
less than it claims.

usage: summarize.py RESULTS_DIR REPO_ROOT [EXTRA_PASSED EXTRA_FAILED]

- Every test project in the repository (tests/*/*.csproj, except those marked
  <IsTestProject>false</IsTestProject>) must have left results: a project dropped from the
  solution, or one whose runner crashed before writing any, counts as one failure.
- A skipped test counts as a failure unless .ci/allowed-skips.txt lists it (one line each:
  the test's full name, a tab, and the reason).

Prints `N passed, N failed[, N skipped]` as its last line and exits 1 when anything failed.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def expected_projects(root):
    names = set()
    for path in glob.glob(os.path.join(root, "tests", "*", "*.csproj")):
        with open(path, encoding="utf-8") as handle:
            if re.search(r"<IsTestProject>\s*false\s*</IsTestProject>", handle.read(), re.IGNORECASE):
                continue
        names.add(os.path.splitext(os.path.basename(path))[0])
    return names


def allowed_skips(root):
    allowed = {}
    path = os.path.join(root, ".ci", "allowed-skips.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                name, _, reason = line.partition("\t")
                if not reason.strip():
                    raise SystemExit(f"{path}: '{name}' has no reason; write the test name, a tab, and why it may be skipped")
                allowed[name.strip()] = reason.strip()
    return allowed


def main(argv):
    results, root = argv[1], argv[2]
    passed = int(argv[3]) if len(argv) > 3 else 0
    failed = int(argv[4]) if len(argv) > 4 else 0
    skipped = 0
    problems = []
    ran = set()
    allowed = allowed_skips(root)

    for path in sorted(glob.glob(os.path.join(results, "**", "*.trx"), recursive=True)):
        run = ET.parse(path).getroot()
        for test in run.iter(NS + "UnitTest"):
            # The storage path is lower-cased by the runner; match project names the same way.
            ran.add(os.path.splitext(os.path.basename(test.get("storage", "")))[0].lower())
        counters = run.find(f".//{NS}ResultSummary/{NS}Counters")
        if counters is not None:
            passed += int(counters.get("passed", 0))
            failed += sum(int(counters.get(k, 0)) for k in ("failed", "error", "timeout", "aborted"))
        for result in run.iter(NS + "UnitTestResult"):
            if result.get("outcome") == "NotExecuted":
                skipped += 1
                name = result.get("testName", "")
                if name not in allowed:
                    failed += 1
                    problems.append(f"skipped without a listed reason: {name} (add it to .ci/allowed-skips.txt with why, or make it run)")

    for project in sorted(expected_projects(root)):
        if project.lower() not in ran:
            failed += 1
            problems.append(f"no results from test project {project}: is it in ClayGen.sln, and did its run crash?")

    for problem in problems:
        print("CI check failed: " + problem)
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    if passed == 0 and failed == 0:
        line = "0 passed, 1 failed"
        failed = 1
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
