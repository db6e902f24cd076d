"""Property-based testing of codebooks: hypothesis strategies, perturbations and properties.

Researchers who extend a codebook can check that their frames do what they mean on every
sentence shape, not only on the examples they wrote (docs/testing.md has a tutorial):

- :mod:`eventcode.testing.strategies`: valid UD v2 sentences, and trees that realise a given
  compiled frame together with the event it must produce;
- :mod:`eventcode.testing.perturb`: meaning-preserving (or predictably changing) rewrites of a
  tree: passive, negation, coordination, irrelevant modifiers, operators, aliases, pronouns;
- :mod:`eventcode.testing.properties`: ready-made properties, a naive reference matcher, and
  :func:`check_codebook_properties`, which runs them all on every frame of a codebook.

Requires ``hypothesis`` (installed with the ``test`` extra).
"""

from eventcode.testing._oracle import Expected, triple
from eventcode.testing._tree import to_conllu, tree_problems
from eventcode.testing.perturb import NotApplicable
from eventcode.testing import perturb, properties, strategies
from eventcode.testing.properties import PROPERTIES, Report, check_codebook_properties, codes, naive_code_document
from eventcode.testing.strategies import FrameInstance, NotRealisable, frame_instances, sentences

__all__ = [
    "PROPERTIES",
    "Expected",
    "FrameInstance",
    "NotApplicable",
    "NotRealisable",
    "Report",
    "check_codebook_properties",
    "codes",
    "frame_instances",
    "naive_code_document",
    "perturb",
    "properties",
    "sentences",
    "strategies",
    "to_conllu",
    "tree_problems",
    "triple",
]
