"""llama.cpp's quantizer in a process of its own: ``python -m minigate.lifecycle.quantize_worker
SOURCE OUTPUT FTYPE THREADS ALLOW_REQUANTIZE``; exit status 0 when llama.cpp succeeded.

Run in-process, a Ctrl-C during ``llama_model_quantize`` was raised inside llama-cpp-python's
log callback, where ctypes prints and drops the exception: the run went on, wrote its file and
exited 0. Here the parent owns the interrupt (this process ignores SIGINT) and ends this one;
and llama.cpp's log (a line per tensor) goes to this process's stderr, which the parent reads
into its debug log instead of the user's terminal.
"""

from __future__ import annotations

import signal
import sys


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides, and ends this process
    import ctypes

    import llama_cpp

    source, output, ftype, threads, allow = argv
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = int(ftype)
    params.nthread = int(threads)
    params.allow_requantize = allow == "1"
    llama_cpp.llama_backend_init()
    status = llama_cpp.llama_model_quantize(source.encode(), output.encode(), ctypes.byref(params))
    return min(int(status), 255)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
