# The slim worker image: no torch, no transformers (camel-tools installed with --no-deps).
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    AKHBAR_STATE_DIR=/tmp/akhbar
WORKDIR /app
COPY requirements/ requirements/
RUN pip install -r requirements/worker.txt \
 && pip install --no-deps -r requirements/camel.txt
COPY pyproject.toml README.md ./
COPY src/ src/
RUN pip install --no-deps . \
 && useradd --create-home --uid 10001 akhbar
USER akhbar
# Liveness/readiness from files the worker keeps fresh: no `celery inspect ping` round trip.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD ["akhbar", "health", "--ready"]
CMD ["akhbar", "worker"]
