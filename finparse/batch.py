"""Many documents at once: :func:`extract_many` and the :class:`Result` it yields.

:func:`extract_many` reads a stream of documents lazily, extracts mentions
from them in a pool of worker processes (or in the calling process), and
yields one :class:`Result` per document, in input order:

>>> from finparse import extract_many
>>> docs = ["Sales rose 5% to $3 million.", "No figures here."]
>>> for result in extract_many(docs, processes=1, kinds="money,percent"):
...     print(result.id, [m.text for m in result.mentions])
0 ['5%', '$3 million']
1 []
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import importlib
import os
import signal
import sys
import traceback
from collections.abc import Generator, Iterable, Iterator, Sized
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, cast

from finparse._validate import check_ref_date
from finparse.model import Mention

if TYPE_CHECKING:
    from concurrent.futures import Future

    from finparse.extractor import Extractor

# Users call extract_many; the command line also uses Failure, extract_each,
# describe_error, cpu_count, load_tqdm and is_terminal, public names kept out
# of __all__.
__all__ = ["Record", "Result", "extract_many"]

#: One input document: a text (its id is its 0-based position in the input),
#: an ``(id, text)`` pair, or an ``(id, text, ref_date)`` triple whose
#: ``ref_date`` (a date, a ``YYYY-MM-DD`` string, or ``None`` for the
#: ``ref_date`` keyword) is the one that document is resolved against.
Record: TypeAlias = str | tuple[Any, str] | tuple[Any, str, dt.date | str | None]

# (id, text, ref_date) after checking, as sent to a worker.
_Item: TypeAlias = tuple[Any, str, "dt.date | None"]
# What a worker sends back for a chunk: the mentions of the documents it
# finished, and the exception that stopped it, if any. When the run keeps
# going after a failed document (see extract_each), that document's entry is
# the description of its exception (a str, which always pickles) instead.
_Done: TypeAlias = tuple[list["tuple[Mention, ...] | str"], "BaseException | None"]


class Result(NamedTuple):
    """One document's mentions, as :func:`extract_many` yields them.

    Attributes:
        id: the document's id: its 0-based position in the input for a bare
            text, else the id its record gave.
        mentions: exactly what :meth:`finparse.Extractor.extract` returns for
            the document, as a tuple (sorted by start offset).

    >>> from finparse import extract_many
    >>> next(extract_many([("q3", "It cost EUR 5m.")], processes=1))
    Result(id='q3', mentions=(Money(text='EUR 5m', ...),))
    """

    id: Any
    mentions: tuple[Mention, ...]


class Failure(NamedTuple):
    """In place of a :class:`Result` from :func:`extract_each`: a document
    whose extraction raised.

    Attributes:
        id: the document's id, as for a :class:`Result`.
        error: what was raised, as :func:`describe_error` gives it.
    """

    id: Any
    error: str


def extract_many(
    texts: Iterable[Record],
    *,
    processes: int | None = None,
    chunksize: int = 8,
    ref_date: dt.date | str | None = None,
    kinds: Iterable[str] | str | None = None,
    extractor: Extractor | None = None,
    progress: bool | None = None,
) -> Iterator[Result]:
    """Extract mentions from many documents; yields a :class:`Result` per document, in input order.

    Args:
        texts: the documents, each a :class:`str` or a record ``(id, text)``
            or ``(id, text, ref_date)`` (see :data:`Record`). Read lazily,
            a few chunks ahead of the results, so a generator over a corpus
            larger than memory is fine.
        processes: how many worker processes to use; ``None`` (the default)
            is one per CPU this process may run on, and ``1`` runs
            everything in the calling process, without a pool. When the
            whole input fits in one chunk it runs in the calling process
            whatever this says (a pool would cost more than it saves).
        chunksize: how many documents a worker is sent at a time. At most
            ``2 * processes`` chunks are in flight, which bounds memory.
        ref_date: the date relative time expressions are resolved against,
            for records that do not give their own.
        kinds: which kinds to extract (default: the extractor's kinds).
        extractor: the :class:`~finparse.Extractor` to use (default: the
            default options). It is sent to each worker once, when the
            worker starts, not with every document.
        progress: show a progress bar on standard error (needs ``tqdm``,
            ``pip install 'finparse-text[progress]'``): ``True`` always (an
            :class:`ImportError` says how to install it when it is
            missing), ``False`` never, ``None`` (the default) when standard
            error is a terminal and ``tqdm`` is installed.

    Returns:
        An iterator of :class:`Result`; each holds exactly the mentions
        ``extractor.extract(text, ref_date=..., kinds=kinds)`` returns.

    Options are checked when it is called: a bad ``processes``,
    ``chunksize``, ``ref_date`` or ``kinds`` raises :class:`ValueError`
    naming the value. Records are checked as they are read: a text that is
    not a :class:`str` raises :class:`TypeError` naming the record's id,
    and a bad per-record ``ref_date`` a :class:`ValueError`, after the
    results of every record before it have been yielded. An exception
    raised while extracting a document (a :class:`TimeoutError` from the
    extractor's ``timeout``) is raised the same way. Stopping early (a
    ``break``, or closing the iterator) or an exception shuts the pool
    down, cancelling the chunks not yet started.

    Worker processes are started with the platform's default method; under
    ``spawn`` (Windows, macOS) call this from code guarded by
    ``if __name__ == "__main__":``, as for any process pool. Under ``fork``
    (Linux) the first chunk is extracted before the pool starts, and when
    more documents follow, every grammar part the kinds may run is built
    (:meth:`Extractor.prepare() <finparse.Extractor.prepare>`): every worker
    inherits them, and none builds them again; under ``spawn`` each worker
    builds the parts its documents need, once.

    >>> from finparse import Extractor, extract_many
    >>> records = [("a1", "Shares fell last month."),
    ...            ("a2", "Shares fell last month.", "2024-03-15")]
    >>> for r in extract_many(records, processes=1, ref_date="2025-09-27"):
    ...     print(r.id, r.mentions[0].text, r.mentions[0].start_date, r.mentions[0].end_date)
    a1 last month 2025-08-01 2025-09-01
    a2 last month 2024-02-01 2024-03-01
    >>> canadian = Extractor(currency_defaults={"$": "CAD"}, kinds="money")
    >>> [r.mentions[0].currency for r in extract_many(["It cost $5."], extractor=canadian)]
    ['CAD']
    >>> extract_many(["It cost $5."], processes=0)
    Traceback (most recent call last):
      ...
    ValueError: processes must be a positive integer or None, got 0
    >>> list(extract_many(["It cost $5.", ("x", b"It cost $5.")], processes=1))
    Traceback (most recent call last):
      ...
    TypeError: the text of record 'x' must be str, not bytes; decode it first, e.g. data.decode('utf-8')
    """
    from finparse.extractor import Extractor, default_extractor
    from finparse.kinds import check_kinds

    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"texts must be an iterable of documents, not {type(texts).__name__}; "
            "for one document use finparse.extract"
        )
    workers = _check_count("processes", cpu_count() if processes is None else processes, "or None")
    size = _check_count("chunksize", chunksize)
    ref = check_ref_date(ref_date)
    wanted = None if kinds is None else check_kinds(kinds)
    if extractor is None:
        extractor = default_extractor()
    elif not isinstance(extractor, Extractor):
        raise TypeError(f"extractor must be a finparse.Extractor or None, not {type(extractor).__name__}")
    bar = _progress_class(progress, sys.stderr)
    total = len(texts) if isinstance(texts, Sized) else None
    # Without keep_going an exception is raised, never yielded as a Failure.
    return cast("Iterator[Result]", _results(iter(texts), workers, size, ref, wanted,
                                              extractor, bar, total, keep_going=False))


def extract_each(records: Iterable[tuple[Any, str, dt.date | None]], *, processes: int,
                 chunksize: int, ref_date: dt.date | None,
                 extractor: Extractor) -> Iterator[Result | Failure]:
    """:func:`extract_many` for the command line, which has checked its options and
    records: a document whose extraction raises an :class:`Exception` gives a
    :class:`Failure` in place of its :class:`Result`, and the others go on.

    >>> from finparse import Extractor
    >>> [r.mentions[0].text for r in extract_each(
    ...     [(1, "It cost $5.", None)], processes=1, chunksize=8, ref_date=None,
    ...     extractor=Extractor())]
    ['$5']
    """
    return _results(iter(records), _check_count("processes", processes),
                    _check_count("chunksize", chunksize), ref_date, None, extractor, None,
                    None, keep_going=True)


def describe_error(exc: BaseException) -> str:
    """An exception in one line: its type's name, and its message if it has one.

    >>> describe_error(RecursionError("maximum recursion depth exceeded"))
    'RecursionError: maximum recursion depth exceeded'
    >>> describe_error(MemoryError())
    'MemoryError'
    """
    try:
        message = str(exc)
    except Exception:  # a broken __str__ must not hide the failure it reports
        message = ""
    name = type(exc).__name__
    return f"{name}: {' '.join(message.split())}" if message.strip() else name


def cpu_count() -> int:
    """How many CPUs this process may run on (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _check_count(name: str, value: object, also: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        also = f" {also}" if also else ""
        raise ValueError(f"{name} must be a positive integer{also}, got {value!r}")
    return value


def load_tqdm() -> Any | None:
    """The ``tqdm.tqdm`` class, or ``None`` when tqdm is not installed."""
    try:
        return importlib.import_module("tqdm").tqdm
    except ImportError:
        return None


def _progress_class(progress: bool | None, stream: Any) -> Any | None:
    """The progress bar class to use for ``progress``, or ``None`` for no bar."""
    if progress is False:
        return None
    if progress is not True and progress is not None:
        raise ValueError(f"progress must be True, False or None, got {progress!r}")
    bar = load_tqdm()
    if bar is None and progress:
        raise ImportError(
            "progress=True needs tqdm, which is not installed: pip install 'finparse-text[progress]'"
        )
    if progress is None and not is_terminal(stream):
        return None
    return bar


def is_terminal(stream: Any) -> bool:
    """``stream`` is a terminal (``False`` for anything that cannot say)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# -- reading the input ---------------------------------------------------------------------


def _item(record: object, position: int, ref: dt.date | None) -> _Item:
    from finparse.core import check_text

    if isinstance(record, str):
        return position, record, ref
    if isinstance(record, (tuple, list)) and len(record) in (2, 3):
        rid = record[0]
        text = check_text(record[1], f"the text of record {rid!r}")
        if len(record) == 3 and record[2] is not None:
            try:
                ref = check_ref_date(record[2])
            except ValueError as exc:
                raise ValueError(f"record {rid!r}: {exc}") from None
        return rid, text, ref
    if isinstance(record, (bytes, bytearray, memoryview)):
        check_text(record, f"record {position}")
    shape = f" of length {len(record)}" if isinstance(record, (tuple, list)) else ""
    raise TypeError(
        f"record {position} must be a str or an (id, text) or (id, text, ref_date) tuple, "
        f"not {type(record).__name__}{shape}"
    )


def _chunks(records: Iterator[object], size: int, ref: dt.date | None) -> Iterator[list[_Item]]:
    """Checked records in lists of ``size``; an error comes after the records before it."""
    chunk: list[_Item] = []
    position = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception:
            if chunk:
                yield chunk
            raise
        try:
            chunk.append(_item(record, position, ref))
        except (TypeError, ValueError):
            if chunk:
                yield chunk
            raise
        position += 1
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- extracting ----------------------------------------------------------------------------

# The extractor and kinds of this worker process, set once by _start_worker.
_WORKER: dict[str, Any] = {}


def _start_worker(extractor: Extractor, kinds: tuple[str, ...] | None) -> None:
    """Pool initializer: receives the extractor once per worker process."""
    # Ctrl-C is for the parent, which stops the pool; workers finish their chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["extractor"] = extractor
    _WORKER["kinds"] = kinds


def _run_chunk(chunk: list[_Item], keep_going: bool) -> _Done:
    """Worker task: the mentions of each document of ``chunk``, in order."""
    done, error = _extract_chunk(_WORKER["extractor"], _WORKER["kinds"], chunk, keep_going)
    if error is not None:
        _note(error, "in a worker process:\n" + "".join(
            traceback.format_exception(type(error), error, error.__traceback__)))
    return done, error


def _extract_chunk(extractor: Extractor, kinds: tuple[str, ...] | None,
                   chunk: list[_Item], keep_going: bool) -> _Done:
    done: list[tuple[Mention, ...] | str] = []
    for rid, text, ref in chunk:
        try:
            done.append(tuple(extractor.extract(text, ref_date=ref, kinds=kinds)))
        except Exception as exc:
            if keep_going:
                done.append(describe_error(exc))
                continue
            _note(exc, f"while extracting record {rid!r}")
            return done, exc
    return done, None


def _note(exc: BaseException, note: str) -> None:
    add_note = getattr(exc, "add_note", None)  # Python 3.11+
    if add_note is not None:
        add_note(note)


def _results(records: Iterator[object], processes: int, size: int, ref: dt.date | None,
             kinds: tuple[str, ...] | None, extractor: Extractor, bar_class: Any | None,
             total: int | None, *, keep_going: bool) -> Iterator[Result | Failure]:
    bar = None if bar_class is None else bar_class(total=total, unit="doc", file=sys.stderr,
                                                   desc="finparse")
    try:
        chunks = _chunks(records, size, ref)
        if processes == 1:
            results = _inline(chunks, extractor, kinds, keep_going)
        else:
            results = _pooled(chunks, processes, extractor, kinds, keep_going)
        with contextlib.closing(results):
            for result in results:
                yield result
                if bar is not None:
                    bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def _inline(chunks: Iterable[list[_Item]], extractor: Extractor, kinds: tuple[str, ...] | None,
            keep_going: bool) -> Generator[Result | Failure, None, None]:
    for chunk in chunks:
        yield from _yield(chunk, _extract_chunk(extractor, kinds, chunk, keep_going))


def _yield(chunk: list[_Item], done: _Done) -> Iterator[Result | Failure]:
    mentions, error = done
    for item, found in zip(chunk, mentions, strict=False):  # shorter after an error
        yield Failure(item[0], found) if isinstance(found, str) else Result(item[0], found)
    if error is not None:
        raise error


def _pooled(chunks: Iterator[list[_Item]], processes: int, extractor: Extractor,
            kinds: tuple[str, ...] | None,
            keep_going: bool) -> Generator[Result | Failure, None, None]:
    window = 2 * processes
    first: list[list[_Item]] = []
    pending: Exception | None = None
    try:
        for chunk in chunks:
            first.append(chunk)
            if len(first) == window:
                break
    except Exception as exc:
        pending = exc
    more = len(first) == window and pending is None
    if len(first) <= 1 and not more:
        # One chunk in all: not worth starting a pool.
        for chunk in first:
            yield from _yield(chunk, _extract_chunk(extractor, kinds, chunk, keep_going))
        if pending is not None:
            raise pending
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # Workers forked from here inherit the grammar parts built so far,
        # and none builds them again. The first chunk is extracted here,
        # before the pool starts (it builds what real text needs); when
        # more chunks follow than the pool's window, every part the kinds
        # may run is built too (Extractor.prepare): else each worker would
        # build the parts the first chunk did not reach, once per worker
        # (CPU time per document with 2 workers 1.17 times that with 1
        # inline on the benchmark slice, 1.02-1.07 with them prepared;
        # benchmarks/workers.py).
        if more:
            extractor.prepare(kinds)
        chunk = first.pop(0)  # a pool starts only with two chunks or more: one is left
        yield from _yield(chunk, _extract_chunk(extractor, kinds, chunk, keep_going))
    pool = ProcessPoolExecutor(max_workers=min(processes, len(first)), mp_context=context,
                               initializer=_start_worker, initargs=(extractor, kinds))
    try:
        flight: collections.deque[tuple[list[_Item], Future[_Done]]] = collections.deque(
            (chunk, pool.submit(_run_chunk, chunk, keep_going)) for chunk in first)
        del first
        while flight:
            chunk, future = flight.popleft()
            if more:
                try:
                    following = next(chunks)
                except StopIteration:
                    more = False
                except Exception as exc:
                    more = False
                    pending = exc
                else:
                    flight.append((following, pool.submit(_run_chunk, following, keep_going)))
            yield from _yield(chunk, future.result())
        if pending is not None:
            raise pending
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
