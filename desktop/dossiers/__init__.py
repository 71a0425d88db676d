"""The dossier desk: the list with instant search and filters, a dossier's timeline, its lifecycle actions.

`DossierDeskPage(services)` is the page the main window shows; `focus_search()` puts the caret in the search.
"""

from desktop.dossiers.page import DossierDeskPage

__all__ = ["DossierDeskPage"]
