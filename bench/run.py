"""`make bench`: every benchmark in this folder, one after another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("*.py")):
    if script.name == "run.py":
        continue
    print(f"== {script.name}", flush=True)
    subprocess.run([sys.executable, str(script)], check=True)
