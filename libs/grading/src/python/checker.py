"""Sankofa checker host: runs an exercise's trusted checks.py in a process of its own.

Reads one JSON job on stdin: {"source", "items": [{"check", "args", "kwargs", "outcome"}]}.
Each check is called as check(args, kwargs, outcome) with JSON values only (the learner's
outcome as recorded by the runner, never a learner object) and must return (ok, message).
Writes one JSON line per item to fd 3: {"index", "ok", "message"} or {"index", "error"}.
"""

import io
import json
import os
import sys
import traceback
import types

_RESULTS = os.fdopen(3, "wb", buffering=0)


def emit(record):
    _RESULTS.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))


def main():
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    sys.stdin = io.StringIO("")
    sys.stdout = sys.stderr = io.StringIO()  # a checker's prints are not results
    module = types.ModuleType("checks")
    exec(compile(job["source"], "checks.py", "exec", dont_inherit=True), module.__dict__)
    for index, item in enumerate(job["items"]):
        check = module.__dict__.get(item["check"])
        if not callable(check):
            emit({"index": index, "error": "checks.py has no function %r" % item["check"]})
            continue
        try:
            result = check(item["args"], item["kwargs"], item["outcome"])
            ok, message = result
            if type(ok) is not bool or not isinstance(message, str):
                raise TypeError("a check must return (bool, str), got %r" % (result,))
            emit({"index": index, "ok": ok, "message": message})
        except Exception:
            emit({"index": index, "error": traceback.format_exc(limit=5)[-2000:]})
    _RESULTS.flush()
    os._exit(0)


main()
