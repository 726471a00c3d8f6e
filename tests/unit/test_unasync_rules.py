"""generator/unasync.py: the sync twin renames identifiers; prose stays as written.

Comments and string values are prose. Only code quoted in prose (`x`, ``x``, docstring
literal blocks) follows the code rules, and "asynchronous" in a docstring names the client.
"""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_generator() -> ModuleType:
    # generator/ is not a package: load unasync.py with its folder importable (for `drift`).
    import sys

    folder = str(ROOT / "generator")
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(
            "unasync_rules", ROOT / "generator/unasync.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(folder)


generator = _load_generator()


def unasync(source: str) -> str:
    return str(generator.unasync(textwrap.dedent(source)))


def test_code_keywords_and_names_are_rewritten() -> None:
    source = """
        import asyncio
        from collections.abc import AsyncIterator

        async def pages(client: PrefectClient) -> AsyncIterator[int]:
            async with client:
                async for page in client.iter_flows():
                    await asyncio.sleep(0.1)
                    yield await page.aread()
            await asyncio.to_thread(self._host.release)
            raise StopAsyncIteration
    """
    assert unasync(source) == textwrap.dedent("""
        import time
        from collections.abc import Iterator

        def pages(client: SyncPrefectClient) -> Iterator[int]:
            with client:
                for page in client.iter_flows():
                    time.sleep(0.1)
                    yield page.read()
            self._host.release()
            raise StopIteration
    """)


def test_a_comment_about_async_keeps_its_words() -> None:
    source = "x = 1  # the async client and PrefectClient: an async for would leave it open\n"
    assert unasync(source) == source


def test_string_values_are_never_rewritten() -> None:
    source = 'message = "use `async with get_client()`; PrefectClient is the async client"\n'
    assert unasync(source) == source


def test_names_inside_longer_identifiers_are_left_alone() -> None:
    source = "MyPrefectClientFactory = AsyncIteratorish = aclose_all = 1\n"
    assert unasync(source) == source


def test_code_spans_in_docstrings_and_comments_follow_the_code_rules() -> None:
    source = '''
        def f():
            """Use it in ``async with``; iterate with ``async for``; see `httpx.AsyncClient`.

            The async client is asynchronous in spirit; `PrefectClient` is its name.
            """
            # `_depth` counts the open `async with` blocks of the async client
    '''
    assert unasync(source) == textwrap.dedent('''
        def f():
            """Use it in ``with``; iterate with ``for``; see `httpx.Client`.

            The async client is synchronous in spirit; `SyncPrefectClient` is its name.
            """
            # `_depth` counts the open `with` blocks of the async client
    ''')


def test_an_asynchronous_client_becomes_a_synchronous_one_in_docstrings_only() -> None:
    source = '''
        class C:
            """An asynchronous client."""

            kind = "an asynchronous client"  # An asynchronous client
    '''
    assert unasync(source) == textwrap.dedent('''
        class C:
            """A synchronous client."""

            kind = "an asynchronous client"  # An asynchronous client
    ''')


def test_literal_blocks_in_docstrings_are_code() -> None:
    source = '''
        def f():
            """Pass the names as keywords::

                await client.create_task_run(None, run_id, task_key="load")

            then await the result.
            """
    '''
    assert unasync(source) == textwrap.dedent('''
        def f():
            """Pass the names as keywords::

                client.create_task_run(None, run_id, task_key="load")

            then await the result.
            """
    ''')


def test_remove_blocks_are_dropped() -> None:
    source = """
        class C:
            # unasync: begin-remove
            def __enter__(self) -> None:
                raise RuntimeError("async only")

            # unasync: end-remove
            async def __aenter__(self) -> C:
                return self
    """
    assert unasync(source) == textwrap.dedent("""
        class C:
            def __enter__(self) -> C:
                return self
    """)


def test_an_asyncio_use_without_a_sync_rule_fails_the_build() -> None:
    with pytest.raises(generator.UnasyncError, match="asyncio"):
        unasync("await asyncio.gather(a(), b())\n")
    with pytest.raises(generator.UnasyncError, match="to_thread"):
        unasync("await asyncio.to_thread(work, 1)\n")
