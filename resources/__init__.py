"""The app's data files; installed as the package ``designer.resources`` (see pyproject.toml).

Read them through ``designer.core.resources``, which also finds them in a source checkout.
"""
