"""Importers: turn large public dumps into gazetteer files (`gazetteer/FORMAT.md`).

Each importer streams its input in constant memory, reports malformed lines with their
number and goes on, and writes YAML entity by entity. Imported ids are namespaced by
source (`place:geonames-616052`, `person:wikidata-q42`): imports are users' data, the
readable ids are kept for the shipped gazetteer.

    >>> from translit.importers import import_geonames
    >>> with open("places.yaml", "w") as out:                      # doctest: +SKIP
    ...     report = import_geonames(Path("AM.txt"), None, out, feature_classes={"P"})
"""

from translit.importers.common import ImportFailed, ImportReport, Problem
from translit.importers.geonames import import_geonames
from translit.importers.wikidata import DEFAULT_CLASSES, import_wikidata

__all__ = [
    "DEFAULT_CLASSES",
    "ImportFailed",
    "ImportReport",
    "Problem",
    "import_geonames",
    "import_wikidata",
]
