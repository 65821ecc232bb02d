"""The designer window: a thin Qt layer over designer.core.

The document (designer.core.document) is the single source of truth. The canvas and the
panels mirror it through its signals; every user edit goes through the DocumentEditor, which
turns it into one QUndoCommand.
"""
