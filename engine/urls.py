"""URL routes of the engine's pages."""

from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.generic import RedirectView

from engine.views import work_items

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="work_item_list", permanent=False), name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("work-items/", work_items.work_item_list_view, name="work_item_list"),
    path("work-items/<int:pk>/", work_items.work_item_detail_view, name="work_item_detail"),
    path(
        "work-items/<int:pk>/actions/<slug:action>/",
        work_items.work_item_action_view,
        name="work_item_action",
    ),
    path("attachments/<int:pk>/", work_items.attachment_download_view, name="attachment_download"),
]
