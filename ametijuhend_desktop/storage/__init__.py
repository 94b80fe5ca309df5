"""Keeping the user's work safe: autosave to recovery, locks, changed-on-disk checks, backups.

Qt-free like ``model`` and ``formats``: every function returns a result or raises a
UserError, and the window (``ui/safekeeping.py``) decides what to ask the user.
"""
