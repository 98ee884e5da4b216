"""The roles of the workbench, as Django groups kept in step with this table after every
migrate: reviewers check, correct and ingest, and never delete; ingesters (feed accounts) add
documents and read, and never review; analysts only read. One permission decides ingest
everywhere, in the API and in the admin: `statsapp.add_document`."""

from django.contrib.auth.models import Group, Permission

GROUP_PERMISSIONS = {
    "reviewer": [
        "view_document", "add_document", "view_fact", "change_fact", "view_reviewevent",
    ],
    "ingester": ["view_document", "add_document", "view_fact", "view_reviewevent"],
    "analyst": ["view_document", "view_fact", "view_reviewevent"],
}  # fmt: skip


def ensure_groups(**kwargs) -> None:
    """Create the groups and give each exactly its permissions (a post_migrate receiver)."""
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="statsapp", codename__in=codenames
        )
        group.permissions.set(permissions)
