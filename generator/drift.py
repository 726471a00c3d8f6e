"""The one drift comparison: does a committed tree equal what its generator writes now?"""

from __future__ import annotations

from pathlib import Path


def files_of(tree: Path, pattern: str = "*") -> dict[str, bytes]:
    """Relative path -> bytes of every file matching `pattern` under `tree` (no caches)."""
    if not tree.is_dir():
        return {}
    return {
        str(path.relative_to(tree)): path.read_bytes()
        for path in tree.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def fail_on_drift(expected: dict[str, bytes], committed: dict[str, bytes], what: str) -> None:
    """Exit 1 listing every difference, byte for byte; else say it matches."""
    drift = sorted(
        [f"missing: {name}" for name in expected.keys() - committed.keys()]
        + [f"not generated: {name}" for name in committed.keys() - expected.keys()]
        + [
            f"differs: {name}"
            for name in expected.keys() & committed.keys()
            if expected[name] != committed[name]
        ]
    )
    if drift:
        print(f"{what} has drifted from its sources (run `make generate`):")
        print("\n".join(f"  {line}" for line in drift))
        raise SystemExit(1)
    print(f"{what} matches its sources ({len(expected)} files)")
