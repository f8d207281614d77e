"""Issue and revoke API tokens in the admin; the secret is shown once, when issued."""

import secrets

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from api.models import TOKEN_PREFIX, ApiToken, hash_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "name", "user", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("name", "prefix", "user__username", "user__full_name")
    autocomplete_fields = ("user",)
    fields = ("user", "name", "prefix", "created_at", "created_by", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "created_at", "created_by", "last_used_at", "revoked_at")
    actions = ["revoke_tokens"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            return ("user", "name", *self.readonly_fields)
        return self.readonly_fields

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        key = TOKEN_PREFIX + secrets.token_urlsafe(32)
        obj.prefix, obj.key_hash, obj.created_by = key[:10], hash_token(key), request.user
        super().save_model(request, obj, form, change)
        messages.warning(
            request,
            _("The token for %(user)s is %(key)s — copy it now, it is not shown again.")
            % {"user": obj.user, "key": key},
        )

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke_tokens(self, request, queryset):
        count = 0
        for token in queryset.active():
            token.revoke()
            count += 1
        messages.success(request, _("%(n)d tokens revoked.") % {"n": count})
