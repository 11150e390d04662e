"""Batch summaries: thousands of articles to one file each, an index, and a manifest.

Workers read, clean, summarise and write each output atomically (on a cluster, whose
workers may not see this machine's folders, they send the text back and the parent writes
it). Only then does the parent append a line to the manifest (``manifest.jsonl``): the
article's id, content hash, the options it was made with, the output's size and the
summary record. The parent is the manifest's only writer. A rerun reads the manifest and
skips every article whose content and options are unchanged and whose output is still
there, whole, so a run killed at any moment loses no finished work and leaves no
truncated file: at worst an output is written and not yet recorded, and is made again.

run.py runs a batch, worker.py does one article's work wherever it runs, manifest.py and
layout.py own the manifest and the output folder, executors/ the places work runs.
"""

from __future__ import annotations

from .executors import EXECUTORS, local_map, open_executor
from .layout import FORMATS, INDEX_JSONL, INDEX_MD, MANIFEST
from .manifest import earlier_outputs
from .run import run_batch

__all__ = [
    "EXECUTORS",
    "FORMATS",
    "INDEX_JSONL",
    "INDEX_MD",
    "MANIFEST",
    "earlier_outputs",
    "local_map",
    "open_executor",
    "run_batch",
]
