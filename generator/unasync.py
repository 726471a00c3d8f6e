"""Generate the synchronous twin of wrapper/prefect_rest/_async/ into _sync/.

    python generator/unasync.py build   write _sync/ from _async/
    python generator/unasync.py check   fail if _sync/ is not what build would write

The async code is the only source: every sync method body comes from here, so the two
clients cannot drift apart. Blocks between `# unasync: begin-remove` and
`# unasync: end-remove` exist only in the async version.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wrapper" / "prefect_rest" / "_async"
TARGET = ROOT / "wrapper" / "prefect_rest" / "_sync"
HEADER = "# Generated from _async/{name} by generator/unasync.py (`make generate`). Do not edit by hand.\n"

# Applied in order, on whole words.
RULES: list[tuple[str, str]] = [
    (r"await asyncio\.to_thread\(([\w.]+)\)", r"\1()"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncIterable\b", "Iterable"),
    (r"\bAsyncGenerator\b", "Generator"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\basync_transport\b", "sync_transport"),
    (r"\basyncio\.sleep\b", "time.sleep"),
    (r"\bimport asyncio\b", "import time"),
    (r"\bAsyncHTTP\b", "SyncHTTP"),
    (r"\bAsyncPageFetcher\b", "SyncPageFetcher"),
    (r"\bPrefectClient\b", "SyncPrefectClient"),
    (r"\bprefect_rest\._async\b", "prefect_rest._sync"),
    (r"\basynchronous\b", "synchronous"),
    (r"``async with``", "``with``"),
]
REMOVE_BLOCK = re.compile(r"[ \t]*# unasync: begin-remove\n.*?# unasync: end-remove\n", re.S)


def unasync(text: str) -> str:
    text = REMOVE_BLOCK.sub("", text)
    for pattern, replacement in RULES:
        text = re.sub(pattern, replacement, text)
    return text


def build_into(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(SOURCE.rglob("*.py")):
        relative = source.relative_to(SOURCE)
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(HEADER.format(name=relative.as_posix()) + unasync(source.read_text()))
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run(
        [*ruff, "check", "--fix-only", "--quiet", "--select", "I,F401", str(target)],
        check=True,
        cwd=ROOT,
    )
    subprocess.run([*ruff, "format", "--quiet", str(target)], check=True, cwd=ROOT)


def files_of(tree: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(tree)): p.read_bytes()
        for p in tree.rglob("*.py")
        if "__pycache__" not in p.parts
    }


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "build":
        for old in TARGET.rglob("*.py"):
            old.unlink()
        build_into(TARGET)
        print(f"generated {TARGET.relative_to(ROOT)} from {SOURCE.relative_to(ROOT)}")
        return
    if command != "check":
        raise SystemExit(f"unknown command {command!r}: use build or check")
    with tempfile.TemporaryDirectory(dir=TARGET.parent) as tmp:
        # Inside the package tree so ruff applies the project's own settings, as in build.
        fresh = Path(tmp) / "_sync"
        build_into(fresh)
        expected = files_of(fresh)
    actual = files_of(TARGET)
    drift = sorted(
        [f"missing: {n}" for n in expected.keys() - actual.keys()]
        + [f"not generated: {n}" for n in actual.keys() - expected.keys()]
        + [f"differs: {n}" for n in expected.keys() & actual.keys() if expected[n] != actual[n]]
    )
    if drift:
        print("wrapper/prefect_rest/_sync has drifted from _async (run `make generate`):")
        print("\n".join(f"  {line}" for line in drift))
        raise SystemExit(1)
    print(f"_sync/ matches _async/ ({len(expected)} files)")


if __name__ == "__main__":
    main()
