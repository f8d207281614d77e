"""URL routes of the notification pages."""

from django.urls import path

from notifications import views

urlpatterns = [
    path("notifications/", views.notification_list_view, name="notification_list"),
    path("notifications/read-all/", views.notification_mark_all_read_view, name="notification_mark_all_read"),
    path("notifications/<int:pk>/read/", views.notification_mark_read_view, name="notification_mark_read"),
    path("notifications/<int:pk>/open/", views.notification_open_view, name="notification_open"),
    path("notifications/settings/", views.notification_preference_view, name="notification_preference"),
]
