"""Ametijuhend: a desktop editor for Estonian job descriptions."""

__version__ = "0.1.0"
