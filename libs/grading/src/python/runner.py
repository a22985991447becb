"""Sankofa exercise runner: runs inside the learner's process, next to the learner's code.

Started ahead of the job: imports the modules named on its command line (a warm sandbox keeps
them loaded), writes {"kind": "warm"} to fd 3, then blocks reading one JSON job on stdin:
{"source", "filename", "calls": [{"name", "call", "args", "kwargs"}], "maxStdoutChars",
"maxCaseOutputBytes", "maxOutputBytes", "memoryBytes", "cpuSeconds"}. It sets the job's limits,
writes {"kind": "accepted"}, executes the learner's module from that source, calls each
function, and writes one JSON record per line to fd 3 (never to stdout, which belongs to the
learner). Records carry outcomes only, never verdicts: the verdict is computed outside this
process, so a forged record can claim nothing the learner's function could not have returned
itself.
"""

import importlib
import io
import json
import linecache
import math
import os
import resource
import signal
import sys
import time
import traceback
import types

_RESULTS = os.fdopen(3, "wb", buffering=0)
_write = _RESULTS.write
_dumps = json.dumps
_exit = os._exit
_perf = time.perf_counter
MAX_DEPTH = 64
MAX_REPR = 200
MAX_MESSAGE = 500
MAX_VALUE_CHARS = 1_000_000
# The modules to preload; the learner sees the same sys.argv as without any.
_PRELOAD = sys.argv[1:]
del sys.argv[1:]


def emit(record):
    _write((_dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8"))


class CappedText(io.TextIOBase):
    """Stands in for stdout/stderr: keeps the first chars of each case, counts the UTF-8 bytes
    of each case and of the whole run against their caps."""

    def __init__(self, keep, case_cap, total_cap):
        self.keep = keep
        self.case_cap = case_cap
        self.total_cap = total_cap
        self.total = 0
        self.reset()

    def reset(self):
        self.parts = []
        self.kept = 0
        self.case_total = 0
        self.truncated = False

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
        self.case_total += size
        self.total += size
        if self.case_total > self.case_cap or self.total > self.total_cap:
            emit({"kind": "output_limit", "scope": "case" if self.case_total > self.case_cap else "total"})
            _exit(0)
        room = self.keep - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        if len(text) > room:
            self.truncated = True
        return len(text)

    def take(self):
        text = "".join(self.parts)
        truncated = self.truncated
        self.reset()
        return text, truncated


def short_repr(value):
    try:
        text = repr(value)
    except BaseException:  # a learner's __repr__ may raise anything
        text = "<unrepresentable %s>" % type(value).__name__
    if not isinstance(text, str):
        text = "<unrepresentable %s>" % type(value).__name__
    return text if len(text) <= MAX_REPR else text[:MAX_REPR] + "…"


def float_tag(value):
    if math.isnan(value):
        return {"type": "float", "special": "nan"}
    if math.isinf(value):
        return {"type": "float", "special": "inf" if value > 0 else "-inf"}
    return {"type": "float", "value": value}


def int_tag(value):
    # JavaScript numbers hold integers exactly only up to 2^53; larger ones travel as text.
    if -(2**53) <= value <= 2**53:
        return {"type": "int", "value": value}
    return {"type": "int", "digits": str(value)}


def tag(value, depth=0):
    """Type-tagged JSON of a return value. Exact type checks, so that subclasses (an int whose
    __eq__ always says True) are shown by repr and never equal an expected value."""
    kind = type(value)
    if value is None:
        return {"type": "null"}
    if kind is bool:
        return {"type": "bool", "value": value}
    if kind is int:
        return int_tag(value)
    if kind is float:
        return float_tag(value)
    if kind is str:
        return {"type": "str", "value": value}
    if depth >= MAX_DEPTH:
        return {"type": "repr", "repr": short_repr(value)}
    if kind is list or kind is tuple:
        return {"type": "list", "items": [tag(item, depth + 1) for item in value], "tuple": kind is tuple}
    if kind is dict:
        if all(type(key) is str for key in value):
            return {"type": "dict", "entries": {key: tag(item, depth + 1) for key, item in value.items()}}
        return {"type": "repr", "repr": short_repr(value)}
    numpy = sys.modules.get("numpy")  # only if the learner imported it: importing costs ~150 ms
    if numpy is not None:
        if kind is numpy.bool_:
            return {"type": "bool", "value": bool(value)}
        if isinstance(value, numpy.integer) and kind.__module__ == "numpy":
            return int_tag(int(value))
        if isinstance(value, numpy.floating) and kind.__module__ == "numpy":
            return float_tag(float(value))
        if kind is numpy.ndarray and value.dtype.kind in "biuf":
            return {"type": "list", "items": [tag(item, depth + 1) for item in value.tolist()], "ndarray": True}
    return {"type": "repr", "repr": short_repr(value)}


def exception_record(error, filename):
    kind = type(error)
    try:
        message = str(error)
    except BaseException:
        message = "<unprintable message>"
    frames = [
        "line %d, in %s: %s" % (frame.lineno, frame.name, (frame.line or "").strip())
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == filename
    ]
    return {
        "type": kind.__name__,
        "mro": [base.__name__ for base in kind.__mro__ if base is not object],
        "message": message[:MAX_MESSAGE],
        "traceback": frames[-10:],
    }


def cpu_seconds_used():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def limit_resources(memory_bytes, cpu_seconds):
    """The job's limits, set before any learner code runs. CPU time counts from now, not from the
    sandbox's start: preloading is not the learner's. A CPU-time timer ends the process with
    SIGPROF after exactly cpu_seconds (all threads together); RLIMIT_CPU, which counts whole
    seconds only, backs it up for code that cancels the timer and holds for forked children:
    SIGXCPU, then SIGKILL a second later for code that ignores it. Limits can only be lowered
    below what the sandbox was started with. Returns the CPU seconds the job really has."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    _, hard_cap = resource.getrlimit(resource.RLIMIT_CPU)
    used = cpu_seconds_used()
    soft = math.ceil(used + cpu_seconds)
    hard = soft + 1 if hard_cap == resource.RLIM_INFINITY else min(soft + 1, hard_cap)
    soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    return min(cpu_seconds, soft - used)


def main():
    for name in _PRELOAD:
        importlib.import_module(name)
    emit({"kind": "warm"})

    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    emit({"kind": "accepted", "cpuSeconds": limit_resources(job["memoryBytes"], job["cpuSeconds"])})
    filename = job["filename"]
    source = job["source"]
    out = CappedText(job["maxStdoutChars"], job["maxCaseOutputBytes"], job["maxOutputBytes"])
    sys.stdin = io.StringIO("")  # input() gets EOF instead of waiting forever
    sys.stdout = sys.stderr = out

    # Tracebacks read lines through linecache; the source has no file on disk to read from.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        emit({"kind": "syntax_error", "message": str(error.msg), "line": error.lineno, "offset": error.offset,
              "text": (error.text or "").rstrip("\n")[:MAX_REPR]})
        _exit(0)
    except ValueError as error:  # Python 3.11 refuses null bytes in source with a ValueError
        emit({"kind": "syntax_error", "message": str(error), "line": None, "offset": None, "text": ""})
        _exit(0)

    module = types.ModuleType(os.path.splitext(filename)[0])
    module.__file__ = filename
    sys.modules[module.__name__] = module
    start = _perf()
    try:
        exec(code, module.__dict__)
    except BaseException as error:  # SystemExit and KeyboardInterrupt at import are failures too
        stdout, truncated = out.take()
        emit({"kind": "import_error", "error": exception_record(error, filename), "stdout": stdout,
              "stdoutTruncated": truncated, "ms": (_perf() - start) * 1000})
        _exit(0)
    stdout, truncated = out.take()
    emit({"kind": "ready", "stdout": stdout, "stdoutTruncated": truncated, "ms": (_perf() - start) * 1000})

    for index, case in enumerate(job["calls"]):
        function = module.__dict__.get(case["call"])
        if not callable(function):
            emit({"kind": "case", "index": index, "missing": True, "stdout": "", "stdoutTruncated": False, "ms": 0})
            continue
        start = _perf()
        try:
            value = function(*case.get("args", []), **case.get("kwargs", {}))
            outcome = {"value": tag(value)}
        except BaseException as error:  # a case that calls sys.exit() fails alone
            outcome = {"error": exception_record(error, filename)}
        elapsed = (_perf() - start) * 1000
        stdout, truncated = out.take()
        record = {"kind": "case", "index": index, "stdout": stdout, "stdoutTruncated": truncated, "ms": elapsed}
        record.update(outcome)
        try:
            line = _dumps(record, ensure_ascii=False, allow_nan=False)
        except (ValueError, RecursionError):
            line = None
        if line is None or len(line) > MAX_VALUE_CHARS:
            record.pop("value", None)
            record["tooLarge"] = True
            emit(record)
        else:
            _write((line + "\n").encode("utf-8"))
    emit({"kind": "done"})
    # Skip interpreter shutdown: learner atexit hooks and threads have nothing more to say.
    _exit(0)


main()
