"""A partner's profile (partner?code=DEU), or its pair with a Central Asian country (&with=KAZ)."""

from components.current_view import current_view
from components.profile import render_profile

render_profile("partner", current_view())
