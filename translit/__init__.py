"""translit: resolve names of people, places and organisations written in any script to
canonical gazetteer IDs.

    >>> import translit
    >>> resolver = translit.load()                 # the shipped default gazetteer
    >>> resolver.resolve("أراتيونيان").decision     # doctest: +SKIP
    'match'
"""

from translit.entity_types import UnknownType
from translit.gazetteer import Entity, GazetteerError, Name
from translit.resolver import Candidate, Resolver, Result, load
from translit.transliterate import transliterate

__version__ = "0.1.0"
__all__ = ["Candidate", "Entity", "GazetteerError", "Name", "Resolver", "Result", "UnknownType", "load",
           "transliterate"]
