"""The agency's whole set: every .ajx under a folder, checks across them, bulk work.

Qt-free like the rest of the core: the folder view in ``ui/`` and the ``check`` and
``approve`` commands call the same functions.
"""
