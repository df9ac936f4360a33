"""Tests of entity-action triples (finparse.triples, finparse.entities, finparse.sentences)."""
