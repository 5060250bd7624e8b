"""vanban's extractor: ``read(path) -> Text``, ``extract(text) -> Extraction``, ``Extraction.to_json()``.

It knows nothing of databases or HTTP.
"""

from .extract import ExtractionError, extract
from .readers import ReadError, Text, read
from .records import Extraction

__all__ = ["extract", "read", "Extraction", "ExtractionError", "ReadError", "Text"]
