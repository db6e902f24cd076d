"""``--threads``: torch threads per process, one by default (torch's default spins on a busy
machine: docs/models.md measured 5 to 100 times slower parsing)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventcode.cli import UsageError, build_parser, limit_torch_threads


@pytest.mark.parametrize(
    ("environment", "threads", "expected"),
    [
        (None, None, "1"),  # nothing said: one thread
        ("3", None, "3"),  # the environment's setting stands
        ("3", 2, "2"),  # the option wins over the environment
        (None, 4, "4"),
    ],
)
def test_threads_from_the_option_the_environment_or_one(monkeypatch, environment, threads, expected):
    if environment is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", environment)
    limit_torch_threads(threads)
    import os

    assert os.environ["OMP_NUM_THREADS"] == expected


def test_fewer_than_one_thread_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    with pytest.raises(UsageError, match="--threads must be at least 1"):
        limit_torch_threads(0)


@pytest.mark.parametrize("command", [["code", "--lang", "en"], ["parse", "--lang", "en"], ["explain", "x", "--lang", "en"], ["eval", "conflibert"]])
def test_every_parsing_command_takes_threads(command):
    args = build_parser().parse_args([*command, "--threads", "2"])
    assert args.threads == 2


def test_torch_in_a_worker_reads_one_thread():
    """What a process started by the CLI sees: torch imported after the setting uses it."""
    code = (
        "import os, sys; os.environ.pop('OMP_NUM_THREADS', None); "
        "from eventcode.cli import limit_torch_threads; limit_torch_threads(None); "
        "import torch; print(torch.get_num_threads())"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "1"
