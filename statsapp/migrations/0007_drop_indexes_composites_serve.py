# The state operations are the ones makemigrations wrote. In the database they would have
# rebuilt the whole fact table three times on SQLite (Django's SQLite backend alters a field by
# copying the table: 80 s and 375 MB of free pages for 1,000,000 facts), and on PostgreSQL dropped
# and re-validated the document's foreign key. Dropping the indexes is all that changes, so that
# is all this does.

import django.db.models.deletion
from django.db import migrations, models

# column -> the name Django gave its index (db_index=True) in 0001_initial
INDEXES = {
    "category": "statsapp_fact_category_e61aa917",
    "status": "statsapp_fact_status_bf6de356",
    "document_id": "statsapp_fact_document_id_cfd41902",
}
# PostgreSQL also had a varchar_pattern_ops ("_like") index for each text column
TEXT_COLUMNS = ("category", "status")


def _names(schema_editor, column):
    name = INDEXES[column]
    if schema_editor.connection.vendor == "postgresql" and column in TEXT_COLUMNS:
        return [name, f"{name}_like"]
    return [name]


def drop_indexes(apps, schema_editor):
    quote = schema_editor.quote_name
    for column in INDEXES:
        for name in _names(schema_editor, column):
            schema_editor.execute(f"DROP INDEX IF EXISTS {quote(name)}")


def create_indexes(apps, schema_editor):
    quote = schema_editor.quote_name
    for column in INDEXES:
        for name in _names(schema_editor, column):
            opclass = " varchar_pattern_ops" if name.endswith("_like") else ""
            schema_editor.execute(
                f"CREATE INDEX {quote(name)} ON {quote('statsapp_fact')} ({quote(column)}{opclass})"
            )


class Migration(migrations.Migration):

    dependencies = [
        ('statsapp', '0006_affected_and_homeless'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='fact',
                    name='category',
                    field=models.CharField(choices=[('killed', 'Killed'), ('injured', 'Injured'), ('casualties', 'Casualties'), ('missing', 'Missing'), ('displaced', 'Displaced'), ('refugees', 'Refugees'), ('evacuated', 'Evacuated'), ('homeless', 'Homeless'), ('affected', 'Affected'), ('population', 'Population'), ('distance', 'Distance')], max_length=16),
                ),
                migrations.AlterField(
                    model_name='fact',
                    name='document',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='facts', to='statsapp.document'),
                ),
                migrations.AlterField(
                    model_name='fact',
                    name='status',
                    field=models.CharField(choices=[('pending', 'Pending'), ('approved', 'Approved'), ('rejected', 'Rejected')], default='pending', max_length=16),
                ),
            ],
            database_operations=[
                migrations.RunPython(drop_indexes, create_indexes, elidable=False),
            ],
        ),
    ]
