"""manage.py evaluate GOLD.jsonl...: the extractor's precision, recall and F1 on gold passages."""

from django.core.management.base import BaseCommand, CommandError

from statsapp.extraction import evaluate


class Command(BaseCommand):
    help = (
        "Precision, recall and F1 per category and overall against hand-annotated JSON lines "
        '({"text": ..., "facts": [...]}); the last line is "F1 0.xxx".'
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", help="JSON-lines files of gold items")
        parser.add_argument(
            "--show-errors", action="store_true", help="list misses and false alarms"
        )

    def handle(self, *args, **options):
        try:
            items = [item for path in options["gold"] for item in evaluate.read_gold(path)]
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        report = evaluate.evaluate(items)
        lines = evaluate.format_report(report, show_errors=options["show_errors"])
        self.stdout.write("\n".join(lines))
