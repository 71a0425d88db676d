"""The legal one-stop forms and reports as PDF, generated with reportlab. No Qt, no network."""
