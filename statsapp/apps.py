from django.apps import AppConfig


class StatsappConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "statsapp"
    verbose_name = "Casualty and displacement statistics"
