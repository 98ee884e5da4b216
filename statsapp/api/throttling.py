"""Request rates per caller, counted in the default cache, which every worker shares.

Anonymous callers are DRF's AnonRateThrottle, told apart by DRF's get_ident: with NUM_PROXIES
(the API_TRUSTED_PROXIES setting) at 0 by the socket's address only, behind N proxies by the
N-th address from the right of X-Forwarded-For, the one the nearest trusted proxy wrote.
"""

from rest_framework.throttling import UserRateThrottle


class SignedInRateThrottle(UserRateThrottle):
    """Signed-in callers, per user. Anonymous ones are left to AnonRateThrottle: DRF's
    UserRateThrottle would count them a second time, at the users' rate."""

    def get_cache_key(self, request, view) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
