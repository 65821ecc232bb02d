"""The exit codes of `mix-designer`: a contract scripts rely on (the README's table)."""

#: Done: valid (warnings allowed), sent and answered code 0, written.
EXIT_OK = 0
#: The layout is invalid, or the service refused it (its code, cause and advice printed).
EXIT_INVALID = 1
#: A file that cannot be read or written, a usage error, no key or APPID.
EXIT_UNREADABLE = 2
#: No answer from the service: the mix may or may not have changed.
EXIT_TRANSPORT = 3
#: A bug of ours: reported in one line, never as a traceback.
EXIT_INTERNAL = 4
#: Interrupted (Ctrl+C), as shells report SIGINT: 128 + 2. A `start` or `cancel` interrupted
#: after its request may have gone says that the mix may or may not have changed.
EXIT_INTERRUPTED = 130
