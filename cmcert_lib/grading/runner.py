"""Inside the sandbox: execute one notebook with nbclient and write the result.

Runs as the unprivileged user, chrooted, under resource limits (see
:mod:`cmcert_lib.grading.sandbox`).  Errors in cells are recorded and execution goes
on; a cell that runs longer than the timeout is interrupted; outputs are capped
by bytes, not lines, so that a single huge line cannot flood the trainer's view.
"""

from __future__ import annotations

import json
import sys

import nbformat
from nbclient import NotebookClient

TRUNCATED = "\n[… sortie tronquée par le correcteur : {size} octets au total]\n"


def cap_outputs(nb: nbformat.NotebookNode, max_bytes: int) -> None:
    """Cut each cell's outputs to ``max_bytes`` (text cut, oversized rich outputs dropped)."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept, used = [], 0
        for output in cell.get("outputs", []):
            size = len(json.dumps(output, ensure_ascii=False).encode("utf-8"))
            if used + size <= max_bytes:
                kept.append(output)
                used += size
                continue
            room = max(0, max_bytes - used)
            if output.get("output_type") == "stream":
                text = output.get("text", "")
                output["text"] = text[: room // 4] + TRUNCATED.format(size=size)
                kept.append(output)
            else:
                kept.append(nbformat.v4.new_output(
                    "stream", name="stdout", text=TRUNCATED.format(size=size)))
            break
        cell["outputs"] = kept


def main(source: str, result: str, cell_timeout: int, max_output_bytes: int) -> int:
    nb = nbformat.read(source, as_version=4)
    client = NotebookClient(
        nb, timeout=cell_timeout, interrupt_on_timeout=True, allow_errors=True,
        kernel_name="python3", resources={"metadata": {"path": "."}},
        record_timing=False, shutdown_kernel="immediate",
    )
    try:
        client.execute()
    except Exception as exc:  # noqa: BLE001 - a dead kernel ends execution; keep what ran
        nb.metadata["cmcert_runner_error"] = f"{type(exc).__name__}: {str(exc)[:500]}"
    cap_outputs(nb, max_output_bytes)
    with open(result, "w", encoding="utf-8") as handle:
        nbformat.write(nb, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
