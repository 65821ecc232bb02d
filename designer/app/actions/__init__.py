"""The window's commands as QActions, each made once by the part that owns its slot and kept in
one :class:`~designer.app.actions.registry.ActionRegistry` by name: menus, the toolbar and the
canvas's context menu all show the same action, so a text, a shortcut or an enabled state is
the same wherever it appears."""
