# Lifts the recursion limit and recurses in C (repr of a deeply nested list): the interpreter
# overflows its C stack and dies with SIGSEGV.
import sys

sys.setrecursionlimit(10**8)


def summarise(values):
    nested = []
    for _ in range(10**6):
        nested = [nested]
    return repr(nested)
