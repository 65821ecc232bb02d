"""Mix Designer: design, validate and run Tencent Cloud cloud stream mixes (Mix_StreamV2)."""

# Kept as a literal so that `mix-designer --version` needs no importlib.metadata look-up.
__version__ = "0.1.0"
