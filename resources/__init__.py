"""Data files of the application: schema, templates, translations, icons, examples.

Installed as the package ``ametijuhend_desktop.resources`` so that importlib.resources
finds them the same way in a checkout, an installed wheel and a frozen build.
"""
