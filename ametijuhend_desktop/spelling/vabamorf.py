"""Vabamorf, the open Estonian speller, loaded from estnltk without importing estnltk.

estnltk's own ``import`` pulls in pandas, networkx and more (seconds and hundreds of MB);
the speller is one compiled module and a lexicon, so only those are loaded: 0.5 s
instead of 5-7 s. The standard-language lexicon (``*_sp``) is used, never the slang one.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("estnltk")  # finds the folder, runs nothing
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "vabamorf"
    return folder if folder.is_dir() else None


def _load_file(name: str, path: Path, loader: Any = None) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Vabamorf:
    """``spell`` and ``suggest`` over Vabamorf's SWIG wrapper; not thread-safe."""

    def __init__(self, wrapper: ModuleType, lexicon: Path) -> None:
        self._vm = wrapper
        self._morf = wrapper.Vabamorf(str(lexicon / "et.dct"), str(lexicon / "et3.dct"))

    def _ask(self, word: str, suggestions: bool) -> tuple[bool, tuple[str, ...]]:
        # Copy out while the result vector lives: its items point into it (SWIG).
        results = self._morf.spellcheck(self._vm.StringVector([word]), suggestions)
        first = results[0]
        answer = bool(first.spelling), tuple(first.suggestions) if suggestions else ()
        del first, results
        return answer

    def spell(self, word: str) -> bool:
        return self._ask(word, False)[0]

    def suggest(self, word: str) -> tuple[str, ...]:
        return self._ask(word, True)[1]


def load_vabamorf() -> Vabamorf:
    """Raises ImportError when estnltk (or its speller) is not installed."""
    folder = _package_dir()
    if folder is None:
        raise ImportError("estnltk is not installed")
    binary = next(iter(sorted(folder.glob("_vabamorf*.so")) + sorted(folder.glob("_vabamorf*.pyd"))),
                  None)
    lexicons = sorted(p for p in (folder / "dct").glob("*_sp") if (p / "et.dct").is_file())
    if binary is None or not lexicons:
        raise ImportError(f"no Vabamorf speller in {folder}")
    if "_vabamorf" not in sys.modules:  # the wrapper imports it by this name
        loader = importlib.machinery.ExtensionFileLoader("_vabamorf", str(binary))
        sys.modules["_vabamorf"] = _load_file("_vabamorf", binary, loader)
    # A top-level name: the wrapper then imports "_vabamorf" absolutely (set above).
    wrapper = _load_file("ametijuhend_vabamorf_wrapper", folder / "vabamorf.py")
    return Vabamorf(wrapper, lexicons[-1])  # the newest lexicon
