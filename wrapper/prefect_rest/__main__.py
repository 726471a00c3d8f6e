"""`python -m prefect_rest` (or the `prefect-rest` command): manage the local server.

    python -m prefect_rest server start [--foreground]
    python -m prefect_rest server stop
    python -m prefect_rest server status [--json]
    python -m prefect_rest server logs [-n LINES] [--follow]

The server is PREFECT_HOME's (from the environment or the active profile), the one
`get_client()` uses when PREFECT_API_URL is not set.
"""

from __future__ import annotations

import argparse
import sys

from prefect_rest.exceptions import PrefectRestError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m prefect_rest",
        description="prefect-rest's local Prefect server (one per PREFECT_HOME).",
    )
    commands = parser.add_subparsers(dest="group", required=True)
    server = commands.add_parser("server", help="the local server of PREFECT_HOME")
    actions = server.add_subparsers(dest="action", required=True)
    start = actions.add_parser("start", help="start it now (if it is not running)")
    start.add_argument(
        "--foreground", action="store_true", help="run it in this terminal, logging here"
    )
    actions.add_parser("stop", help="stop it")
    status = actions.add_parser("status", help="whether it runs, and how")
    status.add_argument("--json", action="store_true", help="as JSON")
    logs = actions.add_parser("logs", help="the end of its log")
    logs.add_argument("-n", "--lines", type=int, default=50, help="how many lines (50)")
    logs.add_argument("-f", "--follow", action="store_true", help="keep printing new lines")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    # Imported here: `--help` should not need the settings or the server's modules.
    from prefect_rest._local_server import commands
    from prefect_rest.settings import load_settings

    try:
        settings = load_settings()
        if arguments.action == "start":
            return commands.start(settings, foreground=arguments.foreground)
        if arguments.action == "stop":
            return commands.stop_command(settings)
        if arguments.action == "status":
            return commands.status(settings, as_json=arguments.json)
        return commands.logs(settings, lines=arguments.lines, follow=arguments.follow)
    except PrefectRestError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
