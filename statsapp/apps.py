from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StatsappConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "statsapp"
    verbose_name = "Casualty and displacement statistics"

    def ready(self) -> None:
        from statsapp.cache import create_cache_table
        from statsapp.groups import ensure_groups

        # After auth has created the permissions, so a fresh database gets complete groups.
        post_migrate.connect(ensure_groups, sender=self, dispatch_uid="statsapp.ensure_groups")
        post_migrate.connect(
            create_cache_table, sender=self, dispatch_uid="statsapp.create_cache_table"
        )
