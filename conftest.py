"""Shared pytest configuration: keep entry-point modules out of doctest collection."""

collect_ignore = ["finparse/__main__.py", "tools", "docs", "benchmarks"]
