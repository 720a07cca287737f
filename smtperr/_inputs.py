"""The command line's inputs: names, globs and directories expanded in order, each read
through ``scan_file`` with counts, a progress bar and errors reported as they happen."""

from __future__ import annotations

import argparse
import contextlib
import errno
import glob
import importlib
import os
import select
import stat
import sys
import time
from collections.abc import Generator, Iterator
from typing import Any, BinaryIO, TextIO

from ._records import ClientError

__all__ = ["Run", "isatty"]

_LATENCY = 0.1  # seconds: records written to a pipe or file are flushed at least this often


class Run:
    """Reads the named inputs in order, counting what was read and reporting at once each
    input that cannot be read (grep-like: the others are still read, the status is 2)."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ._stream import Counts

        self.names: list[str] = list(args.files) or ["-"]
        self.jobs: int = args.jobs
        self.quiet: bool = args.quiet
        self.recursive: bool = args.recursive
        self.encoding: str | None = args.encoding
        self.counts = Counts()
        self.files = 0
        self.found = 0
        self.failed = 0
        self.interrupted = False
        self.bar: Any = None
        self.out: TextIO = sys.stdout
        self.flushed = 0.0  # when records were last flushed out (time.monotonic)

    def error(self, message: str) -> None:
        self.failed += 1
        self.say(f"smtperr: {message}")

    def say(self, line: str) -> None:
        """A line on stderr, after the records written so far and above the bar."""
        with contextlib.suppress(OSError, ValueError):  # ValueError: the output is let go
            self.out.flush()
        if self.bar is not None:
            self.bar.clear()
        print(line, file=sys.stderr, flush=True)
        if self.bar is not None:
            self.bar.refresh()

    def records(self) -> Generator[tuple[str, ClientError], None, None]:
        items = list(self._expand())
        self._start_bar(items)
        i = 0
        while i < len(items):
            j = i
            while self.jobs > 1 and j < len(items) and _small(items[j][1]):
                j += 1
            if j - i > 1:  # a run of small files: spread over the processes, one per file
                yield from self._many([name for name, _s, _p in items[i:j]])
                i = j
                continue
            yield from self._one(*items[i])
            i += 1

    def _one(
        self, name: str, source: str | BinaryIO | None, problem: str | None
    ) -> Generator[tuple[str, ClientError], None, None]:
        from ._stream import scan_file

        if problem is not None:
            self.error(f"{name}: {problem}")
            return
        assert source is not None
        if not isinstance(source, str) and not self.quiet and isatty(sys.stdin):
            self.say("smtperr: reading standard input (paste the text, then Ctrl-D; "
                     "or name a FILE: smtperr parse FILE)")
        found = scan_file(source, encoding=self.encoding, jobs=self.jobs, counts=self.counts)
        try:
            for rec in found:
                self.found += 1
                yield name, rec
            self.files += 1
        except BrokenPipeError:
            raise  # from ``waiting``: the output's reader has gone, not a failed input
        except OSError as exc:
            self.error(f"{name}: {exc.strerror or exc}")
        finally:
            close = getattr(found, "close", None)
            if close is not None:
                close()  # stops a parallel scan's workers at once

    def _many(self, paths: list[str]) -> Generator[tuple[str, ClientError], None, None]:
        from ._stream import scan_many

        results = scan_many(paths, encoding=self.encoding, jobs=self.jobs,
                            waiting=self.counts.waiting)
        try:
            for path, result in results:
                if isinstance(result, OSError):
                    self.error(f"{path}: {result.strerror or result}")
                    continue
                records, tally = result
                self.counts.tally(*tally)
                self.files += 1
                for rec in records:
                    self.found += 1
                    yield path, rec
        finally:
            results.close()

    def _expand(self) -> Iterator[tuple[str, str | BinaryIO | None, str | None]]:
        """(name, source, problem) for each input in order; globs are recursive (``**``)."""
        for name in self.names:
            if name == "-":
                yield "<stdin>", sys.stdin.buffer, None
                continue
            if any(c in name for c in "*?["):
                paths = sorted(glob.glob(name, recursive=True))
                if not paths:
                    yield name, None, "no file matches"
                for path in paths:
                    if not os.path.isdir(path):
                        yield path, path, None
                    elif self.recursive:
                        yield from self._walk(path)
            elif os.path.isdir(name):
                if self.recursive:
                    yield from self._walk(name)
                else:
                    yield name, None, "Is a directory (use -r to read the files under it)"
            else:
                yield name, name, None

    def _walk(self, top: str) -> Iterator[tuple[str, str, None]]:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for f in sorted(files):
                path = os.path.join(root, f)
                yield path, path, None

    def _start_bar(self, items: list[tuple[str, str | BinaryIO | None, str | None]]) -> None:
        """One tqdm bar for the whole run, on a terminal, when tqdm is installed: bytes read
        across files and processes, and messages found; it shows after half a second."""
        if self.quiet or not isatty(sys.stderr):
            return
        try:
            tqdm = importlib.import_module("tqdm").tqdm
        except ImportError:
            return
        total: int | None = 0
        for _name, source, _problem in items:
            if isinstance(source, str) and total is not None:
                try:
                    st = os.stat(source)
                except OSError:
                    continue
                total = total + st.st_size if stat.S_ISREG(st.st_mode) else None
            elif source is not None:
                total = None  # standard input: no size known
        self.bar = tqdm(total=total or None, unit="B", unit_scale=True, desc="smtperr",
                        file=sys.stderr, leave=False, delay=0.5)
        bar = self.bar

        def progress(nbytes: int) -> None:
            bar.set_postfix_str(f"{self.found} message(s)", refresh=False)
            bar.update(nbytes)

        self.counts.progress = progress

    def waiting(self) -> None:
        """While workers scan (``--jobs``): the records found so far go out now, and a reader
        that has gone (``| head``) ends the run at once, not at the next record written."""
        try:
            self.out.flush()
            self.flushed = time.monotonic()
        except BrokenPipeError:
            raise
        except (OSError, ValueError):
            pass  # a write error is reported where records are written
        if _reader_gone(self.out):
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    def emit(self, text: str) -> None:
        """Write records' text; on a terminal that shows the bar, above the bar.  Into a pipe
        or a file the text is buffered, but flushed at the first record ``_LATENCY`` seconds
        after the last flush: the first record goes out at once (``| head -1`` returns), a
        reader that has gone is seen at a record soon after, and a fast stream pays ten more
        writes a second at most."""
        bar = self.bar
        if bar is not None and self.out_tty and time.time() >= bar.start_t + bar.delay:
            bar.clear()
            self.out.write(text)
            self.out.flush()
            bar.refresh()
            return
        self.out.write(text)
        if (now := time.monotonic()) >= self.flushed + _LATENCY:
            self.flushed = now
            self.out.flush()

    @property
    def out_tty(self) -> bool:
        return isatty(self.out)

    def close_bar(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def finish(self) -> int:
        """The closing summary; the status: 130 when interrupted, 2 when an input failed,
        else 0 when something was found and 1 when nothing was."""
        self.close_bar()
        if not self.quiet:
            c = self.counts
            self.say(
                f"smtperr: read {c.bytes} bytes, {c.lines} lines from {self.files} input(s); "
                f"found {self.found} message(s); {c.undecodable} undecodable byte(s)"
                + (f"; {self.failed} input(s) could not be read" if self.failed else "")
                + ("; interrupted" if self.interrupted else "")
            )
        if self.interrupted:
            return 130
        if self.failed:
            return 2
        return 0 if self.found else 1


def isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _reader_gone(stream: Any) -> bool:
    """Whether ``stream`` is a pipe or socket whose reading end has closed: ``poll`` shows an
    error or hang-up on it (never on a file; always False where ``poll`` is missing)."""
    if not hasattr(select, "poll"):
        return False
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    poller = select.poll()
    poller.register(fd, 0)  # no events asked for: only POLLERR, POLLHUP and POLLNVAL come
    return any(events & (select.POLLERR | select.POLLHUP) for _fd, events in poller.poll(0))


def _small(source: str | BinaryIO | None) -> bool:
    """A regular file small enough to be one task (not split into ranges)."""
    from ._stream import SMALL

    if not isinstance(source, str):
        return False
    try:
        st = os.stat(source)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size < SMALL
