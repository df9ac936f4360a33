"""Shared pytest configuration.

Doctests run in every module, in README.md and in the Markdown pages of the
docs; entry-point modules and build scripts are not collected.
"""

collect_ignore = ["finparse/__main__.py", "tools", "benchmarks"]
collect_ignore_glob = ["docs/*.py", "docs/_build/*"]
