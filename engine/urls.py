"""URL routes of the engine's pages."""

from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from engine.accounts import views as accounts
from engine.views import boards, escalation, extensions, inbox, programme_imports, programmes, work_items

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="inbox", permanent=False), name="home"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("login/code/", accounts.login_otp_view, name="login_otp"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/password/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path("account/password/done/", accounts.password_change_done_view, name="password_change_done"),
    path("account/two-step/", accounts.two_factor_view, name="two_factor"),
    path("password-reset/", accounts.password_reset_view, name="password_reset"),
    path("password-reset/sent/", accounts.password_reset_done_view, name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("password-reset/done/", accounts.password_reset_complete_view, name="password_reset_complete"),
    path("inbox/", inbox.inbox_view, name="inbox"),
    path("extensions/<int:pk>/", extensions.extension_decide_view, name="extension_decide"),
    path("approvals/", boards.approvals_view, name="approvals"),
    path("approvals/<int:pk>/", boards.approval_decide_view, name="approval_decide"),
    path("board/", boards.unit_board_view, name="my_board"),
    path("board/<int:pk>/", boards.unit_board_view, name="unit_board"),
    path("programmes/", programmes.programme_list_view, name="programme_list"),
    path("programmes/<int:pk>/", programmes.programme_detail_view, name="programme_detail"),
    path("programmes/<int:pk>/approve/", programmes.programme_approve_view, name="programme_approve"),
    path(
        "programmes/import/", programme_imports.programme_import_upload_view, name="programme_import_upload"
    ),
    path(
        "programmes/import/<int:pk>/",
        programme_imports.programme_import_detail_view,
        name="programme_import_detail",
    ),
    path(
        "programmes/import/<int:pk>/progress/",
        programme_imports.programme_import_progress_view,
        name="programme_import_progress",
    ),
    path(
        "programmes/import/<int:pk>/units/",
        programme_imports.programme_import_unit_pick_view,
        name="programme_import_unit_pick",
    ),
    path(
        "programmes/import/<int:pk>/rows/<int:row_id>/",
        programme_imports.programme_import_row_view,
        name="programme_import_row",
    ),
    path(
        "programmes/import/<int:pk>/rows/<int:row_id>/edit/",
        programme_imports.programme_import_row_edit_view,
        name="programme_import_row_edit",
    ),
    path(
        "programmes/import/<int:pk>/rows/<int:row_id>/delete/",
        programme_imports.programme_import_row_delete_view,
        name="programme_import_row_delete",
    ),
    path(
        "programmes/import/<int:pk>/confirm/",
        programme_imports.programme_import_confirm_view,
        name="programme_import_confirm",
    ),
    path(
        "programmes/import/<int:pk>/title/",
        programme_imports.programme_import_title_view,
        name="programme_import_title",
    ),
    path(
        "programmes/<int:pk>/actions/<slug:action>/",
        programmes.programme_action_view,
        name="programme_action",
    ),
    path("work-items/", work_items.work_item_list_view, name="work_item_list"),
    path("work-items/bulk/", work_items.work_item_bulk_view, name="work_item_bulk"),
    path("work-items/<int:pk>/", work_items.work_item_detail_view, name="work_item_detail"),
    path(
        "work-items/<int:pk>/actions/<slug:action>/",
        work_items.work_item_action_view,
        name="work_item_action",
    ),
    path("oversight/", include("engine.urls_oversight")),
    path("escalation/ladder/", escalation.escalation_ladder_view, name="escalation_ladder"),
    path("attachments/<int:pk>/", work_items.attachment_download_view, name="attachment_download"),
]
