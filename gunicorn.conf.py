"""gunicorn settings for production: `gunicorn project.wsgi` reads this file.

Environment: PORT (default 8000), HOST (default 127.0.0.1), WEB_CONCURRENCY (default 2 x cores + 1).
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 60
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The master loads the project and the extractor's data (lexicons, gazetteer, quantulum3) once;
# workers fork from it ready, instead of each spending seconds on its first document.
preload_app = True


def when_ready(server):
    from statsapp.extraction import extract_facts
    from statsapp.extraction.parallel import WARM_UP

    extract_facts(WARM_UP)
