"""Notifications of closed years (archive_year)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0017_audit_archive"),
        ("notifications", "0003_pushed_at"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="NotificationArchive",
            fields=[
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("kind", models.CharField(max_length=60, verbose_name="kind")),
                ("message", models.TextField(verbose_name="message")),
                ("link", models.CharField(blank=True, max_length=500, verbose_name="link")),
                ("created_at", models.DateTimeField(verbose_name="created")),
                ("read_at", models.DateTimeField(blank=True, null=True, verbose_name="read")),
                ("emailed_at", models.DateTimeField(blank=True, null=True, verbose_name="emailed")),
                ("pushed_at", models.DateTimeField(blank=True, null=True, verbose_name="pushed")),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="engine.organisation",
                    ),
                ),
                (
                    "programme",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="engine.programme",
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "work_item",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="engine.workitem",
                    ),
                ),
            ],
            options={
                "verbose_name": "archived notification",
                "verbose_name_plural": "archived notifications",
                "ordering": ["-id"],
                "indexes": [
                    models.Index(fields=["recipient", "id"], name="notif_archive_recipient_id"),
                    models.Index(fields=["work_item", "created_at"], name="notif_archive_item_time"),
                ],
            },
        ),
    ]
