"""eventcode: political event coding from news text with Stanza and YAML codebooks.

The public API is the list in ``__all__``; everything else may change without notice.
"""

from eventcode.codebook import CodebookError, CodebookInvalid, check_codebook, load_codebook
from eventcode.coding.coder import Coder
from eventcode.explain import Explanation
from eventcode.frames import to_dataframe
from eventcode.model import Actor, Document, Event, Sentence, Token, Word
from eventcode.output import FORMATS, open_writer, to_plover, write_events
from eventcode.parsing.conllu import ConllReadError, iter_conllu, read_conllu

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "CodebookError",
    "CodebookInvalid",
    "Coder",
    "ConllReadError",
    "Document",
    "Event",
    "Explanation",
    "FORMATS",
    "Sentence",
    "Token",
    "Word",
    "check_codebook",
    "iter_conllu",
    "load_codebook",
    "open_writer",
    "read_conllu",
    "to_dataframe",
    "to_plover",
    "write_events",
]
