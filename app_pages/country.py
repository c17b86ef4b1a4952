"""A Central Asian country's profile (country?code=KAZ), or its pair with a partner (&with=DEU)."""

from components.page_frame import show_page
from components.profile import render_profile

show_page(lambda view: render_profile("country", view))
