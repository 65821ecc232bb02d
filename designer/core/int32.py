"""The spec's 32-bit integers, in a module that imports nothing.

``mix-designer --version``, ``--help`` and a usage error check an APPID or an eventId against
this bound without loading pydantic (which :mod:`designer.core.model` needs), so the fact
lives here and the model takes it from here.
"""

#: The spec's int32 fields (app_id, eventId, picture_id ...) stop here.
INT32_MAX = 2**31 - 1
