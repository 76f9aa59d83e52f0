#!/usr/bin/env python3
"""Proves scripts/check-layers fails on planted violations: copies a few rooms' files into a temporary tree,
checks that the clean copy passes, then plants an upward include (core -> render) and a sideways one
(render -> input) and expects exit 1 with both named by file, line and include.

Usage: planted_violation.py CHECK_LAYERS SOURCE_ROOT
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

COPIED = ["app/core/Geometry.hpp", "app/render/View.hpp", "app/input/Contact.hpp", "app/ui/Timeline.hpp"]


def run(check: str, root: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, check, "--root", str(root)], capture_output=True, text=True, check=False)


def plant(file: pathlib.Path, include: str) -> int:
    """Adds `include` after the file's first line; returns the line number it lands on."""
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, include + "\n")
    file.write_text("".join(lines), encoding="utf-8")
    return 2


def main() -> int:
    check, source = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory(prefix="atelier-layers-") as temporary:
        root = pathlib.Path(temporary)
        for name in COPIED:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / name, root / name)

        clean = run(check, root)
        if clean.returncode != 0:
            failures.append(f"the clean copy should pass, got exit {clean.returncode}:\n{clean.stdout}")

        upward = plant(root / "app/core/Geometry.hpp", '#include "render/View.hpp"')
        beside = plant(root / "app/render/View.hpp", '#include "input/Contact.hpp"')
        planted = run(check, root)
        if planted.returncode != 1:
            failures.append(f"the planted tree should fail with exit 1, got {planted.returncode}")
        expected = [
            (f"app/core/Geometry.hpp:{upward}:", '"render/View.hpp"', "render is a layer above core"),
            (f"app/render/View.hpp:{beside}:", '"input/Contact.hpp"', "input is beside render"),
        ]
        for where, include, rule in expected:
            if not any(where in line and include in line and rule in line for line in planted.stdout.splitlines()):
                failures.append(f"no line names {where} {include} ({rule}) in:\n{planted.stdout}")
        if len(planted.stdout.splitlines()) != len(expected):
            failures.append(f"expected exactly {len(expected)} violations, got:\n{planted.stdout}")

    for failure in failures:
        print(failure)
    if not failures:
        print("check-layers fails on the planted violations and names them:\n" + planted.stdout, end="")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
