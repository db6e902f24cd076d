"""Parsing: the Stanza pipeline (raw text) and CoNLL-U reading, both giving eventcode.model types."""
