"""The reports page (Alt+5): Biểu II.06a for a month, quarter, 6 or 9 months, a year or any days, its rates and
a chart, exports to PDF and Excel, and the tracking ledger (form 06) for the same period."""

from desktop.reports.page import ReportsPage

__all__ = ["ReportsPage"]
