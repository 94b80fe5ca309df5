"""Estonian spell check: which words to check, the speller (Vabamorf, else Hunspell), the user's own words.

Qt-free; the window's highlighter and menu (``ui/spelling*.py``) sit on top of it.
"""
