"""Admin: the pending completion-review steps, so a failing one (its error, its attempts) is visible."""

from django.contrib import admin

from flows.models import PendingStep


@admin.register(PendingStep)
class PendingStepAdmin(admin.ModelAdmin):
    list_display = ("id", "work_item", "kind", "attempts", "created_at", "error")
    list_filter = ("kind", "attempts")
    readonly_fields = ("work_item", "kind", "actor_id", "created_at", "attempts", "error")
    raw_id_fields = ("work_item",)

    def has_add_permission(self, request) -> bool:
        return False
