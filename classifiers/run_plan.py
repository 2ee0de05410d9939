"""How the engine splits a batch's rows into session runs."""

from __future__ import annotations

ROWS_PER_RUN = 64
# A session run has a fixed cost (every weight is read once, ~150 kernels launched) worth
# roughly this many tokens of compute on one core. Rows sorted by length share a run only
# while the padding a longer row forces on the rows before it stays below this. On a GPU
# a run's fixed cost (~3 ms of kernel launches and copies, measured on an H100) is worth far
# more than any padding, so there rows share runs up to the batch limits alone.
PAD_TOKENS_PER_RUN = 32


def plan_runs(
    order: list[int], lengths: list[int], budget: int, pad_limit: int | None
) -> list[list[int]]:
    """Split row indices (``order``: sorted by length) into session runs.

    A run pads every row to its longest, so a row joins the current run only while
    the extra padding it forces on the rows already there is at most ``pad_limit``
    (``PAD_TOKENS_PER_RUN`` on the CPU: else a 256-token row would drag a 66-token PII
    window up to 256 tokens, doubling the cost of one long prompt; None on a GPU, where one
    more run costs more than the padding). Runs also stay within ``budget`` padded tokens
    (``max_batch_tokens``: bounds activation memory) and ROWS_PER_RUN rows."""
    chunks: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for k in order:
        length = lengths[k]
        n = len(current)
        if current and (
            n >= ROWS_PER_RUN
            or (n + 1) * length > budget
            or (pad_limit is not None and n * (length - longest) > pad_limit)
        ):
            chunks.append(current)
            current = []
        current.append(k)
        longest = length
    if current:
        chunks.append(current)
    return chunks


def capped_runs(
    order: list[int], lengths: list[int], rows_per_run: int, max_tokens: int, pad_limit: int | None
) -> list[list[int]]:
    """``plan_runs`` with at most ``rows_per_run`` rows of up to ``max_tokens`` each per run
    (the multilingual branch: its arena's peak is one such run)."""
    return [
        run[s : s + rows_per_run]
        for run in plan_runs(order, lengths, rows_per_run * max_tokens, pad_limit)
        for s in range(0, len(run), rows_per_run)
    ]
