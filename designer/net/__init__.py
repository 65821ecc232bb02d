"""HTTP: the only package that imports requests (import-linter checks it)."""
