"""Sphinx configuration for the finparse documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
