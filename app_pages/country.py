"""A Central Asian country's profile (country?code=KAZ), or its pair with a partner (&with=DEU)."""

from components.current_view import current_view
from components.profile import render_profile

render_profile("country", current_view())
