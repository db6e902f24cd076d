"""`eventcode check` on one codebook with the five kinds of error the engine issue names.

Every error must come out at once, each with file:line:col and its code, with exit status 2
and no traceback — through the real command line in a subprocess.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

BROKEN = textwrap.dedent(
    """\
    codebook: five-errors
    language: fr
    sets:
      ARMES: {lemmas: [arme, missile]}
    predicates:
      - id: fournir
        lemma: fournir
        frames:
          - id: fournir.armes
            args: {source: subject, target: "obl:à", theme: {slot: object, in: $ARMEZ}}
            cdoe: "072"
          - id: fournir.base
            args: {source: subject, target: object}
            code: 042
          - id: fournir.inconnu
            args: {source: subject, target: object}
            code: "999"
    actors:
      - id: someone
        type: person
        names: {fr: [Quelqu'un]}
        roles:
          - {code: FRAGOV, from: 2017-05-14, to: 2022-05-13}
          - {code: FRAGOV, from: 2020-01-01}
    """
)


def test_every_error_at_once_with_locations(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eventcode", "check", str(path)], capture_output=True, text=True, check=False
    )
    assert 2 == result.returncode
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    expected = [
        (10, "E030", "$ARMEZ"),  # unknown $SET
        (11, "E001", "'cdoe'"),  # unknown key, with did-you-mean
        (14, "E005", "'042'"),  # unquoted 042
        (17, "E040", "'999'"),  # unknown code
        (24, "E050", "overlaps"),  # overlapping role windows
    ]
    for line_number, code, fragment in expected:
        matching = [
            line
            for line in lines
            if line.startswith(f"{path}:{line_number}:") and f"error[{code}]" in line and fragment in line
        ]
        assert matching, f"no {code} at line {line_number} in:\n{result.stdout}"
    assert "did you mean 'code'" in result.stdout
