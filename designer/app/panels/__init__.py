"""The dock panels: Layers, Properties, Session, Templates and Problems.

Each is a QWidget built around a DocumentEditor. It follows the model's signals, keeps no
copy of the model, and makes every user edit through an editor method (one undo step).
"""
