"""Sphinx configuration for the finparse documentation."""

from __future__ import annotations

import doctest
import logging
import os
import sys
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from finparse._version import __version__

project = "finparse"
author = "The finparse developers"
copyright = "2026, The finparse developers"
release = __version__
version = ".".join(__version__.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx.ext.doctest",
    "myst_parser",
    "sphinx_copybutton",
]
# Links into the Python, pint and dateutil docs. Their inventories are fetched
# over the network at build time (Read the Docs has it); set
# FINPARSE_DOCS_OFFLINE=1 to build without them, as .ci/run does.
if not os.environ.get("FINPARSE_DOCS_OFFLINE"):
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "pint": ("https://pint.readthedocs.io/en/stable", None),
        "dateutil": ("https://dateutil.readthedocs.io/en/stable", None),
    }
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"finparse {release}"
nitpicky = False

# sphinx.ext.doctest runs the examples of the docstrings autodoc pulls in
# (`sphinx-build -b doctest docs OUT`). pytest runs them too, with the flags of
# pyproject.toml and each docstring in a copy of its module's globals; the
# builder here does the same (the flags below, and _docstring_namespaces).
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _module_of(qualname: str) -> str:
    """The module that defines ``qualname`` (``finparse.cli.main``)."""
    parts = qualname.split(".")
    for n in range(len(parts), 0, -1):
        name = ".".join(parts[:n])
        if name in sys.modules:  # autodoc has just imported it
            return name
    raise LookupError(f"no imported module defines {qualname}")


def _docstring_namespaces(app: Sphinx, doctree: nodes.document) -> None:
    """Run each docstring's examples among its own module's names.

    The doctest builder puts every example of a page in one group, whose
    namespace starts empty, so ``decimal_str(...)`` in the docstring of
    ``finparse.model.decimal_str`` fails with a NameError. Here each
    docstring's examples get a group of their own, named after the docstring,
    whose set-up copies the globals of the docstring's module, as pytest's
    ``--doctest-modules`` does.
    """
    set_up: set[str] = set()
    for block in list(doctree.findall(nodes.doctest_block)):
        _, found, qualname = (block.source or "").partition(":docstring of ")
        if not found:
            continue  # an example written in the page itself
        block["groups"] = [qualname]
        if qualname in set_up:
            continue
        set_up.add(qualname)
        code = (
            "globals().update(vars(__import__('importlib')"
            f".import_module({_module_of(qualname)!r})))"
        )
        # what a `.. testsetup:: qualname` directive makes; never rendered
        setup = nodes.comment(code, code, testnodetype="testsetup", groups=[qualname])
        block.parent.insert(block.parent.index(block), setup)


class _NoMystConfigDump(logging.Filter):
    """Drop the line myst-parser logs at every build: its whole configuration
    (``myst v5.2.0: MdParserConfig(commonmark_only=False, ...)``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.INFO and "myst v%s:" in str(record.msg))


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", _docstring_namespaces)
    # sphinx.util.logging.getLogger(name) logs to "sphinx." + name
    myst_log = logging.getLogger("sphinx.myst_parser.sphinx_ext.main")
    if not any(isinstance(f, _NoMystConfigDump) for f in myst_log.filters):
        myst_log.addFilter(_NoMystConfigDump())
