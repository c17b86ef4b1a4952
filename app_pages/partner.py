"""A partner's profile (partner?code=DEU), or its pair with a Central Asian country (&with=KAZ)."""

from components.page_frame import show_page
from components.profile import render_profile

show_page(lambda view: render_profile("partner", view))
