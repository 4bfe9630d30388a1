"""The pure NLP core: cleaning, entities, quotations. Knows nothing of Celery or Redis."""
