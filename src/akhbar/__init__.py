"""akhbar: Arabic news articles in, structured JSON (entities, quotations) out."""

__version__ = "0.1.0"
