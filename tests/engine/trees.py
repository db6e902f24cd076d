"""Hand-written UD v2 trees for the engine tests.

Each tree is written one word per line with whitespace between the ten CoNLL-U columns
(no column contains a space), and :func:`conllu` turns it into real tab-separated CoNLL-U.
Multi-word tokens (French ``du``, ``au``) are written as range lines, as UD does.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from eventcode import Coder
    from eventcode.codebook.compiled import CompiledCodebook
    from eventcode.model import Document


def codebook_from_yaml(folder: "Path", text: str, language: str = "en") -> "CompiledCodebook":
    """A test's own codebook: ``text`` (YAML, dedented) written to ``folder/cb.yaml`` and loaded
    for ``language``; the file stays there for tests that also run the CLI on it."""
    from eventcode.codebook import load_codebook

    path = folder / "cb.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return load_codebook(path, language=language)


def rows_block(rows: list[tuple[str, str, str, int, str]]) -> str:
    """One sentence block from ``(form, lemma, upos, head, deprel)`` rows, ids from 1: for the
    short trees a test builds in code (a word swapped, a particle added)."""
    body = "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{d}\t_\t_" for i, (f, l, u, h, d) in enumerate(rows, start=1))
    return f"# text = x\n{body}\n\n"


def rows_document(rows: list[tuple[str, str, str, int, str]]) -> "Document":
    """The one-sentence document of :func:`rows_block`."""
    from eventcode.parsing.conllu import read_conllu

    (document,) = read_conllu(f"# newdoc id = d\n{rows_block(rows)}")
    return document


def conllu(*sentences: str, doc_id: str = "test", date: str | None = None) -> str:
    """One CoNLL-U document from whitespace-aligned sentence blocks."""
    lines = [f"# newdoc id = {doc_id}"]
    if date:
        lines.append(f"# date = {date}")
    for block in sentences:
        for line in textwrap.dedent(block).strip().splitlines():
            line = line.strip()
            lines.append(line if line.startswith("#") else "\t".join(line.split()))
        lines.append("")
    return "\n".join(lines) + "\n"


# "La ministre nord-coréenne est en visite à Moscou, où elle doit être reçue par le président
# russe Vladimir Poutine." -- copular nominal predicate, relative clause, passive under xcomp.
FR_VISITE_RECUE = """
# text = La ministre nord-coréenne est en visite à Moscou, où elle doit être reçue par le président russe Vladimir Poutine.
1   La             le            DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2   det        _  _
2   ministre       ministre      NOUN   _  Gender=Fem|Number=Sing                            6   nsubj      _  _
3   nord-coréenne  nord-coréen   ADJ    _  Gender=Fem|Number=Sing                            2   amod       _  _
4   est            être          AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  6   cop  _  _
5   en             en            ADP    _  _                                                 6   case       _  _
6   visite         visite        NOUN   _  Gender=Fem|Number=Sing                            0   root       _  _
7   à              à             ADP    _  _                                                 8   case       _  _
8   Moscou         Moscou        PROPN  _  _                                                 6   nmod       _  SpaceAfter=No
9   ,              ,             PUNCT  _  _                                                 12  punct      _  _
10  où             où            ADV    _  PronType=Rel                                      14  advmod     _  _
11  elle           il            PRON   _  Gender=Fem|Number=Sing|Person=3|PronType=Prs      12  nsubj      _  _
12  doit           devoir        VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  8  acl:relcl  _  _
13  être           être          AUX    _  VerbForm=Inf                                      14  aux:pass   _  _
14  reçue          recevoir      VERB   _  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass  12  xcomp  _  _
15  par            par           ADP    _  _                                                 17  case       _  _
16  le             le            DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art 17  det        _  _
17  président      président     NOUN   _  Gender=Masc|Number=Sing                           14  obl:agent  _  _
18  russe          russe         ADJ    _  Gender=Masc|Number=Sing                           17  amod       _  _
19  Vladimir       Vladimir      PROPN  _  _                                                 17  appos      _  _
20  Poutine        Poutine       PROPN  _  _                                                 19  flat:name  _  SpaceAfter=No
21  .              .             PUNCT  _  _                                                 6   punct      _  _
"""

# "La France a visité la Corée du Nord." -- active verb, MWT du = de + le inside a name.
FR_VISITER = """
# text = La France a visité la Corée du Nord.
1    La      le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det    _  _
2    France  France   PROPN  _  _                                                 4  nsubj  _  _
3    a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  4  aux:tense  _  _
4    visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root   _  _
5    la      le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  6  det    _  _
6    Corée   Corée    PROPN  _  _                                                 4  obj    _  _
7-8  du      _        _      _  _                                                 _  _      _  _
7    de      de       ADP    _  _                                                 9  case   _  _
8    le      le       DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  9  det   _  _
9    Nord    Nord     PROPN  _  _                                                 6  nmod   _  SpaceAfter=No
10   .       .        PUNCT  _  _                                                 4  punct  _  _
"""

# "Pyongyang fournit la Russie en armes et en munitions."
FR_FOURNIR_EN_ARMES = """
# text = Pyongyang fournit la Russie en armes et en munitions.
1   Pyongyang  Pyongyang  PROPN  _  _                                                 2  nsubj    _  _
2   fournit    fournir    VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
3   la         le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  4  det      _  _
4   Russie     Russie     PROPN  _  _                                                 2  obj      _  _
5   en         en         ADP    _  _                                                 6  case     _  _
6   armes      arme       NOUN   _  Gender=Fem|Number=Plur                            2  obl:arg  _  _
7   et         et         CCONJ  _  _                                                 9  cc       _  _
8   en         en         ADP    _  _                                                 9  case     _  _
9   munitions  munition   NOUN   _  Gender=Fem|Number=Plur                            6  conj     _  SpaceAfter=No
10  .          .          PUNCT  _  _                                                 2  punct    _  _
"""

# "La Corée du Nord fournit des soldats à la Russie."
FR_FOURNIR_SOLDATS = """
# text = La Corée du Nord fournit des soldats à la Russie.
1    La       le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det    _  _
2    Corée    Corée    PROPN  _  _                                                 6  nsubj  _  _
3-4  du       _        _      _  _                                                 _  _      _  _
3    de       de       ADP    _  _                                                 5  case   _  _
4    le       le       DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art 5  det    _  _
5    Nord     Nord     PROPN  _  _                                                 2  nmod   _  _
6    fournit  fournir  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
7    des      un       DET    _  Definite=Ind|Number=Plur|PronType=Art             8  det    _  _
8    soldats  soldat   NOUN   _  Gender=Masc|Number=Plur                           6  obj    _  _
9    à        à        ADP    _  _                                                 11 case   _  _
10   la       le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  11 det    _  _
11   Russie   Russie   PROPN  _  _                                                 6  obl:arg  _  SpaceAfter=No
12   .        .        PUNCT  _  _                                                 6  punct  _  _
"""

# "La Russie et la Corée du Nord ont signé un pacte de défense."
FR_SIGNER_PACTE = """
# text = La Russie et la Corée du Nord ont signé un pacte de défense.
1    La       le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det    _  _
2    Russie   Russie   PROPN  _  _                                                 10 nsubj  _  _
3    et       et       CCONJ  _  _                                                 5  cc     _  _
4    la       le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  5  det    _  _
5    Corée    Corée    PROPN  _  _                                                 2  conj   _  _
6-7  du       _        _      _  _                                                 _  _      _  _
6    de       de       ADP    _  _                                                 8  case   _  _
7    le       le       DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art 8  det    _  _
8    Nord     Nord     PROPN  _  _                                                 5  nmod   _  _
9    ont      avoir    AUX    _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  10  aux:tense  _  _
10   signé    signer   VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root   _  _
11   un       un       DET    _  Definite=Ind|Gender=Masc|Number=Sing|PronType=Art 12 det    _  _
12   pacte    pacte    NOUN   _  Gender=Masc|Number=Sing                           10 obj    _  _
13   de       de       ADP    _  _                                                 14 case   _  _
14   défense  défense  NOUN   _  Gender=Fem|Number=Sing                            12 nmod   _  SpaceAfter=No
15   .        .        PUNCT  _  _                                                 10 punct  _  _
"""

# "La Russie n'a pas signé le traité avec l'Ukraine." -- negation recodes 057 to 127.
FR_SIGNER_NEGATION = """
# text = La Russie n'a pas signé le traité avec l'Ukraine.
1   La       le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det    _  _
2   Russie   Russie   PROPN  _  _                                                 6  nsubj  _  _
3   n'       ne       ADV    _  Polarity=Neg                                      6  advmod _  SpaceAfter=No
4   a        avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  6  aux:tense  _  _
5   pas      pas      ADV    _  Polarity=Neg                                      6  advmod _  _
6   signé    signer   VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root   _  _
7   le       le       DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art 8  det    _  _
8   traité   traité   NOUN   _  Gender=Masc|Number=Sing                           6  obj    _  _
9   avec     avec     ADP    _  _                                                 11 case   _  _
10  l'       le       DET    _  Definite=Def|Number=Sing|PronType=Art             11 det    _  SpaceAfter=No
11  Ukraine  Ukraine  PROPN  _  _                                                 6  obl:mod  _  SpaceAfter=No
12  .        .        PUNCT  _  _                                                 6  punct  _  _
"""

# "Paris ne fournira pas d'armes à Kiev." -- negation flag (policy: flag).
FR_FOURNIR_NEGATION = """
# text = Paris ne fournira pas d'armes à Kiev.
1   Paris     Paris    PROPN  _  _                                                 3  nsubj   _  _
2   ne        ne       ADV    _  Polarity=Neg                                      3  advmod  _  _
3   fournira  fournir  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin  0  root  _  _
4   pas       pas      ADV    _  Polarity=Neg                                      3  advmod  _  _
5   d'        un       DET    _  Definite=Ind|Number=Plur|PronType=Art             6  det     _  SpaceAfter=No
6   armes     arme     NOUN   _  Gender=Fem|Number=Plur                            3  obj     _  _
7   à         à        ADP    _  _                                                 8  case    _  _
8   Kiev      Kiev     PROPN  _  _                                                 3  obl:arg _  SpaceAfter=No
9   .         .        PUNCT  _  _                                                 3  punct   _  _
"""

# "Paris promet de fournir des missiles à Kiev." -- operator through xcomp: 072 -> 0332.
FR_PROMETTRE = """
# text = Paris promet de fournir des missiles à Kiev.
1    Paris     Paris     PROPN  _  _                                                 2  nsubj   _  _
2    promet    promettre VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
3    de        de        ADP    _  _                                                 4  mark    _  _
4    fournir   fournir   VERB   _  VerbForm=Inf                                      2  xcomp   _  _
5    des       un        DET    _  Definite=Ind|Number=Plur|PronType=Art             6  det     _  _
6    missiles  missile   NOUN   _  Gender=Masc|Number=Plur                           4  obj     _  _
7    à         à         ADP    _  _                                                 8  case    _  _
8    Kiev      Kiev      PROPN  _  _                                                 4  obl:arg _  SpaceAfter=No
9    .         .         PUNCT  _  _                                                 2  punct   _  _
"""

# "Un pacte de défense a été signé après la visite d'État de Vladimir Poutine à Pyongyang."
FR_VISITE_NOMINALE = """
# text = Un pacte a été signé après la visite d'État de Vladimir Poutine à Pyongyang.
1   Un        un        DET    _  Definite=Ind|Gender=Masc|Number=Sing|PronType=Art  2  det        _  _
2   pacte     pacte     NOUN   _  Gender=Masc|Number=Sing                            5  nsubj:pass _  _
3   a         avoir     AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  5  aux:tense  _  _
4   été       être      AUX    _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part   5  aux:pass   _  _
5   signé     signer    VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass  0  root  _  _
6   après     après     ADP    _  _                                                  8  case       _  _
7   la        le        DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art   8  det        _  _
8   visite    visite    NOUN   _  Gender=Fem|Number=Sing                             5  obl:mod    _  _
9   d'        de        ADP    _  _                                                  10 case       _  SpaceAfter=No
10  État      État      NOUN   _  Gender=Masc|Number=Sing                            8  nmod       _  _
11  de        de        ADP    _  _                                                  12 case       _  _
12  Vladimir  Vladimir  PROPN  _  _                                                  8  nmod       _  _
13  Poutine   Poutine   PROPN  _  _                                                  12 flat:name  _  _
14  à         à         ADP    _  _                                                  15 case       _  _
15  Pyongyang Pyongyang PROPN  _  _                                                  8  nmod       _  SpaceAfter=No
16  .         .         PUNCT  _  _                                                  5  punct      _  _
"""

# "Macron a visité Kiev." -- the document date picks Macron's role.
FR_MACRON = """
# text = Macron a visité Kiev.
1  Macron  Macron   PROPN  _  _                                                 3  nsubj      _  _
2  a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  3  aux:tense  _  _
3  visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root       _  _
4  Kiev    Kiev     PROPN  _  _                                                 3  obj        _  SpaceAfter=No
5  .       .        PUNCT  _  _                                                 3  punct      _  _
"""

# "Les soldats nord-coréens ont visité l'Ukraine." -- agent + demonym = PRKMIL.
FR_SOLDATS = """
# text = Les soldats nord-coréens ont visité l'Ukraine.
1  Les           le           DET    _  Definite=Def|Number=Plur|PronType=Art  2  det        _  _
2  soldats       soldat       NOUN   _  Gender=Masc|Number=Plur                5  nsubj      _  _
3  nord-coréens  nord-coréen  ADJ    _  Gender=Masc|Number=Plur                2  amod       _  _
4  ont           avoir        AUX    _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  5  aux:tense  _  _
5  visité        visiter      VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root  _  _
6  l'            le           DET    _  Definite=Def|Number=Sing|PronType=Art  7  det        _  SpaceAfter=No
7  Ukraine       Ukraine      PROPN  _  _                                      5  obj        _  SpaceAfter=No
8  .             .            PUNCT  _  _                                      5  punct      _  _
"""

# "Un pont sera construit par la Chine au Kenya." -- passive, au = à + le, extension code.
FR_PONT = """
# text = Un pont sera construit par la Chine au Kenya.
1    Un        un         DET    _  Definite=Ind|Gender=Masc|Number=Sing|PronType=Art  2  det        _  _
2    pont      pont       NOUN   _  Gender=Masc|Number=Sing                            4  nsubj:pass _  _
3    sera      être       AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin  4  aux:pass  _  _
4    construit construire VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass  0  root  _  _
5    par       par        ADP    _  _                                                  7  case       _  _
6    la        le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art   7  det        _  _
7    Chine     Chine      PROPN  _  _                                                  4  obl:agent  _  _
8-9  au        _          _      _  _                                                  _  _          _  _
8    à         à          ADP    _  _                                                  10 case       _  _
9    le        le         DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  10 det        _  _
10   Kenya     Kenya      PROPN  _  _                                                  4  obl:mod    _  SpaceAfter=No
11   .         .          PUNCT  _  _                                                  4  punct      _  _
"""

# "Le rapport fournit des chiffres à la presse." -- no event: the theme is not in a set.
FR_RAPPORT = """
# text = Le rapport fournit des chiffres à la presse.
1    Le        le        DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  2  det      _  _
2    rapport   rapport   NOUN   _  Gender=Masc|Number=Sing                            3  nsubj    _  _
3    fournit   fournir   VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
4    des       un        DET    _  Definite=Ind|Number=Plur|PronType=Art              5  det      _  _
5    chiffres  chiffre   NOUN   _  Gender=Masc|Number=Plur                            3  obj      _  _
6    à         à         ADP    _  _                                                  8  case     _  _
7    la        le        DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art   8  det      _  _
8    presse    presse    NOUN   _  Gender=Fem|Number=Sing                             3  obl:arg  _  SpaceAfter=No
9    .         .         PUNCT  _  _                                                  3  punct    _  _
"""

# "Macron effectue une visite en Chine." -- light verb: source from the verb's subject.
FR_LIGHT_VERB = """
# text = Macron effectue une visite en Chine.
1  Macron    Macron    PROPN  _  _                                                 2  nsubj  _  _
2  effectue  effectuer VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
3  une       un        DET    _  Definite=Ind|Gender=Fem|Number=Sing|PronType=Art  4  det    _  _
4  visite    visite    NOUN   _  Gender=Fem|Number=Sing                            2  obj    _  _
5  en        en        ADP    _  _                                                 6  case   _  _
6  Chine     Chine     PROPN  _  _                                                 4  nmod   _  SpaceAfter=No
7  .         .         PUNCT  _  _                                                 2  punct  _  _
"""

# English trees, following UD_English-EWT conventions.

EN_VISITED = """
# text = The North Korean foreign minister visited Moscow.
1  The      the      DET    DT   Definite=Def|PronType=Art  5  det       _  _
2  North    North    PROPN  NNP  Number=Sing                3  compound  _  _
3  Korean   Korean   ADJ    JJ   Degree=Pos                 5  amod      _  _
4  foreign  foreign  ADJ    JJ   Degree=Pos                 5  amod      _  _
5  minister minister NOUN   NN   Number=Sing                6  nsubj     _  _
6  visited  visit    VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
7  Moscow   Moscow   PROPN  NNP  Number=Sing                6  obj       _  SpaceAfter=No
8  .        .        PUNCT  .    _                          6  punct     _  _
"""

EN_RECEIVED = """
# text = She was received by Russian President Vladimir Putin.
1  She       she       PRON   PRP  Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs  3  nsubj:pass  _  _
2  was       be        AUX    VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  3  aux:pass    _  _
3  received  receive   VERB   VBN  Tense=Past|VerbForm=Part|Voice=Pass  0  root        _  _
4  by        by        ADP    IN   _                                   8  case        _  _
5  Russian   Russian   ADJ    JJ   Degree=Pos                          8  amod        _  _
6  President President PROPN  NNP  Number=Sing                         8  compound    _  _
7  Vladimir  Vladimir  PROPN  NNP  Number=Sing                         8  compound    _  _
8  Putin     Putin     PROPN  NNP  Number=Sing                         3  obl:agent   _  SpaceAfter=No
9  .         .         PUNCT  .    _                                   3  punct       _  _
"""

EN_SUPPLY_WITH = """
# text = Pyongyang supplied Russia with weapons and ammunition.
1  Pyongyang   Pyongyang   PROPN  NNP  Number=Sing  2  nsubj  _  _
2  supplied    supply      VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
3  Russia      Russia      PROPN  NNP  Number=Sing  2  obj    _  _
4  with        with        ADP    IN   _            5  case   _  _
5  weapons     weapon      NOUN   NNS  Number=Plur  2  obl    _  _
6  and         and         CCONJ  CC   _            7  cc     _  _
7  ammunition  ammunition  NOUN   NN   Number=Sing  5  conj   _  SpaceAfter=No
8  .           .           PUNCT  .    _            2  punct  _  _
"""

EN_SENT_TROOPS = """
# text = North Korea sent troops to Russia.
1  North   North   PROPN  NNP  Number=Sing  2  compound  _  _
2  Korea   Korea   PROPN  NNP  Number=Sing  3  nsubj     _  _
3  sent    send    VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
4  troops  troop   NOUN   NNS  Number=Plur  3  obj       _  _
5  to      to      ADP    IN   _            6  case      _  _
6  Russia  Russia  PROPN  NNP  Number=Sing  3  obl       _  SpaceAfter=No
7  .       .       PUNCT  .    _            3  punct     _  _
"""

EN_SIGNED_PACT = """
# text = Russia and North Korea signed a defense pact.
1  Russia   Russia   PROPN  NNP  Number=Sing  5  nsubj     _  _
2  and      and      CCONJ  CC   _            4  cc        _  _
3  North    North    PROPN  NNP  Number=Sing  4  compound  _  _
4  Korea    Korea    PROPN  NNP  Number=Sing  1  conj      _  _
5  signed   sign     VERB   VBD  Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
6  a        a        DET    DT   Definite=Ind|PronType=Art  8  det  _  _
7  defense  defense  NOUN   NN   Number=Sing  8  compound  _  _
8  pact     pact     NOUN   NN   Number=Sing  5  obj       _  SpaceAfter=No
9  .        .        PUNCT  .    _            5  punct     _  _
"""

EN_NOT_SIGNED = """
# text = Russia did not sign the treaty with Ukraine.
1  Russia   Russia   PROPN  NNP  Number=Sing  4  nsubj   _  _
2  did      do       AUX    VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  4  aux  _  _
3  not      not      PART   RB   Polarity=Neg 4  advmod  _  _
4  sign     sign     VERB   VB   VerbForm=Inf 0  root    _  _
5  the      the      DET    DT   Definite=Def|PronType=Art  6  det  _  _
6  treaty   treaty   NOUN   NN   Number=Sing  4  obj     _  _
7  with     with     ADP    IN   _            8  case    _  _
8  Ukraine  Ukraine  PROPN  NNP  Number=Sing  4  obl     _  SpaceAfter=No
9  .        .        PUNCT  .    _            4  punct   _  _
"""

EN_PROMISED = """
# text = France promised to supply missiles to Kyiv.
1  France    France    PROPN  NNP  Number=Sing  2  nsubj  _  _
2  promised  promise   VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
3  to        to        PART   TO   _            4  mark   _  _
4  supply    supply    VERB   VB   VerbForm=Inf 2  xcomp  _  _
5  missiles  missile   NOUN   NNS  Number=Plur  4  obj    _  _
6  to        to        ADP    IN   _            7  case   _  _
7  Kyiv      Kyiv      PROPN  NNP  Number=Sing  4  obl    _  SpaceAfter=No
8  .         .         PUNCT  .    _            2  punct  _  _
"""

EN_POSSESSIVE_VISIT = """
# text = The pact was signed after Putin's state visit to Pyongyang.
1   The        the        DET    DT   Definite=Def|PronType=Art  2  det  _  _
2   pact       pact       NOUN   NN   Number=Sing  4  nsubj:pass  _  _
3   was        be         AUX    VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  4  aux:pass  _  _
4   signed     sign       VERB   VBN  Tense=Past|VerbForm=Part|Voice=Pass  0  root  _  _
5   after      after      ADP    IN   _            9  case       _  _
6   Putin      Putin      PROPN  NNP  Number=Sing  9  nmod:poss  _  SpaceAfter=No
7   's         's         PART   POS  _            6  case       _  _
8   state      state      NOUN   NN   Number=Sing  9  compound   _  _
9   visit      visit      NOUN   NN   Number=Sing  4  obl        _  _
10  to         to         ADP    IN   _            11 case       _  _
11  Pyongyang  Pyongyang  PROPN  NNP  Number=Sing  9  nmod       _  SpaceAfter=No
12  .          .          PUNCT  .    _            4  punct      _  _
"""

EN_MACRON = """
# text = Macron visited Kyiv.
1  Macron   Macron  PROPN  NNP  Number=Sing  2  nsubj  _  _
2  visited  visit   VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
3  Kyiv     Kyiv    PROPN  NNP  Number=Sing  2  obj    _  SpaceAfter=No
4  .        .       PUNCT  .    _            2  punct  _  _
"""

EN_BRIDGE = """
# text = China will build a bridge in Kenya.
1  China   China   PROPN  NNP  Number=Sing  3  nsubj  _  _
2  will    will    AUX    MD   VerbForm=Fin 3  aux    _  _
3  build   build   VERB   VB   VerbForm=Inf 0  root   _  _
4  a       a       DET    DT   Definite=Ind|PronType=Art  5  det  _  _
5  bridge  bridge  NOUN   NN   Number=Sing  3  obj    _  _
6  in      in      ADP    IN   _            7  case   _  _
7  Kenya   Kenya   PROPN  NNP  Number=Sing  3  obl    _  SpaceAfter=No
8  .       .       PUNCT  .    _            3  punct  _  _
"""


def codebook_triples(codebook: "CompiledCodebook", tree: str) -> set[tuple[str | None, str, str | None]]:
    """(source, code, target) of every event a compiled ``codebook`` finds in one tree block."""
    from eventcode.coding.coder import code_document
    from eventcode.parsing.conllu import read_conllu

    (document,) = read_conllu(conllu(tree))
    return {
        (e.source.code if e.source else None, e.code, e.target.code if e.target else None)
        for e in code_document(codebook, document)
    }


def coded_triples(coder: "Coder", tree: str, date: str | None = "2025-10-27") -> set[tuple[str | None, str, str | None]]:
    """(source, code, target) of every event ``coder`` finds in one tree block, coded on ``date``."""
    events = coder.code_conllu(conllu(tree, date=date))
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in events}
