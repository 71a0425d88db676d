"""The counter: scan the ID card, choose the procedure, fill its form, check the papers, save, print.

`ReceptionPage(services)` is the page the main window shows; `accept_scan(payload)` takes a QR payload from
any scanner at any moment.
"""

from desktop.reception.page import ReceptionPage

__all__ = ["ReceptionPage"]
