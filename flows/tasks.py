"""Celery tasks of the flows: the review processes of a published programme (flows.publication)."""

from celery import shared_task


@shared_task(
    name="flows.completion_reviews_start", autoretry_for=(Exception,), max_retries=3, retry_backoff=True
)
def completion_reviews_start_task(programme_id: int) -> int:
    from flows.publication import completion_reviews_start

    return completion_reviews_start(programme_id)
