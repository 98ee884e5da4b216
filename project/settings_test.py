"""Settings for the test suite: the project's own, with a fast password hasher.

PBKDF2 costs about a quarter of a second per user created; the tests create many users and
never test the hash itself, so MD5 keeps fixture setup from dominating the run.
"""

from project.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
