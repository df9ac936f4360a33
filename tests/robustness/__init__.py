"""Robustness and security: hostile input, errors at the boundary, linear time, threads,
memory, determinism and the command line (see docs/robustness.md and SECURITY.md)."""
