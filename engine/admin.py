"""Django admin for organisations, units and people; role changes go through the services."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from engine.accounts.forms import AdminLoginForm
from engine.models import (
    AuditEvent,
    CalendarException,
    EscalationFiring,
    EscalationRule,
    Membership,
    Organisation,
    OrgRole,
    Unit,
    UnitAlias,
    User,
)
from engine.services.people import membership_grant, membership_revoke, org_role_grant, org_role_revoke

# The admin's login counts wrong passwords and locks like /login/ (engine.accounts.throttle).
admin.site.login_form = AdminLoginForm


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "province", "deputy_may_accept", "report_submission_day")
    search_fields = ("name", "slug", "province")
    prepopulated_fields = {"slug": ("name",)}


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    fields = ("alias", "source")
    extra = 1

    def save_new_instance(self, parent, instance):  # pragma: no cover - admin plumbing
        instance.organisation_id = parent.organisation_id
        return super().save_new_instance(parent, instance)


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "kind", "organisation", "is_active")
    list_filter = ("organisation", "kind", "is_active")
    search_fields = ("name", "short_name", "aliases__alias")
    inlines = [UnitAliasInline]

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            obj.organisation_id = form.instance.organisation_id
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "full_name", "organisation", "is_active", "is_staff")
    list_filter = ("organisation", "is_active", "is_staff")
    search_fields = ("username", "full_name", "email")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (_("Organisation"), {"fields": ("organisation", "full_name")}),
    )
    add_fieldsets = (
        *BaseUserAdmin.add_fieldsets,
        (_("Organisation"), {"fields": ("organisation", "full_name")}),
    )


class GrantThroughServiceAdmin(admin.ModelAdmin):
    """Grants are created by a service (audited) and revoked, never edited or deleted."""

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return (
            [f.name for f in self.model._meta.fields] if obj else ["granted_by", "revoked_at", "revoked_by"]
        )

    def delete_model(self, request, obj):
        self.revoke(request.user, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.revoke(request.user, obj)

    def message_user_revoked(self, request):
        messages.info(request, _("Revoked; the grant stays in the history."))


@admin.register(Membership)
class MembershipAdmin(GrantThroughServiceAdmin):
    list_display = ("user", "unit", "role", "granted_at", "revoked_at")
    list_filter = ("role", "unit__organisation")
    search_fields = ("user__username", "user__full_name", "unit__name")
    fields = ("user", "unit", "role", "granted_by", "revoked_at", "revoked_by")

    def save_model(self, request, obj, form, change):
        granted = membership_grant(actor=request.user, user=obj.user, unit=obj.unit, role=obj.role)
        obj.pk = granted.pk

    def revoke(self, actor, obj):
        membership_revoke(actor=actor, membership=obj)


@admin.register(OrgRole)
class OrgRoleAdmin(GrantThroughServiceAdmin):
    list_display = ("user", "organisation", "role", "title", "granted_at", "revoked_at")
    list_filter = ("role", "organisation")
    search_fields = ("user__username", "user__full_name")
    fields = ("user", "organisation", "role", "title", "fields", "supervised_units", "granted_by")

    def save_model(self, request, obj, form, change):
        self._pending = form.cleaned_data

    def save_related(self, request, form, formsets, change):
        data = form.cleaned_data
        granted = org_role_grant(
            actor=request.user,
            user=data["user"],
            organisation=data["organisation"],
            role=data["role"],
            title=data.get("title", ""),
            fields=data.get("fields", ""),
            supervised_units=list(data.get("supervised_units") or []),
        )
        form.instance.pk = granted.pk

    def revoke(self, actor, obj):
        org_role_revoke(actor=actor, org_role=obj)


@admin.register(CalendarException)
class CalendarExceptionAdmin(admin.ModelAdmin):
    list_display = ("date", "kind", "note", "organisation")
    list_filter = ("organisation", "kind")


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = (
        "organisation",
        "seq",
        "created_at",
        "actor_name",
        "verb",
        "object_repr",
        "from_state",
        "to_state",
    )
    list_filter = ("organisation", "verb")
    search_fields = ("object_repr", "actor_name", "reason")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EscalationRuleForm(forms.ModelForm):
    recipients = forms.MultipleChoiceField(
        label=_("recipients"),
        choices=EscalationRule.Recipient.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = EscalationRule
        fields = (
            "organisation",
            "step",
            "offset_working_days",
            "recipients",
            "marks_escalated",
            "repeat_every_days",
            "is_active",
        )


@admin.register(EscalationRule)
class EscalationRuleAdmin(admin.ModelAdmin):
    """The ladder per organisation; an organisation without rows uses the default ladder."""

    form = EscalationRuleForm
    list_display = (
        "organisation",
        "step",
        "offset_working_days",
        "recipients",
        "marks_escalated",
        "is_active",
    )
    list_filter = ("organisation", "is_active")


@admin.register(EscalationFiring)
class EscalationFiringAdmin(admin.ModelAdmin):
    """What the sweep fired: read-only (the sweep is its only writer)."""

    list_display = ("work_item", "step", "occurrence", "deadline", "fired_at", "subject")
    list_filter = ("organisation", "step", "subject")
    date_hierarchy = "fired_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
