"""A local stand-in for the Mix_StreamV2 service, to rehearse requests without an account.

``state`` holds the rules (pure, no sockets), ``streams`` the optional list of pushed streams,
``server`` the HTTP front. Only the standard library serves HTTP here: import-linter forbids
requests and Qt in this package.
"""

#: The key the sandbox checks signs with unless told otherwise. It is public on purpose: the
#: app and the CLI sign with it when they talk to a sandbox and no real key is configured.
DEFAULT_SANDBOX_KEY = "mix-designer-sandbox"
