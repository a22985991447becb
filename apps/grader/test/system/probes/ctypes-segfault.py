# Reads memory at address 8 through ctypes: the interpreter dies with SIGSEGV.
import ctypes


def summarise(values):
    return ctypes.cast(8, ctypes.POINTER(ctypes.c_long))[0]
