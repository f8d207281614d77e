"""URL routes of the oversight pages: register, audit browser, evaluations, reports, dashboard."""

from django.urls import path

from engine.views import dashboard, evaluations, oversight_register, periodic_reports

urlpatterns = [
    path("register/", oversight_register.delay_register_view, name="delay_register"),
    path("audit/", oversight_register.audit_trail_view, name="audit_trail"),
    path("audit/export.<str:fmt>", oversight_register.audit_export_view, name="audit_export"),
    path("work-items/<int:pk>/waiver/", oversight_register.waiver_grant_view, name="waiver_grant"),
    path("waivers/<int:pk>/revoke/", oversight_register.waiver_revoke_view, name="waiver_revoke"),
    path("evaluations/", evaluations.evaluation_list_view, name="evaluation_list"),
    path("evaluations/<int:pk>/", evaluations.evaluation_detail_view, name="evaluation_detail"),
    path("evaluations/<int:pk>/evidence/", evaluations.evaluation_evidence_view, name="evaluation_evidence"),
    path(
        "evaluations/<int:pk>/recompute/", evaluations.evaluation_recompute_view, name="evaluation_recompute"
    ),
    path("evaluations/<int:pk>/progress/", evaluations.evaluation_progress_view, name="evaluation_progress"),
    path("evaluations/<int:pk>/freeze/", evaluations.evaluation_freeze_view, name="evaluation_freeze"),
    path(
        "evaluations/<int:pk>/export.<str:fmt>", evaluations.evaluation_export_view, name="evaluation_export"
    ),
    path("rubric/", evaluations.rubric_view, name="rubric"),
    path("reports/", periodic_reports.periodic_report_index_view, name="periodic_report_index"),
    path(
        "reports/<str:kind>/<int:year>/<int:number>/",
        periodic_reports.periodic_report_view,
        name="periodic_report",
    ),
    path("dashboard/", dashboard.dashboard_view, name="dashboard"),
    path("dashboard/data.json", dashboard.dashboard_data_view, name="dashboard_data"),
]
