"""Celery tasks of the notifications app (scheduled by config/celery.py's beat schedule)."""

from celery import shared_task

from notifications.emails import notification_emails_send


@shared_task(name="notifications.send_notification_emails", ignore_result=True)
def send_notification_emails() -> dict[str, int]:
    return notification_emails_send()
